/// One CSV record as the reader holds it: every field's UTF-8 bytes back to back in one buffer,
/// and where each field ends. Lent to a closure and valid only inside it, so the importer can read
/// the cells it maps straight from bytes and make Strings only for the fields a kind keeps.
struct CSVRecordBytes {
    let base: UnsafePointer<UInt8>
    /// Exclusive end offset of each field in `base`.
    let ends: UnsafeBufferPointer<Int>
    /// 1-based physical line where the record starts.
    let line: Int

    var count: Int { ends.count }

    /// A record of no fields, for holders that outlive the records lent to them.
    static var none: CSVRecordBytes {
        CSVRecordBytes(base: emptyStorage, ends: UnsafeBufferPointer(start: nil, count: 0), line: 0)
    }
    /// Never written: only its address is used.
    nonisolated(unsafe) private static let emptyStorage = UnsafePointer(UnsafeMutablePointer<UInt8>.allocate(capacity: 1))

    /// The bytes of field `index`; empty past the last field.
    @inline(__always)
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index < ends.count else { return UnsafeBufferPointer(start: base, count: 0) }
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeBufferPointer(start: base + start, count: ends[index] - start)
    }

    /// Field `index` as a String ("" past the last field).
    func string(_ index: Int) -> String { String(decoding: field(index), as: UTF8.self) }

    /// The record with its fields as Strings, as `CSVFileReader.next()` returns it.
    func record() -> CSVRecord {
        CSVRecord(fields: (0..<count).map(string), line: line)
    }

    /// Lends the bytes of `record` (built from Strings: tests, whole files in memory) to `body`.
    static func with<R>(_ record: CSVRecord, _ body: (CSVRecordBytes) throws -> R) rethrows -> R {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(record.fields.count)
        for field in record.fields {
            bytes.append(contentsOf: field.utf8)
            ends.append(bytes.count)
        }
        bytes.append(0)  // never empty, so the base address exists
        return try bytes.withUnsafeBufferPointer { buffer in
            try ends.withUnsafeBufferPointer { endsBuffer in
                try body(CSVRecordBytes(base: buffer.baseAddress!, ends: endsBuffer, line: record.line))
            }
        }
    }
}
