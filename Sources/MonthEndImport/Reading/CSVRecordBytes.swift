/// One CSV record as the reader holds it: every field's UTF-8 bytes in one buffer (the decoded
/// chunk, or the tokenizer's copy), and where each field starts and ends. Lent to a closure and valid only inside it, so the importer can read
/// the cells it maps straight from bytes and make Strings only for the fields a kind keeps.
struct CSVRecordBytes {
    let base: UnsafePointer<UInt8>
    /// Start and exclusive end offset of each field in `base`, interleaved.
    let spans: UnsafeBufferPointer<Int>
    /// 1-based physical line where the record starts.
    let line: Int

    var count: Int { spans.count >> 1 }

    /// A record of no fields, for holders that outlive the records lent to them.
    static var none: CSVRecordBytes {
        CSVRecordBytes(base: emptyStorage, spans: UnsafeBufferPointer(start: nil, count: 0), line: 0)
    }
    /// Never written: only its address is used.
    nonisolated(unsafe) private static let emptyStorage = UnsafePointer(UnsafeMutablePointer<UInt8>.allocate(capacity: 1))

    /// The bytes of field `index`; empty past the last field.
    @inline(__always)
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index < count else { return UnsafeBufferPointer(start: base, count: 0) }
        let start = spans[2 * index]
        return UnsafeBufferPointer(start: base + start, count: spans[2 * index + 1] - start)
    }

    /// Field `index` as a String ("" past the last field).
    func string(_ index: Int) -> String { CellBytes.string(field(index)) }

    /// The record with its fields as Strings, as `CSVFileReader.next()` returns it.
    func record() -> CSVRecord {
        CSVRecord(fields: (0..<count).map(string), line: line)
    }

    /// Lends the bytes of `record` (built from Strings: tests, whole files in memory) to `body`.
    static func with<R>(_ record: CSVRecord, _ body: (CSVRecordBytes) throws -> R) rethrows -> R {
        var bytes: [UInt8] = []
        var spans: [Int] = []
        spans.reserveCapacity(2 * record.fields.count)
        for field in record.fields {
            spans.append(bytes.count)
            bytes.append(contentsOf: field.utf8)
            spans.append(bytes.count)
        }
        bytes.append(0)  // never empty, so the base address exists
        return try bytes.withUnsafeBufferPointer { buffer in
            try spans.withUnsafeBufferPointer { spansBuffer in
                try body(CSVRecordBytes(base: buffer.baseAddress!, spans: spansBuffer, line: record.line))
            }
        }
    }
}
