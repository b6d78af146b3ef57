/// The records of one decoded chunk, tokenized on the decoding thread and handed to the reader as a
/// whole: the chunk's text, the records that had to be copied (they began in an earlier chunk or a
/// field was rewritten), and every field's span. Tokenizing beside the decoding balances the two
/// threads: the reading thread is left with only the mapping of each record.
///
/// A batch is reused: the decoding thread fills it, the reader lends its records one by one, and
/// the hand-off gives it back to be filled again, so memory stays flat in the file size.
final class RecordBatch {
    /// Where one record's spans end in `spans`, its physical line, and whether its spans index
    /// `copied` rather than `text`.
    struct Entry {
        var spansEnd: Int
        var line: Int
        var isCopied: Bool
    }

    /// The decoded chunk the in-place records point into (allocated at the first chunk's size).
    private(set) var text: UnsafeMutablePointer<UInt8>?
    private(set) var textCount = 0
    private var textCapacity = 0
    private let copied = RecordBytes()
    private let spans = FieldSpans()
    /// The records, in a buffer of its own: appending to an Array held by a class pays a run-time
    /// exclusivity check per record.
    private var entryBase: UnsafeMutablePointer<Entry>
    private var entryCapacity = 1024
    private(set) var count = 0
    /// Set on the batch whose last record ran to the end of the file inside quotes: that
    /// record's opening quote line.
    var unterminatedQuoteLine: Int?

    init() {
        entryBase = .allocate(capacity: entryCapacity)
    }

    deinit {
        text?.deallocate()
        entryBase.deallocate()
    }

    /// The records' entries, valid until the batch changes.
    var entries: UnsafeBufferPointer<Entry> { UnsafeBufferPointer(start: entryBase, count: count) }

    @inline(__always)
    private func appendEntry(_ entry: Entry) {
        if count == entryCapacity {
            let grown = UnsafeMutablePointer<Entry>.allocate(capacity: entryCapacity * 2)
            grown.moveInitialize(from: entryBase, count: count)
            entryBase.deallocate()
            entryBase = grown
            entryCapacity *= 2
        }
        (entryBase + count).initialize(to: entry)
        count += 1
    }

    /// Empties the batch and copies `chunk` in as its text.
    func reset(text chunk: UnsafeBufferPointer<UInt8>) {
        reset(capacity: chunk.count) { destination in
            if chunk.count > 0, let source = chunk.baseAddress, let target = destination.baseAddress {
                target.update(from: source, count: chunk.count)
            }
            return chunk.count
        }
    }

    /// Empties the batch and lets `fill` write its text (up to `capacity` bytes, returning how many).
    func reset(capacity: Int, filling fill: (UnsafeMutableBufferPointer<UInt8>) throws -> Int) rethrows {
        if capacity > textCapacity {
            text?.deallocate()
            textCapacity = capacity
            text = .allocate(capacity: textCapacity)
        }
        textCount = 0
        copied.removeAll()
        spans.removeAll()
        count = 0
        unterminatedQuoteLine = nil
        textCount = try fill(UnsafeMutableBufferPointer(start: text, count: capacity))
    }

    /// The batch's text, which the tokenizer scans in place.
    var textBuffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: text, count: textCount) }

    /// Adds a record lying in `text`: `fieldSpans` are offsets into it.
    @inline(__always)
    func appendInPlace(_ fieldSpans: UnsafeBufferPointer<Int>, line: Int) {
        spans.append(contentsOf: fieldSpans, offsetBy: 0)
        appendEntry(Entry(spansEnd: spans.count, line: line, isCopied: false))
    }

    /// Adds a record held elsewhere (the tokenizer's own buffer): its bytes are copied in and
    /// `fieldSpans`, offsets into `bytes`, are moved along with them.
    func appendCopied(_ bytes: UnsafePointer<UInt8>, count: Int, _ fieldSpans: UnsafeBufferPointer<Int>, line: Int) {
        let offset = copied.count
        copied.append(bytes, count: count)
        spans.append(contentsOf: fieldSpans, offsetBy: offset)
        appendEntry(Entry(spansEnd: spans.count, line: line, isCopied: true))
    }

    /// Lends every record in turn to `body`, with the unterminated-quote line on the last one: the
    /// batch's storage is looked up once rather than per record (each look-up of a class's stored
    /// property is checked for exclusive access at run time).
    func forEachRecord(from first: Int, _ body: (RowView, _ unterminatedQuoteLine: Int?) throws -> Void) rethrows {
        let count = self.count
        guard first < count else { return }
        let entries = self.entries
        let textBase = UnsafePointer(text ?? copied.base)
        let copiedBase = UnsafePointer(copied.base)
        let spansBase = UnsafePointer(spans.base)
        let lastQuoteLine = unterminatedQuoteLine
        var start = first == 0 ? 0 : entries[first - 1].spansEnd
        for index in first..<count {
            let entry = entries[index]
            let record = Self.record(entry, spansFrom: start, text: textBase, copied: copiedBase, spans: spansBase)
            try body(record, index == count - 1 ? lastQuoteLine : nil)
            start = entry.spansEnd
        }
    }

    /// Record `index`, valid until the batch is reset.
    @inline(__always)
    func record(_ index: Int) -> RowView {
        Self.record(
            entries[index], spansFrom: index == 0 ? 0 : entries[index - 1].spansEnd,
            text: UnsafePointer(text ?? copied.base), copied: UnsafePointer(copied.base),
            spans: UnsafePointer(spans.base))
    }

    /// The record of `entry`, whose spans start at `start` in `spans`.
    @inline(__always)
    private static func record(
        _ entry: Entry, spansFrom start: Int, text: UnsafePointer<UInt8>, copied: UnsafePointer<UInt8>,
        spans: UnsafePointer<Int>
    ) -> RowView {
        RowView(
            base: entry.isCopied ? copied : text,
            spans: UnsafeBufferPointer(start: spans + start, count: entry.spansEnd - start), line: entry.line)
    }
}
