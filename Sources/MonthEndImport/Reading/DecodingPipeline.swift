import Foundation

/// The reader's decoded chunks made on a second thread: `DecodingProducer` reads the file once,
/// hashing it, validating UTF-8 and transcoding GB18030 or UTF-16 a chunk or two ahead of the
/// tokenizer, through a `ChunkHandOff` of three buffers (so memory stays flat).
///
/// The sequential reader's first pass (hash, encoding) happens here alongside the decoding, so
/// what it would have thrown before any record (undecodable UTF-8, an empty file) arrives when the
/// thread reaches it; `earlierFailure()` tells a caller whose own error came first which one the
/// sequential reader would have reported. The chunks are the same as the sequential decoder's,
/// so the records, their lines and every error are the same.
final class DecodingPipeline: DecodedChunkSource {
    /// What the sequential reader's first pass knows of the file, known here once it has been read.
    struct Facts: Sendable, Equatable {
        var sha256: String
        var byteCount: Int
        var encoding: TextEncoding
    }

    private let handOff: ChunkHandOff
    private var current: Int?
    private(set) var chunk = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// The last item, once the thread has handed it over.
    private var terminal: ChunkHandOff.Item?

    init(source: ByteSource, name: String, chunkSize: Int) {
        let handOff = ChunkHandOff()
        self.handOff = handOff
        let producer = DecodingProducer(source: source, name: name, chunkSize: chunkSize, handOff: handOff)
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

    /// Throws the `MonthEndError` of the file, `EncodingRestart` when it must be read again.
    func advance() throws -> Bool {
        releaseCurrent()
        if let terminal { return try conclude(terminal) }
        let (item, bytes) = handOff.next()
        if case .chunk(let index, _) = item {
            current = index
            chunk = bytes
            return true
        }
        terminal = item
        return try conclude(item)
    }

    /// Waits for the rest of the file, then throws what the sequential reader would have thrown
    /// before any record (or `EncodingRestart`); returns when there is no such fault.
    func throwEarlierFailure() throws {
        releaseCurrent()
        while terminal == nil {
            let (item, _) = handOff.next()
            if case .chunk(let index, _) = item {
                handOff.release(index)
            } else {
                terminal = item
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
        chunk = UnsafeBufferPointer(start: nil, count: 0)
    }

    private func conclude(_ item: ChunkHandOff.Item) throws -> Bool {
        switch item {
        case .chunk: preconditionFailure("a chunk is never the last item")
        case .end: return false
        case .surveyFailure(let error), .decodeFailure(let error): throw error
        case .restart: throw EncodingRestart()
        }
    }
}

/// A file taken for UTF-8 turned out to be GB18030 after records were read from it as UTF-8: read
/// it again (the sequential reader decides the encoding before reading any record).
struct EncodingRestart: Error {}
