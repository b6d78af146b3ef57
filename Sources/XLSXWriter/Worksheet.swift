/// A borrowed handle to one sheet of one `Workbook`: an index plus the validated name.
///
/// It owns nothing, so it cannot outlive the workbook in any harmful way: every use goes through the
/// workbook, which rejects handles from another workbook.
public struct Worksheet: Hashable, Sendable {
    let workbookID: UInt64
    /// Position in the workbook, 0-based, in the order sheets were added.
    public let index: Int
    /// The sheet name as written (already validated).
    public let name: String
}

/// A rectangle of cells, 0-based and inclusive on both ends.
public struct CellRange: Hashable, Sendable {
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// A single-column range.
    public static func column(_ column: Int, rows: ClosedRange<Int>) -> CellRange {
        CellRange(firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound, lastColumn: column)
    }

    /// `A1:D5` (or `B2` for one cell).
    public var a1: String {
        let first = CellReference.a1(row: firstRow, column: firstColumn)
        if firstRow == lastRow && firstColumn == lastColumn { return first }
        return first + ":" + CellReference.a1(row: lastRow, column: lastColumn)
    }

    var isSingleCell: Bool { firstRow == lastRow && firstColumn == lastColumn }
}
