import XLSXWriter

/// Writes one placed sheet: title and header; widths, filter, freeze, rules, print set-up and
/// charts; then strictly row by row data, totals and trailer (so constant-memory mode works, and a
/// generated sheet builds each row once, in order, as it is written).
struct SheetWriter {
    let model: WorkbookModel
    let worksheets: [String: Worksheet]
    /// Counts the data rows written, for progress; nil when nobody watches.
    var tally: RowTally? = nil

    static let moneyFormat = "#,##0.00"
    static let quantityFormat = "#,##0.000"
    static let integerFormat = "0"
    static let dateFormat = "yyyy-mm-dd"
    static let percentFormat = "0.00%"
    /// Section rows: a pale blue, lighter than the grey header so the two never read alike.
    static let sectionFill = Color(rgb: 0xDDEBF7)
    static let title = CellFormat(bold: true, fontSize: 14, verticalAlignment: .center)
    static let section = CellFormat(bold: true, fillColor: sectionFill)

    /// The whole sheet, in order: set-up, data rows, totals and trailer.
    func write(_ sheet: SheetModel, into workbook: inout Workbook) throws(XLSXError) {
        guard let ws = worksheets[sheet.name] else { return }
        try setUp(sheet, ws, into: &workbook)
        try writeDataRows(sheet, ws, into: &workbook)
        try writeTotalsAndTrailer(sheet, ws, into: &workbook)
    }

    /// Title and header rows, then everything set per sheet rather than per cell (widths, filter,
    /// freeze, rules, validation, print set-up, charts): before any data row, because in
    /// constant-memory mode libxlsxwriter refuses anything that touches a row already flushed.
    func setUp(_ sheet: SheetModel, _ ws: Worksheet, into workbook: inout Workbook) throws(XLSXError) {
        let lastColumn = max(sheet.columns.count - 1, 0)
        if let title = sheet.title {
            try workbook.setRowHeight(24, row: 0, sheet: ws)
            try workbook.writeText(title, sheet: ws, row: 0, column: 0, format: Self.title)
        }
        let headerRow = sheet.headerRowIndex
        let header = CellFormat(
            bold: true, fillColor: .lightGray, border: .thin, wrap: true, verticalAlignment: .center)
        for (c, column) in sheet.columns.enumerated() {
            try workbook.writeText(column.header, sheet: ws, row: headerRow, column: c, format: header)
        }
        // Sheet-level settings before the data rows: in constant-memory mode libxlsxwriter refuses
        // anything that touches a row already flushed.
        try setWidths(sheet, ws, into: &workbook)
        try workbook.freezePanes(row: headerRow + 1, column: 0, sheet: ws)
        if !sheet.gridlines { try workbook.hideGridlines(sheet: ws) }
        let lastDataRow = headerRow + sheet.rows.count
        if sheet.autofilter {
            try workbook.setAutofilter(
                CellRange(firstRow: headerRow, firstColumn: 0, lastRow: lastDataRow, lastColumn: lastColumn), sheet: ws)
        }
        if !sheet.rows.isEmpty {
            let dataRows = (headerRow + 1)...lastDataRow
            let data = CellRange(
                firstRow: dataRows.lowerBound, firstColumn: 0, lastRow: dataRows.upperBound, lastColumn: lastColumn)
            if let rule = sheet.highlight {
                try workbook.addConditionalFormat(
                    .formula(Self.formula(rule, firstRow: sheet.firstDataRowNumber)), range: data,
                    format: CellFormat(fontColor: .darkRed, fillColor: .lightRed), sheet: ws)
            }
            for (c, column) in sheet.columns.enumerated() where column.kind == .review {
                try workbook.addListValidation(model.reviewChoices, range: .column(c, rows: dataRows), sheet: ws)
            }
        }
        try workbook.setPrintSetup(
            PrintSetup(
                landscape: true, fitToOnePageWide: true, repeatRows: 0...headerRow,
                footer: "&L" + Self.escapedFooter(model.footerLeft) + "&R" + model.footerPageFormat, paper: .a4),
            sheet: ws)
        for chart in sheet.charts {
            try workbook.insertChart(
                Chart(
                    kind: chart.kind.writerKind, title: chart.title,
                    series: [
                        Chart.Series(
                            name: chart.seriesName, sheet: ws, categories: range(chart.categories, in: sheet),
                            values: range(chart.values, in: sheet))
                    ]),
                sheet: ws, row: sheet.trailerStartRow, column: chart.anchorColumn)
        }
    }

    /// The placed column widths (none before placement). Widths touch no row, so libxlsxwriter takes
    /// them after the data rows too, as `OnePassExport` sets them.
    func setWidths(_ sheet: SheetModel, _ ws: Worksheet, into workbook: inout Workbook) throws(XLSXError) {
        for (c, width) in sheet.columnWidths.enumerated() {
            try workbook.setColumnWidth(Double(width), columns: c...c, sheet: ws)
        }
    }

    /// The data rows through the workbook (any sheet, section rows and links included). `each` sees
    /// every row (0-based) as built, before it is written, and may change it.
    func writeDataRows(
        _ sheet: SheetModel, _ ws: Worksheet, into workbook: inout Workbook,
        each: (inout [CellValue], Int) -> Void = { _, _ in }
    ) throws(XLSXError) {
        let headerRow = sheet.headerRowIndex
        let section = Self.section
        let columnCount = sheet.columns.count
        let plain = StyledFormats(.plain)
        for (r, built) in sheet.rows.enumerated() {
            var row = built
            each(&row, r)
            let worksheetRow = headerRow + 1 + r
            if sheet.sectionRows.contains(r) {
                try writeStyled(
                    row, count: columnCount, style: { _ in section }, row: worksheetRow, sheet: ws, into: &workbook)
                continue
            }
            for (c, value) in row.enumerated() {
                try write(value, row: worksheetRow, column: c, formats: plain, sheet: ws, into: &workbook)
            }
            tally?.rowWritten(r)
        }
        tally?.sheetWritten(rows: sheet.rows.count)
    }

    /// The data rows through a cell writer that may run on another thread: plain rows only (no
    /// section rows, no links), each value with the plain style and the number format of its type.
    /// `each` sees every row (0-based) as built, before it is written, and may change it.
    func writeDataRows(
        _ sheet: SheetModel, cells: SheetCellWriter, each: (inout [CellValue], Int) -> Void = { _, _ in }
    ) throws(XLSXError) {
        precondition(sheet.sectionRows.isEmpty, "section rows are written through the workbook")
        let firstRow = sheet.headerRowIndex + 1
        for (r, built) in sheet.rows.enumerated() {
            var row = built
            each(&row, r)
            let worksheetRow = firstRow + r
            for (column, value) in row.enumerated() {
                switch CellCall(value) {
                case .none: continue
                case .text(let text, let kind):
                    try cells.writeText(text, row: worksheetRow, column: column, format: kind.rawValue)
                case .number(let number, let kind):
                    try cells.writeNumber(number, row: worksheetRow, column: column, format: kind.rawValue)
                case .date(let date):
                    try cells.writeDate(
                        year: date.year, month: date.month, day: date.day, row: worksheetRow, column: column,
                        format: NumberKind.date.rawValue)
                case .formula(let formula, let result, let kind):
                    try cells.writeFormula(
                        formula, result: result, row: worksheetRow, column: column, format: kind.rawValue)
                case .link:
                    preconditionFailure("links are written through the workbook")
                }
            }
            tally?.rowWritten(r)
        }
        tally?.sheetWritten(rows: sheet.rows.count)
    }

    /// The formats `writeDataRows(_:cells:)` refers to, by `NumberKind.rawValue`.
    static var dataRowFormats: [CellFormat] { StyledFormats(.plain).all }

    /// The totals row (bold) and the rows after the table.
    func writeTotalsAndTrailer(_ sheet: SheetModel, _ ws: Worksheet, into workbook: inout Workbook) throws(XLSXError) {
        let section = Self.section
        let columnCount = sheet.columns.count
        if let totalsRow = sheet.totalsRowIndex {
            let bold = StyledFormats(CellFormat(bold: true))
            for (c, value) in sheet.totalsCells.enumerated() {
                try write(value, row: totalsRow, column: c, formats: bold, sheet: ws, into: &workbook)
            }
        }
        for (r, trailer) in sheet.trailer.enumerated() {
            let worksheetRow = sheet.trailerStartRow + r
            if let height = trailer.height { try workbook.setRowHeight(height, row: worksheetRow, sheet: ws) }
            let count = trailer.section ? max(columnCount, trailer.cells.count) : trailer.cells.count
            try writeStyled(
                trailer.cells, count: max(count, (trailer.boxedColumns?.upperBound ?? -1) + 1),
                style: { c in
                    var style = trailer.section ? section : CellFormat(bold: trailer.bold)
                    if trailer.boxedColumns?.contains(c) == true { style.border = .thin }
                    // In a tall row the label lines up with the middle of its box, not the bottom.
                    if trailer.height != nil { style.verticalAlignment = .center }
                    return style
                }, row: worksheetRow, sheet: ws, into: &workbook)
        }
    }

    /// Writes `count` cells of a row, each with its style; an empty cell with a fill or a box still
    /// gets a blank cell so that they show.
    private func writeStyled(
        _ cells: [CellValue], count: Int, style: (Int) -> CellFormat, row: Int, sheet ws: Worksheet,
        into workbook: inout Workbook
    ) throws(XLSXError) {
        for c in 0..<count {
            let value = c < cells.count ? cells[c] : .empty
            let format = style(c)
            if value == .empty {
                if format.fillColor != nil || format.border != nil {
                    try workbook.writeBlank(sheet: ws, row: row, column: c, format: format)
                }
            } else {
                try write(value, row: row, column: c, style: format, sheet: ws, into: &workbook)
            }
        }
    }

    /// A style with each number format a value type needs, made once per style rather than per cell.
    struct StyledFormats {
        let text: CellFormat
        let money: CellFormat
        let quantity: CellFormat
        let integer: CellFormat
        let date: CellFormat
        let percent: CellFormat

        init(_ style: CellFormat) {
            func with(_ numberFormat: String?) -> CellFormat {
                var format = style
                format.numberFormat = numberFormat
                return format
            }
            text = with(nil)
            money = with(SheetWriter.moneyFormat)
            quantity = with(SheetWriter.quantityFormat)
            integer = with(SheetWriter.integerFormat)
            date = with(SheetWriter.dateFormat)
            percent = with(SheetWriter.percentFormat)
        }

        /// In `NumberKind` order.
        var all: [CellFormat] { [text, money, quantity, integer, date, percent] }

        func format(_ kind: NumberKind) -> CellFormat {
            switch kind {
            case .text: return text
            case .money: return money
            case .quantity: return quantity
            case .integer: return integer
            case .date: return date
            case .percent: return percent
            }
        }
    }

    /// Writes one value with `style` plus the number format its type needs.
    private func write(
        _ value: CellValue, row: Int, column: Int, style: CellFormat, sheet ws: Worksheet, into workbook: inout Workbook
    ) throws(XLSXError) {
        try write(value, row: row, column: column, formats: StyledFormats(style), sheet: ws, into: &workbook)
    }

    /// Writes one value with the prepared formats of its row's style.
    private func write(
        _ value: CellValue, row: Int, column: Int, formats: StyledFormats, sheet ws: Worksheet,
        into workbook: inout Workbook
    ) throws(XLSXError) {
        switch CellCall(value) {
        case .none:
            return
        case .text(let text, let kind):
            try workbook.writeText(text, sheet: ws, row: row, column: column, format: formats.format(kind))
        case .number(let number, let kind):
            try workbook.writeNumber(number, sheet: ws, row: row, column: column, format: formats.format(kind))
        case .date(let date):
            try workbook.writeDate(
                year: date.year, month: date.month, day: date.day, sheet: ws, row: row, column: column,
                format: formats.date)
        case .formula(let formula, let result, let kind):
            try workbook.writeFormula(
                formula, result: result, sheet: ws, row: row, column: column, format: formats.format(kind))
        case .link(let target, let text):
            guard let targetSheet = worksheets[target] else {
                try workbook.writeText(text, sheet: ws, row: row, column: column, format: formats.text)
                return
            }
            try workbook.writeLink(to: targetSheet, row: 0, column: 0, text: text, sheet: ws, row: row, column: column)
        }
    }

    /// The conditional-format formula for the first data row, 1-based `firstRow` (Excel shifts it
    /// down the range).
    static func formula(_ rule: HighlightRule, firstRow: Int = 2) -> String {
        func cell(_ column: Int) -> String { "$" + FormulaReference.columnName(column) + String(firstRow) }
        switch rule {
        case .textNotIn(let column, let values):
            let conditions =
                [cell(column) + "<>\"\""] + values.map { cell(column) + "<>" + FormulaReference.stringLiteral($0) }
            return "=AND(" + conditions.joined(separator: ",") + ")"
        case .positive(let column):
            return "=N(" + cell(column) + ")>0"
        case .bothPositive(let a, let b):
            return "=AND(N(" + cell(a) + ")>0,N(" + cell(b) + ")>0)"
        case .notEmpty(let column):
            return "=" + cell(column) + "<>\"\""
        case .empty(let column):
            return "=" + cell(column) + "=\"\""
        }
    }

    /// `&` starts a code in Excel headers and footers: a literal one is written twice.
    static func escapedFooter(_ text: String) -> String { FormulaReference.doubling("&", in: text) }

    private func range(_ range: ChartModel.Range, in sheet: SheetModel) -> CellRange {
        switch range {
        case .header(let columns):
            let row = sheet.headerRowIndex
            return CellRange(
                firstRow: row, firstColumn: columns.lowerBound, lastRow: row, lastColumn: columns.upperBound)
        case .totals(let columns):
            let row = sheet.totalsRowIndex ?? 0
            return CellRange(
                firstRow: row, firstColumn: columns.lowerBound, lastRow: row, lastColumn: columns.upperBound)
        case .trailer(let rows, let column):
            return .column(
                column, rows: (sheet.trailerStartRow + rows.lowerBound)...(sheet.trailerStartRow + rows.upperBound))
        }
    }
}

extension ChartModel.Kind {
    var writerKind: Chart.Kind {
        switch self {
        case .column: return .column
        case .bar: return .bar
        case .pie: return .pie
        }
    }
}
