/// One row of a table as the import's mapper reads it: every cell's UTF-8 bytes in one buffer and
/// where each cell starts and ends, with the row's 1-based physical line (a CSV line, or a sheet's
/// row number). Lent to a closure and valid only inside it, so a reader can hand out rows straight
/// from its buffers and the mapper makes Strings only for the cells a kind keeps.
///
/// The cells must be valid UTF-8, each cut at scalar boundaries: `string(_:)` copies without
/// validating again. Any source of rows can lend them through `RowBuffer`.
@frozen public struct RowView {
    @usableFromInline let base: UnsafePointer<UInt8>
    /// Start and exclusive end offset of each cell in `base`, interleaved.
    @usableFromInline let spans: UnsafeBufferPointer<Int>
    /// 1-based physical line (or sheet row) where the row starts.
    public let line: Int

    @inlinable
    init(base: UnsafePointer<UInt8>, spans: UnsafeBufferPointer<Int>, line: Int) {
        self.base = base
        self.spans = spans
        self.line = line
    }

    /// The number of cells.
    @inlinable public var count: Int { spans.count >> 1 }

    /// Cell `index` (0-based); empty past the last cell.
    @inlinable @inline(__always)
    public func field(_ index: Int) -> Cell {
        guard index < count else { return Cell(UnsafeBufferPointer(start: base, count: 0)) }
        let start = spans[2 * index]
        return Cell(UnsafeBufferPointer(start: base + start, count: spans[2 * index + 1] - start))
    }

    /// Cell `index` as a String ("" past the last cell).
    public func string(_ index: Int) -> String { field(index).string }

    /// The row with its cells as Strings.
    public func record() -> CSVRecord {
        CSVRecord(fields: (0..<count).map(string), line: line)
    }

    /// Lends the cells of `record` (Strings: tests, a sheet's cells) to `body` as a row.
    public static func with<R>(_ record: CSVRecord, _ body: (RowView) throws -> R) rethrows -> R {
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
                try body(RowView(base: buffer.baseAddress!, spans: spansBuffer, line: record.line))
            }
        }
    }
}
