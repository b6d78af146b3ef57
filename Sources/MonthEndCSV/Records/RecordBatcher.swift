/// The decoding thread's tokenizer: sniffs the delimiter over the first decoded chunks (held back
/// until it is decided, as the sequential reader holds them), publishes it, then tokenizes every
/// decoded chunk into a `RecordBatch` and hands that over. The records, their lines and the
/// delimiter are the sequential reader's: the same tokenizer reads the same text.
final class RecordBatcher {
    private let handOff: BatchHandOff
    private let override: UInt8?
    private var sniffer = DelimiterSniffer()
    /// Decoded text read while sniffing.
    private var prefix: [UInt8] = []
    /// Set once the delimiter is known.
    private var tokenizer: CSVTokenizer?
    /// Something has been handed over: a restart can no longer be kept from the reader.
    private(set) var hasPublished = false

    init(handOff: BatchHandOff, delimiter override: UInt8?) {
        self.handOff = handOff
        self.override = override
    }

    /// What `takeRead` found.
    enum ReadOutcome {
        case batch
        case endOfInput
        case readerGone
    }

    /// The delimiter is not yet known: chunks must come through `take`.
    var isSniffing: Bool { tokenizer == nil }

    /// Once the delimiter is known: `read` writes the next decoded chunk (at most `capacity` bytes)
    /// straight into a free batch, which is tokenized and handed over, sparing a copy.
    func takeRead(capacity: Int, _ read: (UnsafeMutableBufferPointer<UInt8>) throws -> Int) throws -> ReadOutcome {
        precondition(!isSniffing, "chunks read while sniffing go through take")
        guard let (index, batch) = handOff.takeFreeBatch() else { return .readerGone }
        try batch.reset(capacity: capacity, filling: read)
        guard batch.textCount > 0 else {
            handOff.release(index)
            return .endOfInput
        }
        tokenize(batch, index)
        return .batch
    }

    /// Takes the next decoded chunk; false once the reader has gone.
    func take(_ chunk: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tokenizer == nil else { return tokenize(chunk) }
        prefix.append(contentsOf: chunk)
        if let override {
            decide(override)
        } else {
            sniffer.feed(chunk)
            guard sniffer.hasEnough || prefix.count >= CSVFileReader.sniffLimit else { return true }
            decide(sniffer.choice)
        }
        return takePrefix()
    }

    /// At the end of the decoded text: decides the delimiter if it is not yet, and hands over the
    /// record a missing last line break left open. False once the reader has gone.
    func finish() -> Bool {
        if tokenizer == nil {
            sniffer.finish()
            decide(override ?? sniffer.choice)
            guard takePrefix() else { return false }
        }
        guard tokenizer!.finish() else { return true }
        guard let (index, batch) = handOff.takeFreeBatch() else { return false }
        batch.reset(text: UnsafeBufferPointer(start: nil, count: 0))
        batch.unterminatedQuoteLine = tokenizer!.unterminatedQuoteLine
        tokenizer!.moveRecord(into: batch)
        handOff.publish(.batch(index: index))
        return true
    }

    private func decide(_ delimiter: UInt8) {
        tokenizer = CSVTokenizer(delimiter: delimiter)
        handOff.publish(.delimiter(delimiter))
        hasPublished = true
    }

    private func takePrefix() -> Bool {
        defer { prefix = [] }
        return prefix.isEmpty || prefix.withUnsafeBufferPointer { tokenize($0) }
    }

    /// Copies `chunk` into a free batch, tokenizes it there and hands the batch over.
    private func tokenize(_ chunk: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (index, batch) = handOff.takeFreeBatch() else { return false }
        batch.reset(text: chunk)
        tokenize(batch, index)
        return true
    }

    /// Tokenizes the text of `batch` (hand-off slot `index`) in place and hands the batch over.
    private func tokenize(_ batch: RecordBatch, _ index: Int) {
        let text = batch.textBuffer
        // A local copy: a class's stored property pays a dynamic exclusivity check on every access.
        var tokenizer = self.tokenizer!
        var position = 0
        while position < text.count {
            let (next, complete) = tokenizer.scan(text, from: position)
            position = next
            if complete { tokenizer.moveRecord(into: batch) }
        }
        self.tokenizer = tokenizer
        handOff.publish(.batch(index: index))
    }
}
