import MonthEndCore

/// Reads an export's bytes as CSV records, streaming with a fixed buffer so memory stays flat in
/// the file size.
///
/// Opening makes a first pass over the whole file: SHA-256 and strict UTF-8 validation, because a
/// GBK byte may first appear after a megabyte of ASCII. The encoding is then decided as INPUTS.md
/// says (byte-order mark, strict UTF-8, GB18030) and the delimiter is sniffed from the first 100
/// records; `next()` decodes and parses in a second pass.
///
/// Undecodable bytes are a file-level `MonthEndError(.undecodable)` giving the byte offset and line:
/// thrown by `init` when the first pass finds them in a UTF-8 file (one with a BOM, or one with at
/// least 8 valid non-ASCII UTF-8 characters before the bad byte: re-read as GB18030 it would be
/// silent mojibake) or the decoder meets them in the sniffed prefix; otherwise by the `next()` that
/// reaches them.
///
/// A file that ends inside a quoted field does not fail: the last record holds everything from the
/// opening quote to the end, and `unterminatedQuoteLine` names the line of that quote. The importer
/// should reject that one record (reason: "unterminated quote starting at line N"), which shows the
/// user where the stray quote is; the records before it are sound.
public final class CSVFileReader: RowSource {
    /// Decoded chunks are this large by default: per-chunk work is negligible at this size, and a
    /// chunk and its batch stay small beside the records a month keeps.
    public static let defaultChunkSize = 1 << 20
    /// The delimiter sniffer stops buffering decoded text here even if 100 records are not complete.
    static let sniffLimit = 8 << 20

    public let path: String
    /// `,` `\t` or `;` (or the override).
    public let delimiter: UInt8
    /// The file's encoding (a threaded reader knows it once `next()` has returned nil).
    public var encoding: TextEncoding { decodingFacts.encoding }
    /// Lowercase hex SHA-256 of the file's bytes (threaded: once `next()` has returned nil).
    public var sha256: String { decodingFacts.sha256 }
    /// The file's size in bytes (threaded: once `next()` has returned nil).
    public var byteCount: Int { decodingFacts.byteCount }

    /// The delimiter as text, as messages show a record.
    public var separator: String { String(UnicodeScalar(delimiter)) }

    private var decodingFacts: DecodingPipeline.Facts {
        if let surveyed { return surveyed }
        guard let facts = pipeline?.facts else {
            preconditionFailure("a threaded reader knows the file's facts once it has read it all")
        }
        return facts
    }
    /// Known at init when reading sequentially.
    private let surveyed: DecodingPipeline.Facts?
    /// Set when reading threaded: the decoder, which also hashes and decides the encoding.
    private let pipeline: DecodingPipeline?

    /// Set once the file has ended inside a quoted field: the line where that field's quote opened.
    public var unterminatedQuoteLine: Int? { pipeline == nil ? tokenizer.unterminatedQuoteLine : batchQuoteLine }

    private let source: ByteSource
    private let chunkSize: Int
    /// Reading sequentially: the decoder and the tokenizer, on this thread.
    private let decoder: DecodedChunkSource?
    private var tokenizer: CSVTokenizer
    /// Reading threaded: the batch being read and the index of its next record.
    private var batch: RecordBatch?
    private var batchIndex = 0
    private var batchQuoteLine: Int?
    /// Decoded text read while sniffing, replayed before the decoder's next chunk.
    private var sniffedPrefix: [UInt8]
    private var readingPrefix = true
    private var position = 0
    private var decoderExhausted: Bool
    private var finished = false
    private var failure: MonthEndError?

    /// Opens and sniffs: encoding and delimiter are known after init.
    /// Throws MonthEndError (.unreadableFile, .undecodable, .emptyFile, .usage for a bad delimiter).
    public convenience init(path: String, delimiter: UInt8? = nil) throws {
        try self.init(source: .file(path: path), name: path, delimiter: delimiter, chunkSize: Self.defaultChunkSize)
    }

    /// The same over bytes in memory (tests); `name` stands for the path in messages.
    public convenience init(bytes: [UInt8], name: String, delimiter: UInt8? = nil) throws {
        try self.init(source: .memory(bytes), name: name, delimiter: delimiter, chunkSize: Self.defaultChunkSize)
    }

    /// `chunkSize` is for tests that force records and characters across chunk boundaries.
    /// `threaded`: hash, validate, decode and tokenize on a second thread (`DecodingPipeline`), a
    /// chunk or two ahead of the caller. Such a reader may throw `EncodingRestart` (read the file
    /// again sequentially), and its caller should let `throwEarlierFailure()` pick the error to report.
    public init(
        source: ByteSource, name: String, delimiter override: UInt8?, chunkSize: Int, threaded: Bool = false
    ) throws {
        if let override,
            override >= 0x80
                || [CSVTokenizer.quote, CSVTokenizer.carriageReturn, CSVTokenizer.lineFeed].contains(override)
        {
            throw MonthEndError(
                .usage, "delimiter \(override) cannot separate fields", path: name,
                hint: "use a comma, a tab or a semicolon")
        }
        self.path = name
        self.source = source
        self.chunkSize = chunkSize

        if threaded {
            let pipeline = DecodingPipeline(source: source, name: name, chunkSize: chunkSize, delimiter: override)
            self.pipeline = pipeline
            surveyed = nil
            decoder = nil
            delimiter = try pipeline.delimiter()
            tokenizer = CSVTokenizer(delimiter: delimiter)
            sniffedPrefix = []
            readingPrefix = false
            decoderExhausted = true
            return
        }
        let survey = try FileSurvey(source: source, chunkSize: chunkSize, displayName: name)
        if let offset = survey.invalidOffset {
            throw Self.undecodable(
                DecodingFailure(offset: offset, bytes: survey.invalidBytes), encoding: survey.encoding,
                source: source, chunkSize: chunkSize, name: name)
        }
        if survey.byteCount <= survey.encoding.byteOrderMarkLength {
            throw Self.emptyFileError(byteCount: survey.byteCount, name: name)
        }
        pipeline = nil
        surveyed = DecodingPipeline.Facts(sha256: survey.sha256, byteCount: survey.byteCount, encoding: survey.encoding)
        let decoder = DecodingProducer.decoder(
            for: survey.encoding, reading: try source.open(chunkSize: chunkSize, displayName: name))
        self.decoder = decoder

        // Sniff over decoded text, keeping it to replay: the second pass reads the file only once.
        var sniffer = DelimiterSniffer()
        var prefix: [UInt8] = []
        var exhausted = false
        do {
            while override == nil ? !sniffer.hasEnough && prefix.count < Self.sniffLimit : prefix.isEmpty {
                guard try decoder.advance() else {
                    exhausted = true
                    sniffer.finish()
                    break
                }
                prefix.append(contentsOf: decoder.chunk)
                if override == nil { sniffer.feed(decoder.chunk) }
            }
        } catch let failure as DecodingFailure {
            throw Self.undecodable(
                failure, encoding: survey.encoding, source: source, chunkSize: chunkSize, name: name)
        }
        self.delimiter = override ?? sniffer.choice
        tokenizer = CSVTokenizer(delimiter: self.delimiter)
        sniffedPrefix = prefix
        decoderExhausted = exhausted
    }

    /// The next record, or nil at end of file. Throws `.undecodable` when the decoder meets bytes that
    /// fit the file's encoding nowhere; every later call throws the same error.
    public func next() throws -> CSVRecord? {
        if pipeline != nil { return try nextBatchRecord()?.record() }
        return try advanceToRecord() ? tokenizer.takeRecord() : nil
    }

    /// The next record's bytes lent to `body` (no Strings made; the fast path of the importer), or
    /// nil at end of file without calling `body`. Fails as `next()` does. `body` gets
    /// `unterminatedQuoteLine` too (it must not touch the reader while it holds the bytes).
    func nextBytes<R>(_ body: (RowView, _ unterminatedQuoteLine: Int?) throws -> R) throws -> R? {
        if pipeline != nil {
            guard let record = try nextBatchRecord() else { return nil }
            return try body(record, batchQuoteLine)
        }
        guard try advanceToRecord() else { return nil }
        let quoteLine = tokenizer.unterminatedQuoteLine
        return try tokenizer.withRecordBytes { try body($0, quoteLine) }
    }

    /// Lends every remaining record to `body` in turn, as `nextBytes` does one by one: the importer's
    /// loop. Reading threaded, a whole batch is lent without going back through the reader's state
    /// for each record. Fails as `next()` does, and with `body`'s error.
    public func forEachRow(_ body: (RowView, _ unterminatedQuoteLine: Int?) throws -> Void) throws {
        guard let pipeline else {
            while try nextBytes(body) != nil {}
            return
        }
        if let failure { throw failure }
        guard !finished else { return }
        while true {
            if let batch, batchIndex < batch.count {
                let first = batchIndex
                batchIndex = batch.count
                if let line = batch.unterminatedQuoteLine { batchQuoteLine = line }
                try batch.forEachRecord(from: first, body)
            }
            guard try advanceBatch(pipeline) else { return }
        }
    }

    /// Reading threaded: the next record of the current batch, moving to the next batch as needed
    /// (the record is valid until the next call); nil at the end of the file.
    private func nextBatchRecord() throws -> RowView? {
        if let failure { throw failure }
        guard !finished, let pipeline else { return nil }
        while true {
            if let batch, batchIndex < batch.count {
                let index = batchIndex
                batchIndex += 1
                if index == batch.count - 1, let line = batch.unterminatedQuoteLine { batchQuoteLine = line }
                return batch.record(index)
            }
            guard try advanceBatch(pipeline) else { return nil }
        }
    }

    /// Moves to the pipeline's next batch; false at the end of the file. A failure is kept, so
    /// every later call throws it again.
    private func advanceBatch(_ pipeline: DecodingPipeline) throws -> Bool {
        do {
            batch = try pipeline.nextBatch()
        } catch let error as MonthEndError {
            failure = error
            throw error
        }
        batchIndex = 0
        if batch == nil { finished = true }
        return batch != nil
    }

    /// Scans until the tokenizer holds a complete record (true) or the input is done (false).
    private func advanceToRecord() throws -> Bool {
        if let failure { throw failure }
        if finished { return false }
        while true {
            if readingPrefix {
                if position < sniffedPrefix.count {
                    let (next, complete) = sniffedPrefix.withUnsafeBufferPointer { tokenizer.scan($0, from: position) }
                    position = next
                    if complete { return true }
                    continue
                }
                readingPrefix = false
                sniffedPrefix = []
                position = 0
                if !decoderExhausted {
                    let more = try advanceDecoder()
                    if !more { decoderExhausted = true }
                }
                continue
            }
            if !decoderExhausted, let decoder {
                let chunk = decoder.chunk
                if position < chunk.count {
                    let (next, complete) = tokenizer.scan(chunk, from: position)
                    position = next
                    if complete { return true }
                    continue
                }
                position = 0
                if try advanceDecoder() { continue }
                decoderExhausted = true
            }
            finished = true
            return tokenizer.finish()
        }
    }

    private func advanceDecoder() throws -> Bool {
        guard let decoder else { return false }
        do {
            return try decoder.advance()
        } catch let decoding as DecodingFailure {
            let error = Self.undecodable(decoding, encoding: encoding, source: source, chunkSize: chunkSize, name: path)
            failure = error
            throw error
        } catch let error as MonthEndError {
            failure = error
            throw error
        }
    }

    /// For a threaded reader whose caller met an error of its own (or this reader's): waits for the
    /// rest of the file and throws what the sequential reader would have thrown before any record,
    /// or `EncodingRestart`. Returns when there is no such fault (the caller's error stands).
    public func throwEarlierFailure() throws {
        try pipeline?.throwEarlierFailure()
    }

    static func emptyFileError(byteCount: Int, name: String) -> MonthEndError {
        MonthEndError(
            .emptyFile, byteCount == 0 ? "the file is empty" : "the file holds only a byte-order mark",
            path: name, hint: "export the data again; the file has no rows")
    }

    /// The file-level error for bytes that fit no encoding we read, with offset, line and a way out.
    static func undecodable(
        _ failure: DecodingFailure, encoding: TextEncoding, source: ByteSource, chunkSize: Int, name: String
    ) -> MonthEndError {
        let unitWidth = encoding == .utf16LE || encoding == .utf16BE ? 2 : 1
        let line = try? PhysicalLineLocator.line(
            atOffset: failure.offset, in: source, unitWidth: unitWidth, bigEndian: encoding == .utf16BE,
            chunkSize: chunkSize, displayName: name)
        let shown = failure.bytes.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
        let what: String
        switch encoding {
        case .utf8: what = "not UTF-8, though the Chinese text before them is (read as GB18030 it would be garbled)"
        case .gb18030: what = "neither UTF-8 nor GB18030"
        case .utf8BOM: what = "not UTF-8, though the file starts with a UTF-8 byte-order mark"
        case .utf16LE: what = "not UTF-16LE"
        case .utf16BE: what = "not UTF-16BE"
        }
        let lineText = line.map { ", line \($0)" } ?? ""
        return MonthEndError(
            .undecodable, "bytes \(shown) at byte offset \(failure.offset)\(lineText) are \(what)", path: name,
            line: line,
            hint: "re-save the file as UTF-8 (in Excel: Save As, \"CSV UTF-8 (Comma delimited)\") and run again")
    }
}

extension TextEncoding {
    /// Bytes of byte-order mark that precede the text.
    var byteOrderMarkLength: Int {
        switch self {
        case .utf8, .gb18030: 0
        case .utf8BOM: 3
        case .utf16LE, .utf16BE: 2
        }
    }
}
