internal import CXLSXWriter

extension Workbook {
    /// Width in Excel character units for columns `columns`, optionally with a default format.
    /// (Excel stores a padded value: 18 reads back as 18.7109375.)
    public mutating func setColumnWidth(
        _ width: Double, columns: ClosedRange<Int>, sheet: Worksheet, format: CellFormat = .plain
    ) throws(XLSXError) {
        let operation = "set column width"
        let ws = try core.sheet(sheet, operation)
        try Self.validateRange(
            CellRange(firstRow: 0, firstColumn: columns.lowerBound, lastRow: 0, lastColumn: columns.upperBound),
            operation, sheet: sheet)
        guard width.isFinite, (0...255).contains(width) else {
            throw XLSXError(
                .parameterValidation, operation: operation, detail: "width \(width) is outside 0...255",
                location: .init(sheet: sheet.name))
        }
        let lxwFormat = try core.cellFormat(format, operation)
        try check(
            worksheet_set_column(ws, UInt16(columns.lowerBound), UInt16(columns.upperBound), width, lxwFormat),
            operation, location: .init(sheet: sheet.name, column: columns.lowerBound))
    }

    /// Height in points of one row. In constant-memory mode only the row being written can be set;
    /// an earlier row throws `.indexOutOfRange`.
    public mutating func setRowHeight(_ height: Double, row: Int, sheet: Worksheet, format: CellFormat = .plain)
        throws(XLSXError)
    {
        let operation = "set row height"
        let ws = try core.cell(sheet, row, 0, operation)
        guard height.isFinite, (0...409).contains(height) else {
            throw XLSXError(
                .parameterValidation, operation: operation, detail: "height \(height) is outside 0...409",
                location: .init(sheet: sheet.name, row: row))
        }
        let lxwFormat = try core.cellFormat(format, operation)
        try check(
            worksheet_set_row(ws, UInt32(row), height, lxwFormat), operation,
            location: .init(sheet: sheet.name, row: row))
    }

    /// Freezes the rows above `row` and the columns left of `column` (`row: 1, column: 0` keeps the header).
    public mutating func freezePanes(row: Int, column: Int, sheet: Worksheet) throws(XLSXError) {
        let operation = "freeze panes"
        let ws = try core.cell(sheet, row, column, operation)
        worksheet_freeze_panes(ws, UInt32(row), UInt16(column))
    }

    /// Filter buttons on the first row of `range`.
    public mutating func setAutofilter(_ range: CellRange, sheet: Worksheet) throws(XLSXError) {
        let operation = "autofilter"
        let ws = try core.sheet(sheet, operation)
        try Self.validateRange(range, operation, sheet: sheet)
        try check(
            worksheet_autofilter(
                ws, UInt32(range.firstRow), UInt16(range.firstColumn), UInt32(range.lastRow), UInt16(range.lastColumn)),
            operation, location: .init(sheet: sheet.name, row: range.firstRow, column: range.firstColumn))
    }

    /// Merges `range` (two cells or more) and writes `text` into it as a string. In constant-memory
    /// mode only the row being written can be merged; an earlier row throws `.indexOutOfRange`.
    public mutating func merge(_ range: CellRange, text: String, sheet: Worksheet, format: CellFormat = .plain)
        throws(XLSXError)
    {
        let operation = "merge range"
        let ws = try core.sheet(sheet, operation)
        try Self.validateRange(range, operation, sheet: sheet)
        let location = XLSXError.Location(sheet: sheet.name, row: range.firstRow, column: range.firstColumn)
        if range.isSingleCell {
            throw XLSXError(
                .parameterValidation, operation: operation, detail: "cannot merge the single cell \(range.a1)",
                location: location)
        }
        try Self.validateText(text, operation, sheet: sheet, row: range.firstRow, column: range.firstColumn)
        let lxwFormat = try core.cellFormat(format, operation)
        try check(
            worksheet_merge_range(
                ws, UInt32(range.firstRow), UInt16(range.firstColumn), UInt32(range.lastRow), UInt16(range.lastColumn),
                text, lxwFormat),
            operation, location: location)
    }

    /// Hides the grid lines on screen (and in print, where they are off by default anyway).
    public mutating func hideGridlines(sheet: Worksheet) throws(XLSXError) {
        let ws = try core.sheet(sheet, "hide gridlines")
        worksheet_gridlines(ws, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue))
    }

    public mutating func setTabColor(_ color: Color, sheet: Worksheet) throws(XLSXError) {
        let ws = try core.sheet(sheet, "set tab color")
        worksheet_set_tab_color(ws, FormatBuilder.lxwColor(color))
    }

    /// The sheet shown when the workbook opens.
    public mutating func activate(sheet: Worksheet) throws(XLSXError) {
        let ws = try core.sheet(sheet, "activate")
        worksheet_activate(ws)
    }

    public mutating func setPrintSetup(_ setup: PrintSetup, sheet: Worksheet) throws(XLSXError) {
        let operation = "print setup"
        let ws = try core.sheet(sheet, operation)
        let location = XLSXError.Location(sheet: sheet.name)
        for text in [setup.header, setup.footer].compactMap({ $0 }) {
            if text.isEmpty || text.unicodeScalars.count > XLSXLimits.headerFooterLength || text.utf8.contains(0) {
                throw XLSXError(
                    text.isEmpty || text.utf8.contains(0) ? .parameterValidation : .stringLengthExceeded255,
                    operation: operation,
                    detail: "header/footer must be 1...\(XLSXLimits.headerFooterLength) characters",
                    location: location)
            }
        }
        if let rows = setup.repeatRows {
            try Self.validateCell(row: rows.lowerBound, column: 0, operation, sheet: sheet)
            try Self.validateCell(row: rows.upperBound, column: 0, operation, sheet: sheet)
        }
        if let paper = setup.paper, !(0...41).contains(paper.code) {
            throw XLSXError(
                .parameterValidation, operation: operation, detail: "paper index \(paper.code) is outside 0...41",
                location: location)
        }
        if setup.landscape { worksheet_set_landscape(ws) } else { worksheet_set_portrait(ws) }
        // Width 1, height 0: as many pages tall as the rows need.
        if setup.fitToOnePageWide { worksheet_fit_to_pages(ws, 1, 0) }
        if let rows = setup.repeatRows {
            try check(
                worksheet_repeat_rows(ws, UInt32(rows.lowerBound), UInt32(rows.upperBound)), operation,
                location: location)
        }
        if let header = setup.header { try check(worksheet_set_header(ws, header), operation, location: location) }
        if let footer = setup.footer { try check(worksheet_set_footer(ws, footer), operation, location: location) }
        if let paper = setup.paper { worksheet_set_paper(ws, UInt8(paper.code)) }
    }
}
