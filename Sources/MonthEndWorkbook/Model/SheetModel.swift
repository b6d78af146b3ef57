/// One sheet as finance will see it: an optional title row, a header row over typed data rows, an
/// optional totals row, then (after a blank row) free rows such as notes, chart data or the sign-off
/// block.
public struct SheetModel: Hashable, Sendable {
    /// The logical sheet; a continuation part of a split sheet keeps its id.
    public var id: SheetID
    public var name: String
    /// A heading above the header row (the summary's "company 月结对账 period"); nil for none.
    public var title: String?
    public var columns: [ColumnModel]
    /// Held, or generated from the report for the big detail sheets (see `SheetRows`).
    public var rows: SheetRows
    /// Data rows (0-based) that head a section: bold on a light fill across the columns.
    public var sectionRows: Set<Int> = []
    /// An autofilter over header and data rows; off where the rows are not a list (the summary).
    public var autofilter = true
    /// Off for a page meant to be read and signed rather than worked in.
    public var gridlines = true
    /// One entry per column; nil means no totals row.
    public var totals: [TotalCell]?
    /// Rows written after the table and a blank row, outside the filter range.
    public var trailer: [TrailerRow]
    public var highlight: HighlightRule?
    public var charts: [ChartModel]
    /// Set by the placement: the totals row as cells (formulas with their values), one per column.
    public var totalsCells: [CellValue] = []
    /// Set by the placement: each column's width in characters, fitted to its content.
    public var columnWidths: [Int] = []

    public init(
        id: SheetID, name: String, title: String? = nil, columns: [ColumnModel], rows: [[CellValue]] = [],
        totals: [TotalCell]? = nil, trailer: [TrailerRow] = [], highlight: HighlightRule? = nil,
        charts: [ChartModel] = []
    ) {
        self.id = id
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = SheetRows(rows)
        self.totals = totals
        self.trailer = trailer
        self.highlight = highlight
        self.charts = charts
    }

    /// 0-based worksheet row of the header row: under the title when there is one.
    public var headerRowIndex: Int { title == nil ? 0 : 1 }

    /// 1-based worksheet row of the first data row, as formulas name it.
    public var firstDataRowNumber: Int { headerRowIndex + 2 }

    /// 0-based worksheet row of the totals row (placed sheets only: after the data rows).
    public var totalsRowIndex: Int? { totals == nil || rows.isEmpty ? nil : headerRowIndex + rows.count + 1 }

    /// 0-based worksheet row of the first trailer row: after header, data, totals and a blank row.
    public var trailerStartRow: Int { headerRowIndex + 1 + rows.count + (totalsRowIndex == nil ? 0 : 1) + 1 }

    /// How many worksheet rows the sheet takes.
    public var usedRowCount: Int { trailer.isEmpty ? trailerStartRow - 1 : trailerStartRow + trailer.count }
}

/// A cell of the totals row: the label, or a total of the column's data rows.
public enum TotalCell: Hashable, Sendable {
    case none
    case label(String)
    case sum
}

/// A row after the table.
public struct TrailerRow: Hashable, Sendable {
    public var cells: [CellValue]
    public var bold: Bool
    /// Written like a section row of the table: bold on a light fill across the sheet's columns.
    public var section: Bool
    /// Columns whose cells get a thin box, empty or not: the places to write a name, sign or date.
    public var boxedColumns: ClosedRange<Int>?
    /// Row height in points (room to sign); nil keeps the default.
    public var height: Double?

    public init(
        _ cells: [CellValue], bold: Bool = false, section: Bool = false, boxedColumns: ClosedRange<Int>? = nil,
        height: Double? = nil
    ) {
        self.cells = cells
        self.bold = bold
        self.section = section
        self.boxedColumns = boxedColumns
        self.height = height
    }
}

/// Which data rows conditional formatting marks as exceptions.
public enum HighlightRule: Hashable, Sendable {
    /// The column's text is not empty and none of these (a status column not `matched`).
    case textNotIn(column: Int, [String])
    /// The column's number is above zero.
    case positive(column: Int)
    /// Both columns' numbers are above zero (an open balance past due).
    case bothPositive(Int, Int)
    /// The column holds something (a flag).
    case notEmpty(column: Int)
    /// The column is still empty (an exception nobody has reviewed).
    case empty(column: Int)
}

/// A chart over cells of its own sheet.
public struct ChartModel: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case column, bar, pie }

    /// Where the series' cells are, relative to the placed sheet.
    public enum Range: Hashable, Sendable {
        /// Header cells of these columns.
        case header(columns: ClosedRange<Int>)
        /// Totals-row cells of these columns.
        case totals(columns: ClosedRange<Int>)
        /// Trailer rows (0-based within the trailer) of one column.
        case trailer(rows: ClosedRange<Int>, column: Int)
    }

    public var kind: Kind
    public var title: String
    /// The series' name, shown in the legend (without one Excel and LibreOffice show "Column C").
    public var seriesName: String
    public var categories: Range
    public var values: Range
    /// 0-based anchor cell (row, column) where the chart's top left corner goes.
    public var anchorColumn: Int

    public init(kind: Kind, title: String, seriesName: String, categories: Range, values: Range, anchorColumn: Int) {
        self.kind = kind
        self.title = title
        self.seriesName = seriesName
        self.categories = categories
        self.values = values
        self.anchorColumn = anchorColumn
    }
}
