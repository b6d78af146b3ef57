/// A batch of a sheet's rows as the parse thread captured them, before any value is resolved: each
/// cell's column, type, style and stored text (`<v>`, or an inline string's `<t>` runs) as bytes
/// in one arena. The reading thread turns them into `SheetRow`s (`CellResolver`), so the parse
/// thread, the slowest stage, does as little as it can per cell. One thread owns a batch at a time:
/// the parse thread while filling it, the reading thread once handed over (`RowsHandOff`).
final class CapturedRows {
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

    /// The batch's storage, filled in place by the parse thread (`SheetHandler` keeps its own set
    /// and exchanges it with an empty batch's at each hand-off).
    struct Storage {
        var bytes = ByteRun(capacity: 64 * 1024)
        var cells: [Cell] = []
        var rows: [Row] = []

        /// A batch of `rowLimit` rows (or 256 KB) is handed over: a few hundred rows keep the
        /// hand-offs rare and memory flat.
        func isFull(rowLimit: Int) -> Bool { rows.count >= rowLimit || bytes.count >= 256 * 1024 }

        mutating func removeAll() {
            bytes.truncate(to: 0)
            cells.removeAll(keepingCapacity: true)
            rows.removeAll(keepingCapacity: true)
        }
    }

    var storage = Storage()

    deinit { storage.bytes.release() }

    /// Calls `body` with each row's number and cells, and the arena their `start`/`end` index,
    /// until it returns false.
    func forEachRow(_ body: (Int, ArraySlice<Cell>, UnsafeBufferPointer<UInt8>) throws -> Bool) rethrows {
        let arena = storage.bytes.bytes
        var first = 0
        for row in storage.rows {
            guard try body(row.number, storage.cells[first..<row.cellEnd], arena) else { return }
            first = row.cellEnd
        }
    }
}
