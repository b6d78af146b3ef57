import Foundation
import MonthEndCore

/// The reader's records made on a second thread: `DecodingProducer` reads the file once, hashing
/// it, validating UTF-8, transcoding GB18030 or UTF-16, sniffing the delimiter and tokenizing, a
/// chunk or two ahead of the mapper, through a `BatchHandOff` of three record batches (so memory
/// stays flat). The reading thread is left with the mapping alone.
///
/// The sequential reader's first pass (hash, encoding) happens here alongside the decoding, so
/// what it would have thrown before any record (undecodable UTF-8, an empty file) arrives when the
/// thread reaches it; `throwEarlierFailure()` tells a caller whose own error came first which one
/// the sequential reader would have reported. The text is the same as the sequential decoder's,
/// so the records, their lines and every error are the same.
final class DecodingPipeline {
    /// What the sequential reader's first pass knows of the file, known here once it has been read.
    struct Facts: Sendable, Equatable {
        var sha256: String
        var byteCount: Int
        var encoding: TextEncoding
    }

    private let handOff: BatchHandOff
    private var current: Int?
    /// The last item, once the thread has handed it over.
    private var terminal: BatchHandOff.Item?

    /// `delimiter`: the caller's, or nil to sniff it.
    init(source: ByteSource, name: String, chunkSize: Int, delimiter: UInt8?) {
        let handOff = BatchHandOff()
        self.handOff = handOff
        let producer = DecodingProducer(
            source: source, name: name, chunkSize: chunkSize, delimiter: delimiter, handOff: handOff)
        let thread = Thread { producer.run() }
        thread.name = "MonthEnd decoding"
        thread.start()
    }

    deinit {
        handOff.cancel()
    }

    /// Set once the whole file has been read without a fault.
    var facts: Facts? {
        if case .end(let facts) = terminal { return facts }
        return nil
    }

    /// Waits for the delimiter, which comes before any record. Throws the file's `MonthEndError`
    /// found before it (the sequential reader throws those at opening), or `EncodingRestart`.
    func delimiter() throws -> UInt8 {
        let (item, _) = handOff.next()
        if case .delimiter(let delimiter) = item { return delimiter }
        terminal = item
        _ = try conclude(item)
        preconditionFailure("the delimiter comes before the end of the file")
    }

    /// The next batch of records, valid until the next call; nil at the end of the file. Throws
    /// the file's `MonthEndError`, or `EncodingRestart` when it must be read again.
    func nextBatch() throws -> RecordBatch? {
        releaseCurrent()
        if let terminal {
            _ = try conclude(terminal)
            return nil
        }
        let (item, batch) = handOff.next()
        if case .batch(let index) = item, let batch {
            current = index
            return batch
        }
        terminal = item
        _ = try conclude(item)
        return nil
    }

    /// Waits for the rest of the file, then throws what the sequential reader would have thrown
    /// before any record (or `EncodingRestart`); returns when there is no such fault.
    func throwEarlierFailure() throws {
        releaseCurrent()
        while terminal == nil {
            let (item, _) = handOff.next()
            switch item {
            case .batch(let index): handOff.release(index)
            case .delimiter: continue
            default: terminal = item
            }
        }
        switch terminal {
        case .surveyFailure(let error): throw error
        case .restart: throw EncodingRestart()
        default: return
        }
    }

    private func releaseCurrent() {
        if let current { handOff.release(current) }
        current = nil
    }

    private func conclude(_ item: BatchHandOff.Item) throws -> Bool {
        switch item {
        case .delimiter, .batch: preconditionFailure("records and the delimiter are never the last item")
        case .end: return false
        case .surveyFailure(let error), .decodeFailure(let error): throw error
        case .restart: throw EncodingRestart()
        }
    }
}

/// A file taken for UTF-8 turned out to be GB18030 after records were read from it as UTF-8: read
/// it again (the sequential reader decides the encoding before reading any record).
public struct EncodingRestart: Error {}
