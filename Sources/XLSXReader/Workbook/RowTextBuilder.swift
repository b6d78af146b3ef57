/// Builds each row's `SheetRowText` on the reading thread, in storage it reuses row after row:
/// the common cells (shared strings, plain numbers, text, dates) are written as bytes straight
/// from what the file stores; any other cell, or a row whose columns are out of order, goes
/// through its `CellValue`, so the text is always `CellValue.csvText`. A struct kept in a local
/// variable: a class's stored properties would cost a run-time exclusivity check per cell.
struct RowTextBuilder {
    private let resolver: CellResolver
    private var bytes = ByteRun(capacity: 4096)
    private var spans: [Int] = []

    init(resolver: CellResolver) {
        self.resolver = resolver
    }

    func release() { bytes.release() }

    mutating func row(
        number: Int, _ cells: ArraySlice<CapturedRows.Cell>, _ arena: UnsafeBufferPointer<UInt8>
    ) throws(XLSXReadError) -> SheetRowText {
        bytes.truncate(to: 0)
        spans.removeAll(keepingCapacity: true)
        var previousColumn = 0
        for cell in cells {
            guard cell.column > previousColumn else { return try reordered(number, cells, arena) }
            previousColumn = cell.column
            let start = bytes.count
            let text = UnsafeBufferPointer(rebasing: arena[cell.start..<cell.end])
            guard try resolver.appendText(cell, text, row: number, to: &bytes) else { continue }
            endField(column: cell.column, start: start)
        }
        return SheetRowText(number: number, base: bytes.base, spans: spans)
    }

    /// Columns out of order or repeated: the cells as `CellResolver.cells` sorts them.
    private mutating func reordered(
        _ number: Int, _ cells: ArraySlice<CapturedRows.Cell>, _ arena: UnsafeBufferPointer<UInt8>
    ) throws(XLSXReadError) -> SheetRowText {
        bytes.truncate(to: 0)
        spans.removeAll(keepingCapacity: true)
        for cell in try resolver.cells(row: number, cells, arena) {
            let start = bytes.count
            bytes.append(cell.value.csvText)
            endField(column: cell.column, start: start)
        }
        return SheetRowText(number: number, base: bytes.base, spans: spans)
    }

    /// Records the field just written for `column`, after empty fields for the columns skipped.
    private mutating func endField(column: Int, start: Int) {
        while spans.count / 2 < column - 1 {
            spans.append(start)
            spans.append(start)
        }
        spans.append(start)
        spans.append(bytes.count)
    }
}
