import XLSXWriter

/// Writes one placed sheet: header; widths, filter, freeze, rules, print set-up and charts; then
/// strictly row by row data, totals and trailer (so constant-memory mode works).
struct SheetWriter {
    let model: WorkbookModel
    let worksheets: [String: Worksheet]

    static let moneyFormat = "#,##0.00"
    static let quantityFormat = "#,##0.000"
    static let integerFormat = "0"
    static let dateFormat = "yyyy-mm-dd"
    static let percentFormat = "0.00%"

    func write(_ sheet: SheetModel, into workbook: inout Workbook) throws(XLSXError) {
        guard let ws = worksheets[sheet.name] else { return }
        let lastColumn = max(sheet.columns.count - 1, 0)
        let header = CellFormat(bold: true, fillColor: .lightGray, border: .thin, wrap: true, verticalAlignment: .center)
        for (c, column) in sheet.columns.enumerated() {
            try workbook.writeText(column.header, sheet: ws, row: 0, column: c, format: header)
        }
        // Sheet-level settings before the data rows: in constant-memory mode libxlsxwriter refuses
        // anything that touches a row already flushed.
        for (c, width) in sheet.columnWidths.enumerated() {
            try workbook.setColumnWidth(Double(width), columns: c...c, sheet: ws)
        }
        try workbook.freezePanes(row: 1, column: 0, sheet: ws)
        let lastDataRow = sheet.rows.count
        try workbook.setAutofilter(CellRange(firstRow: 0, firstColumn: 0, lastRow: lastDataRow, lastColumn: lastColumn), sheet: ws)
        if lastDataRow > 0 {
            let data = CellRange(firstRow: 1, firstColumn: 0, lastRow: lastDataRow, lastColumn: lastColumn)
            if let rule = sheet.highlight {
                try workbook.addConditionalFormat(
                    .formula(Self.formula(rule)), range: data,
                    format: CellFormat(fontColor: .darkRed, fillColor: .lightRed), sheet: ws)
            }
            for (c, column) in sheet.columns.enumerated() where column.kind == .review {
                try workbook.addListValidation(model.reviewChoices, range: .column(c, rows: 1...lastDataRow), sheet: ws)
            }
        }
        try workbook.setPrintSetup(
            PrintSetup(
                landscape: true, fitToOnePageWide: true, repeatRows: 0...0,
                footer: "&L" + Self.escapedFooter(model.footerLeft) + "&R" + model.footerPageFormat, paper: .a4),
            sheet: ws)
        for chart in sheet.charts {
            try workbook.insertChart(
                Chart(
                    kind: chart.kind.writerKind, title: chart.title,
                    series: [
                        Chart.Series(
                            name: chart.seriesName, sheet: ws, categories: range(chart.categories, in: sheet), values: range(chart.values, in: sheet))
                    ]),
                sheet: ws, row: sheet.trailerStartRow, column: chart.anchorColumn)
        }
        for (r, row) in sheet.rows.enumerated() {
            for (c, value) in row.enumerated() {
                try write(value, row: r + 1, column: c, bold: false, sheet: ws, into: &workbook)
            }
        }
        if let totalsRow = sheet.totalsRowIndex {
            for (c, value) in sheet.totalsCells.enumerated() {
                try write(value, row: totalsRow, column: c, bold: true, sheet: ws, into: &workbook)
            }
        }
        for (r, trailer) in sheet.trailer.enumerated() {
            for (c, value) in trailer.cells.enumerated() {
                try write(value, row: sheet.trailerStartRow + r, column: c, bold: trailer.bold, sheet: ws, into: &workbook)
            }
        }
    }

    private func write(
        _ value: CellValue, row: Int, column: Int, bold: Bool, sheet ws: Worksheet, into workbook: inout Workbook
    ) throws(XLSXError) {
        func format(_ numberFormat: String?) -> CellFormat { CellFormat(bold: bold, numberFormat: numberFormat) }
        switch value {
        case .empty:
            return
        case .text(let text):
            try workbook.writeText(text, sheet: ws, row: row, column: column, format: format(nil))
        case .money(let money):
            try workbook.writeNumber(money.doubleValue, sheet: ws, row: row, column: column, format: format(Self.moneyFormat))
        case .quantity(let quantity):
            try workbook.writeNumber(
                quantity.doubleValue, sheet: ws, row: row, column: column, format: format(Self.quantityFormat))
        case .integer(let integer):
            try workbook.writeNumber(Double(integer), sheet: ws, row: row, column: column, format: format(Self.integerFormat))
        case .date(let date):
            try workbook.writeDate(
                year: date.year, month: date.month, day: date.day, sheet: ws, row: row, column: column,
                format: format(Self.dateFormat))
        case .percent(let fraction):
            try workbook.writeNumber(fraction.doubleValue, sheet: ws, row: row, column: column, format: format(Self.percentFormat))
        case .formula(let formula, let stored):
            let result: FormulaResult
            let numberFormat: String?
            switch stored {
            case .money(let m): (result, numberFormat) = (.number(m.doubleValue), Self.moneyFormat)
            case .quantity(let q): (result, numberFormat) = (.number(q.doubleValue), Self.quantityFormat)
            case .integer(let i): (result, numberFormat) = (.number(Double(i)), Self.integerFormat)
            case .text(let t): (result, numberFormat) = (.text(t), nil)
            }
            try workbook.writeFormula(formula, result: result, sheet: ws, row: row, column: column, format: format(numberFormat))
        case .aggregate:
            preconditionFailure("aggregates are resolved by WorkbookPlacement before writing")
        case .link(let target, let text):
            guard let targetSheet = worksheets[target] else {
                try workbook.writeText(text, sheet: ws, row: row, column: column, format: format(nil))
                return
            }
            try workbook.writeLink(to: targetSheet, row: 0, column: 0, text: text, sheet: ws, row: row, column: column)
        }
    }

    /// The conditional-format formula for the first data row (Excel shifts it down the range).
    static func formula(_ rule: HighlightRule) -> String {
        func cell(_ column: Int) -> String { "$" + FormulaReference.columnName(column) + "2" }
        switch rule {
        case .textNotIn(let column, let values):
            let conditions = [cell(column) + "<>\"\""] + values.map { cell(column) + "<>" + FormulaReference.stringLiteral($0) }
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
            return CellRange(firstRow: 0, firstColumn: columns.lowerBound, lastRow: 0, lastColumn: columns.upperBound)
        case .totals(let columns):
            let row = sheet.totalsRowIndex ?? 0
            return CellRange(firstRow: row, firstColumn: columns.lowerBound, lastRow: row, lastColumn: columns.upperBound)
        case .trailer(let rows, let column):
            return .column(column, rows: (sheet.trailerStartRow + rows.lowerBound)...(sheet.trailerStartRow + rows.upperBound))
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
