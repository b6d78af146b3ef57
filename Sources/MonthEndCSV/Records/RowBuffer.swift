/// Builds rows cell by cell for a table that is not CSV (a sheet of a workbook), so that it can
/// lend them to the mapper as a CSV file does: append each cell of a row in column order (an
/// empty cell for a column the row skips), then `lend` the row, which empties the buffer.
public final class RowBuffer {
    private let bytes = RecordBytes()
    private let spans = FieldSpans()

    public init() {}

    /// Appends the next cell.
    public func append(_ cell: String) {
        var cell = cell
        cell.withUTF8 { append($0) }
    }

    /// Appends the next cell from its UTF-8 bytes.
    public func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        let start = bytes.count
        if let base = utf8.baseAddress { bytes.append(base, count: utf8.count) }
        spans.append(start, bytes.count)
    }

    /// Lends the row built so far, at 1-based `line` (the sheet's row number), then empties it.
    public func lend<R>(line: Int, _ body: (RowView) throws -> R) rethrows -> R {
        defer {
            bytes.removeAll()
            spans.removeAll()
        }
        bytes.append(0)  // so the base address exists for a row of empty cells
        return try body(RowView(base: UnsafePointer(bytes.base), spans: spans.buffer, line: line))
    }
}
