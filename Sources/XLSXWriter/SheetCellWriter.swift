internal import CXLSXWriter

/// Writes the cells of one sheet from another thread while the workbook's owner goes on with other
/// sheets: the second core writes a big sheet's rows while the first writes the rest.
///
/// Why this is safe with libxlsxwriter 1.1.4: in constant-memory mode a cell write touches only its
/// worksheet (strings are stored inline, not in the shared string table; each sheet streams to its
/// own temporary file) and its format's `xf_index`, which `Workbook.cellWriter` assigns up front so
/// the writer never reaches the workbook's format table. The contract, checked where it can be:
/// the workbook is in constant-memory mode; only this writer writes cells of its sheet until it is
/// done; the workbook is not closed (nor dropped) until every writer has returned.
///
/// Formats are chosen by index into the list given to `Workbook.cellWriter`, so no format is hashed
/// or created per cell.
public struct SheetCellWriter: @unchecked Sendable {
    public let sheet: Worksheet
    let handle: UnsafeMutablePointer<lxw_worksheet>
    /// nil for `.plain`.
    let formats: [UnsafeMutablePointer<lxw_format>?]
    /// `formats.count`, kept beside it so the per-cell check reads no array header.
    let formatCount: Int

    /// Text as a string, never a formula. Empty text writes a blank cell carrying the format.
    public func writeText(_ text: String, row: Int, column: Int, format: Int) throws(XLSXError) {
        try CellCalls.text(text, handle, sheet, row, column, try cell(row, column, format, CellCalls.textOperation))
    }

    /// A finite number.
    public func writeNumber(_ value: Double, row: Int, column: Int, format: Int) throws(XLSXError) {
        try CellCalls.number(
            value, handle, sheet, row, column, try cell(row, column, format, CellCalls.numberOperation))
    }

    /// A calendar date as an Excel serial; `format` should carry a date number format.
    public func writeDate(year: Int, month: Int, day: Int, row: Int, column: Int, format: Int) throws(XLSXError) {
        let lxwFormat = try cell(row, column, format, CellCalls.dateOperation)
        try CellCalls.validateDate(year: year, month: month, day: day, sheet, row, column)
        try CellCalls.date(year: year, month: month, day: day, handle, sheet, row, column, lxwFormat)
    }

    /// A formula (with or without the leading `=`) with its computed result.
    public func writeFormula(
        _ formula: String, result: FormulaResult, row: Int, column: Int, format: Int
    ) throws(XLSXError) {
        let lxwFormat = try cell(row, column, format, CellCalls.formulaOperation)
        try Workbook.validateFormula(
            formula, CellCalls.formulaOperation, location: .init(sheet: sheet.name, row: row, column: column))
        try CellCalls.formula(formula, result: result, handle, sheet, row, column, lxwFormat)
    }

    /// An empty cell that shows its format (a fill or a border).
    public func writeBlank(row: Int, column: Int, format: Int) throws(XLSXError) {
        try CellCalls.blank(handle, sheet, row, column, try cell(row, column, format, CellCalls.blankOperation))
    }

    @inline(__always)
    private func cell(_ row: Int, _ column: Int, _ format: Int, _ operation: String) throws(XLSXError)
        -> UnsafeMutablePointer<lxw_format>?
    {
        try Workbook.validateCell(row: row, column: column, operation, sheet: sheet)
        guard format >= 0, format < formatCount else {
            throw XLSXError(
                .parameterValidation, operation: operation,
                detail: "format \(format) is not one of the writer's \(formatCount) formats",
                location: .init(sheet: sheet.name, row: row, column: column))
        }
        return formats[format]
    }
}

extension Workbook {
    /// A writer for the cells of `sheet` that may run on another thread (see `SheetCellWriter`).
    /// `formats` are every format its cells will use, referred to by index; they are created and
    /// registered here, on the owner's thread. Throws unless the workbook is in constant-memory mode,
    /// where sheets share no state while their cells are written.
    public mutating func cellWriter(for sheet: Worksheet, formats: [CellFormat]) throws(XLSXError)
        -> SheetCellWriter
    {
        let operation = "make a cell writer"
        guard core.options.constantMemory else {
            throw XLSXError(
                .parameterValidation, operation: operation,
                detail: "cells can be written from another thread only in constant-memory mode",
                location: .init(sheet: sheet.name))
        }
        let handle = try core.sheet(sheet, operation)
        var pointers: [UnsafeMutablePointer<lxw_format>?] = []
        pointers.reserveCapacity(formats.count)
        for format in formats {
            let pointer = try core.cellFormat(format, operation)
            // Assign the style index now: done lazily at the first cell, it would write to the
            // workbook's format table from the writer's thread.
            if let pointer { _ = lxw_format_get_xf_index(pointer) }
            pointers.append(pointer)
        }
        return SheetCellWriter(sheet: sheet, handle: handle, formats: pointers, formatCount: pointers.count)
    }
}

/// The C calls behind every cell write, shared by `Workbook` (formats by value, cached) and
/// `SheetCellWriter` (formats by index): the row and column are already checked, the format resolved.
enum CellCalls {
    static let textOperation = "write text"
    static let numberOperation = "write number"
    static let dateOperation = "write date"
    static let formulaOperation = "write formula"
    static let blankOperation = "write blank"

    typealias Sheet = UnsafeMutablePointer<lxw_worksheet>
    typealias Format = UnsafeMutablePointer<lxw_format>

    static func text(
        _ text: String, _ ws: Sheet, _ sheet: Worksheet, _ row: Int, _ column: Int, _ format: Format?
    ) throws(XLSXError) {
        if text.isEmpty {
            try blank(ws, sheet, row, column, format, operation: textOperation)
            return
        }
        try Workbook.validateText(text, textOperation, sheet: sheet, row: row, column: column)
        try check(
            worksheet_write_string(ws, UInt32(row), UInt16(column), text, format), textOperation,
            location: .init(sheet: sheet.name, row: row, column: column))
    }

    static func number(
        _ value: Double, _ ws: Sheet, _ sheet: Worksheet, _ row: Int, _ column: Int, _ format: Format?
    ) throws(XLSXError) {
        try Workbook.validateFinite(value, numberOperation, sheet: sheet, row: row, column: column)
        try check(
            worksheet_write_number(ws, UInt32(row), UInt16(column), value, format), numberOperation,
            location: .init(sheet: sheet.name, row: row, column: column))
    }

    static func validateDate(year: Int, month: Int, day: Int, _ sheet: Worksheet, _ row: Int, _ column: Int)
        throws(XLSXError)
    {
        guard Workbook.isValidDate(year: year, month: month, day: day) else {
            throw XLSXError(
                .parameterValidation, operation: dateOperation,
                detail: "\(year)-\(month)-\(day) is not a date in 1900...9999",
                location: .init(sheet: sheet.name, row: row, column: column))
        }
    }

    /// A date already validated (`validateDate`).
    static func date(
        year: Int, month: Int, day: Int, _ ws: Sheet, _ sheet: Worksheet, _ row: Int, _ column: Int, _ format: Format?
    ) throws(XLSXError) {
        var datetime = lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day), hour: 0, min: 0, sec: 0)
        try check(
            worksheet_write_datetime(ws, UInt32(row), UInt16(column), &datetime, format), dateOperation,
            location: .init(sheet: sheet.name, row: row, column: column))
    }

    /// A formula already validated (`Workbook.validateFormula`), with its result.
    static func formula(
        _ formula: String, result: FormulaResult, _ ws: Sheet, _ sheet: Worksheet, _ row: Int, _ column: Int,
        _ format: Format?
    ) throws(XLSXError) {
        let location = XLSXError.Location(sheet: sheet.name, row: row, column: column)
        switch result {
        case .number(let value):
            try Workbook.validateFinite(value, formulaOperation, sheet: sheet, row: row, column: column)
            try check(
                worksheet_write_formula_num(ws, UInt32(row), UInt16(column), formula, format, value),
                formulaOperation, location: location)
        case .text(let value):
            try Workbook.validateText(value, formulaOperation, sheet: sheet, row: row, column: column)
            try check(
                worksheet_write_formula_str(ws, UInt32(row), UInt16(column), formula, format, value),
                formulaOperation, location: location)
        }
    }

    static func blank(
        _ ws: Sheet, _ sheet: Worksheet, _ row: Int, _ column: Int, _ format: Format?,
        operation: String = blankOperation
    ) throws(XLSXError) {
        try check(
            worksheet_write_blank(ws, UInt32(row), UInt16(column), format), operation,
            location: .init(sheet: sheet.name, row: row, column: column))
    }
}
