internal import CXLSXWriter

/// A formula's result as computed by the caller, stored so readers that do not recalculate
/// (openpyxl, pandas, LibreOffice by default) see the right value instead of libxlsxwriter's 0.
public enum FormulaResult: Hashable, Sendable {
    case number(Double)
    case text(String)
}

extension Workbook {
    /// Writes `text` as a string, never as a formula, whatever it starts with.
    ///
    /// An empty string writes a blank cell carrying `format` (nothing at all for `.plain`), because
    /// libxlsxwriter stores no cell for "". Text longer than `XLSXLimits.textLength` code points
    /// (libxlsxwriter's count) throws `.maxStringLengthExceeded`; cut it with `XLSXLimits.fittingCell`.
    public mutating func writeText(
        _ text: String, sheet: Worksheet, row: Int, column: Int, format: CellFormat = .plain
    ) throws(XLSXError) {
        let operation = CellCalls.textOperation
        let ws = try core.cell(sheet, row, column, operation)
        try CellCalls.text(text, ws, sheet, row, column, try core.cellFormat(format, operation))
    }

    /// Writes a finite number (NaN and infinities would produce a file Excel must repair).
    public mutating func writeNumber(
        _ value: Double, sheet: Worksheet, row: Int, column: Int, format: CellFormat = .plain
    ) throws(XLSXError) {
        let operation = CellCalls.numberOperation
        let ws = try core.cell(sheet, row, column, operation)
        try CellCalls.number(value, ws, sheet, row, column, try core.cellFormat(format, operation))
    }

    /// Writes a calendar date as an Excel serial number (1900 epoch). When `format` has no number
    /// format, `CellFormat.defaultDateFormat` (`yyyy-mm-dd`) is added so the cell shows a date.
    public mutating func writeDate(
        year: Int, month: Int, day: Int, sheet: Worksheet, row: Int, column: Int, format: CellFormat = .plain
    ) throws(XLSXError) {
        let operation = CellCalls.dateOperation
        let ws = try core.cell(sheet, row, column, operation)
        try CellCalls.validateDate(year: year, month: month, day: day, sheet, row, column)
        var dateFormat = format
        if dateFormat.numberFormat == nil { dateFormat.numberFormat = CellFormat.defaultDateFormat }
        try CellCalls.date(
            year: year, month: month, day: day, ws, sheet, row, column, try core.cellFormat(dateFormat, operation))
    }

    public mutating func writeBoolean(
        _ value: Bool, sheet: Worksheet, row: Int, column: Int, format: CellFormat = .plain
    ) throws(XLSXError) {
        let operation = "write boolean"
        let ws = try core.cell(sheet, row, column, operation)
        let lxwFormat = try core.cellFormat(format, operation)
        try check(
            worksheet_write_boolean(ws, UInt32(row), UInt16(column), value ? 1 : 0, lxwFormat), operation,
            location: .init(sheet: sheet.name, row: row, column: column))
    }

    /// A cell with a format and no value (borders or fill in an empty cell). `.plain` writes nothing.
    public mutating func writeBlank(sheet: Worksheet, row: Int, column: Int, format: CellFormat) throws(XLSXError) {
        let operation = CellCalls.blankOperation
        let ws = try core.cell(sheet, row, column, operation)
        try CellCalls.blank(ws, sheet, row, column, try core.cellFormat(format, operation))
    }

    /// Writes a formula (with or without the leading `=`) together with its computed result.
    public mutating func writeFormula(
        _ formula: String, result: FormulaResult, sheet: Worksheet, row: Int, column: Int, format: CellFormat = .plain
    ) throws(XLSXError) {
        let operation = CellCalls.formulaOperation
        let ws = try core.cell(sheet, row, column, operation)
        try Self.validateFormula(
            formula, operation, location: .init(sheet: sheet.name, row: row, column: column))
        try CellCalls.formula(formula, result: result, ws, sheet, row, column, try core.cellFormat(format, operation))
    }

    /// A link to a cell of another (or the same) sheet, shown as `text`. With `.plain` the cell gets
    /// libxlsxwriter's default hyperlink style (blue, underlined).
    public mutating func writeLink(
        to target: Worksheet, row targetRow: Int, column targetColumn: Int, text: String,
        sheet: Worksheet, row: Int, column: Int, format: CellFormat = .plain
    ) throws(XLSXError) {
        let operation = "write link"
        let location = XLSXError.Location(sheet: sheet.name, row: row, column: column)
        let ws = try core.cell(sheet, row, column, operation)
        _ = try core.sheet(target, operation)
        try Self.validateCell(row: targetRow, column: targetColumn, operation, sheet: target)
        if text.isEmpty {
            throw XLSXError(
                .parameterValidation, operation: operation, detail: "the link text is empty", location: location)
        }
        try Self.validateText(text, operation, sheet: sheet, row: row, column: column)
        let url =
            "internal:" + CellReference.quotedSheet(target.name) + "!"
            + CellReference.a1(row: targetRow, column: targetColumn)
        let lxwFormat = try core.cellFormat(format, operation)
        try check(
            worksheet_write_url_opt(ws, UInt32(row), UInt16(column), url, lxwFormat, text, nil), operation,
            location: location)
    }
}

extension Workbook {
    static func validateCell(row: Int, column: Int, _ operation: String, sheet: Worksheet) throws(XLSXError) {
        guard (0..<XLSXLimits.rows).contains(row), (0..<XLSXLimits.columns).contains(column) else {
            throw XLSXError(
                .indexOutOfRange, operation: operation,
                detail: "row \(row), column \(column); rows 0..<\(XLSXLimits.rows), columns 0..<\(XLSXLimits.columns)",
                location: .init(sheet: sheet.name, row: row, column: column))
        }
    }

    static func validateRange(_ range: CellRange, _ operation: String, sheet: Worksheet) throws(XLSXError) {
        try validateCell(row: range.firstRow, column: range.firstColumn, operation, sheet: sheet)
        try validateCell(row: range.lastRow, column: range.lastColumn, operation, sheet: sheet)
        guard range.firstRow <= range.lastRow, range.firstColumn <= range.lastColumn else {
            throw XLSXError(
                .parameterValidation, operation: operation, detail: "range \(range.a1) is reversed",
                location: .init(sheet: sheet.name, row: range.firstRow, column: range.firstColumn))
        }
    }

    /// Same count as libxlsxwriter (`lxw_utf8_strlen`: code points); a NUL would silently cut the C string.
    static func validateText(_ text: String, _ operation: String, sheet: Worksheet, row: Int, column: Int)
        throws(XLSXError)
    {
        let bytes = text.utf8.count
        // Fast path: a string of at most 32,767 bytes cannot have more code points than that.
        if bytes > XLSXLimits.textLength {
            let length = XLSXLimits.textLength(of: text)
            if length > XLSXLimits.textLength {
                throw XLSXError(
                    .maxStringLengthExceeded, operation: operation, detail: "\(length) characters",
                    location: .init(sheet: sheet.name, row: row, column: column))
            }
        }
        // Over the contiguous UTF-8 of a native string: a generic walk of `utf8` cost 1% of a big
        // month's writing thread.
        if text.utf8.withContiguousStorageIfAvailable({ $0.contains(0) }) ?? text.utf8.contains(0) {
            throw XLSXError(
                .parameterValidation, operation: operation, detail: "the text contains a NUL character",
                location: .init(sheet: sheet.name, row: row, column: column))
        }
    }

    static func validateFinite(_ value: Double, _ operation: String, sheet: Worksheet, row: Int, column: Int)
        throws(XLSXError)
    {
        guard value.isFinite else {
            throw XLSXError(
                .parameterValidation, operation: operation, detail: "\(value) is not a finite number",
                location: .init(sheet: sheet.name, row: row, column: column))
        }
    }

    /// Excel's formula limit is 8,192 characters; an empty formula (or a bare `=`) makes a broken cell.
    static func validateFormula(_ formula: String, _ operation: String, location: XLSXError.Location) throws(XLSXError)
    {
        let body = formula.hasPrefix("=") ? formula.dropFirst() : Substring(formula)
        if body.allSatisfy(\.isWhitespace) {
            throw XLSXError(
                .parameterValidation, operation: operation, detail: "the formula is empty", location: location)
        }
        if formula.unicodeScalars.count > 8192 || formula.utf8.contains(0) {
            throw XLSXError(
                .parameterValidation, operation: operation,
                detail: "the formula is over 8,192 characters or contains NUL",
                location: location)
        }
    }

    static func isValidDate(year: Int, month: Int, day: Int) -> Bool {
        guard (1900...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}

extension WorkbookCore {
    /// The sheet for a cell write, after the row/column check that must happen before any C call.
    @inline(__always)
    func cell(_ worksheet: Worksheet, _ row: Int, _ column: Int, _ operation: String) throws(XLSXError)
        -> UnsafeMutablePointer<lxw_worksheet>
    {
        let ws = try sheet(worksheet, operation)
        try Workbook.validateCell(row: row, column: column, operation, sheet: worksheet)
        return ws
    }
}
