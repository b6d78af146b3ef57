/// A batch of a sheet's rows as the parse thread captures them, before any value is resolved: each
/// cell's column, type, style and stored text (`<v>`, or an inline string's `<t>` runs) as bytes
/// in one arena. The reading thread turns them into `SheetRow`s (`CellResolver`), so the parse
/// thread, the slowest stage, does as little as it can per cell.
struct CapturedRows {
    /// A cell's `t` attribute.
    enum CellType: UInt8 {
        case number, sharedString, inlineString, formulaString, boolean, error, isoDate
    }

    struct Cell {
        var column: Int
        /// The cell's `s` attribute: an index into the workbook's cell formats.
        var style: Int
        var type: CellType
        var isFormula: Bool
        /// The cell's stored text is `bytes[start..<end]` (never empty: empty cells are not kept).
        var start: Int
        var end: Int
    }

    struct Row {
        var number: Int
        /// The row's cells are `cells[previous row's cellEnd..<cellEnd]`, in the file's order.
        var cellEnd: Int
    }

    private(set) var bytes: [UInt8] = []
    private(set) var cells: [Cell] = []
    private(set) var rows: [Row] = []

    /// A batch this full is handed over: a few hundred rows keep the hand-offs rare and memory flat.
    var isFull: Bool { rows.count >= 512 || bytes.count >= 256 * 1024 }

    var isEmpty: Bool { rows.isEmpty }

    mutating func appendCell(
        column: Int, style: Int, type: CellType, isFormula: Bool, text: UnsafeBufferPointer<UInt8>
    ) {
        let start = bytes.count
        bytes.append(contentsOf: text)
        cells.append(Cell(column: column, style: style, type: type, isFormula: isFormula, start: start, end: bytes.count))
    }

    mutating func endRow(number: Int) {
        rows.append(Row(number: number, cellEnd: cells.count))
    }

    /// Empties the batch for reuse, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        cells.removeAll(keepingCapacity: true)
        rows.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with each row's number and cells, and the arena their `start`/`end` index.
    func forEachRow(
        _ body: (Int, ArraySlice<Cell>, UnsafeBufferPointer<UInt8>) throws -> Bool
    ) rethrows {
        try bytes.withUnsafeBufferPointer { arena in
            var first = 0
            for row in rows {
                guard try body(row.number, cells[first..<row.cellEnd], arena) else { return }
                first = row.cellEnd
            }
        }
    }
}
