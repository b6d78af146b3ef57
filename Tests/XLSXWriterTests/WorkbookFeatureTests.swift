import Foundation
import Testing

@testable import XLSXWriter

/// Writes one workbook with every feature of the wrapper and checks it through openpyxl.
@Suite("Workbook features read back by openpyxl")
struct WorkbookFeatureTests {
    static let created: Int64 = 1_793_521_800  // 2026-11-01T08:30:00Z
    static let header = CellFormat(
        bold: true, fillColor: Color(rgb: 0xDDEBF7), border: .thin, horizontalAlignment: .center)
    static let amount = CellFormat(numberFormat: "#,##0.00")
    static let highlight = CellFormat(bold: true, fillColor: .lightRed)

    /// The sample content used by the feature and determinism tests.
    static func writeSample(to path: String, options: Workbook.Options = .init()) throws {
        var wb = try Workbook(path: path, options: options)
        let summary = try wb.addWorksheet("汇总 Summary")
        let data = try wb.addWorksheet("Data")

        // Sheet set-up first, data after: in constant-memory mode autofilter, merge and row heights
        // can only touch rows not yet flushed.
        try wb.setColumnWidth(18, columns: 0...0, sheet: data)
        try wb.setColumnWidth(12, columns: 1...2, sheet: data, format: amount)
        try wb.freezePanes(row: 1, column: 0, sheet: data)
        try wb.setAutofilter(CellRange(firstRow: 0, firstColumn: 0, lastRow: 3, lastColumn: 5), sheet: data)
        try wb.addConditionalFormat(
            .cell(.greaterThan, 100), range: .column(1, rows: 1...3), format: highlight, sheet: data)
        try wb.addConditionalFormat(
            .textContains("query"), range: .column(4, rows: 1...3), format: CellFormat(fillColor: .lightYellow),
            sheet: data)
        try wb.addConditionalFormat(
            .formula("=$D2=FALSE"), range: CellRange(firstRow: 1, firstColumn: 0, lastRow: 3, lastColumn: 5),
            format: CellFormat(fontColor: .darkRed), sheet: data)
        try wb.addListValidation(["确认", "有疑问", "需调整"], range: .column(5, rows: 1...3), sheet: data)
        try wb.setPrintSetup(
            PrintSetup(
                landscape: true, fitToOnePageWide: true, repeatRows: 0...0, footer: "&L2026-10&RPage &P of &N",
                paper: .a4),
            sheet: data)
        try wb.hideGridlines(sheet: data)
        try wb.setTabColor(Color(rgb: 0x00B050), sheet: data)

        let headers = ["Item", "Amount", "Date", "Flag", "Note", "Review"]
        for (column, title) in headers.enumerated() {
            try wb.writeText(title, sheet: data, row: 0, column: column, format: header)
        }
        let rows: [(String, Double, (Int, Int, Int), Bool, String)] = [
            ("Rent", 120.5, (2026, 10, 1), true, "=SUM(A1)"),
            ("Food", 80.25, (2026, 10, 15), false, "+86 query"),
            ("Travel", 3000, (2026, 10, 31), true, ""),
        ]
        for (offset, row) in rows.enumerated() {
            let r = offset + 1
            try wb.writeText(row.0, sheet: data, row: r, column: 0)
            try wb.writeNumber(row.1, sheet: data, row: r, column: 1, format: amount)
            try wb.writeDate(year: row.2.0, month: row.2.1, day: row.2.2, sheet: data, row: r, column: 2)
            try wb.writeBoolean(row.3, sheet: data, row: r, column: 3)
            try wb.writeText(row.4, sheet: data, row: r, column: 4, format: CellFormat(wrap: true))
            try wb.writeBlank(sheet: data, row: r, column: 5, format: CellFormat(border: .thin))
        }
        try wb.writeText("Total", sheet: data, row: 4, column: 0, format: CellFormat(bold: true))
        try wb.writeFormula("=SUM(B2:B4)", result: .number(3200.75), sheet: data, row: 4, column: 1, format: amount)
        try wb.writeFormula("A2&\"x\"", result: .text("Rentx"), sheet: data, row: 4, column: 4)
        try wb.setRowHeight(30, row: 6, sheet: data)
        try wb.merge(
            CellRange(firstRow: 6, firstColumn: 0, lastRow: 6, lastColumn: 2), text: "Prepared by",
            sheet: data, format: CellFormat(italic: true, fontColor: .darkRed, fontSize: 14, verticalAlignment: .center)
        )

        try wb.writeText("Period", sheet: summary, row: 0, column: 0, format: header)
        try wb.writeText("2026-10", sheet: summary, row: 0, column: 1)
        try wb.writeLink(to: data, row: 4, column: 1, text: "Total on Data", sheet: summary, row: 1, column: 0)
        try wb.writeFormula("=Total", result: .number(3200.75), sheet: summary, row: 1, column: 1, format: amount)
        let categories = CellRange.column(0, rows: 1...3)
        let values = CellRange.column(1, rows: 1...3)
        let series = Chart.Series(name: "Amount", sheet: data, categories: categories, values: values)
        try wb.insertChart(
            Chart(kind: .column, title: "By item", xAxisName: "Item", yAxisName: "CNY", series: [series]),
            sheet: summary, row: 3, column: 0)
        try wb.insertChart(
            Chart(kind: .bar, title: "By item (bar)", series: [series]), sheet: summary, row: 3, column: 8)
        try wb.insertChart(Chart(kind: .pie, title: "Share", series: [series]), sheet: summary, row: 20, column: 0)

        try wb.defineName("Total", formula: "=Data!$B$5")
        try wb.setProperties(
            DocumentProperties(
                title: "Month-end 2026-10", subject: "Reconciliation", author: "Finance", company: "Example Co",
                comments: "generated", created: created))
        try wb.activate(sheet: summary)
        try wb.close()
    }

    @Test(arguments: [false, true])
    func everyFeatureReadsBack(constantMemory: Bool) throws {
        let folder = try TemporaryFolder()
        let file = folder.file("features.xlsx")
        try Self.writeSample(to: file.path, options: .init(constantMemory: constantMemory, tmpdir: folder.url.path))
        let json = try OpenpyxlReader.read(file)

        #expect(json["sheets"] as? [String] == ["汇总 Summary", "Data"])
        #expect(json["active"] as? String == "汇总 Summary")
        #expect(json["defined_names"] as? [String: String] == ["Total": "Data!$B$5"])
        #expect(json["properties", "title"] as? String == "Month-end 2026-10")
        #expect(json["properties", "subject"] as? String == "Reconciliation")
        #expect(json["properties", "creator"] as? String == "Finance")
        #expect(json["properties", "description"] as? String == "generated")
        #expect(json["properties", "created"] as? String == "2026-11-01T08:30:00")

        func cell(_ sheet: String, _ ref: String, _ key: String) -> Any? {
            json["worksheets", sheet, "cells", ref, key]
        }
        let d = "Data"
        // Header row: bold, filled, bordered, centred.
        for (ref, title) in zip(
            ["A1", "B1", "C1", "D1", "E1", "F1"], ["Item", "Amount", "Date", "Flag", "Note", "Review"])
        {
            #expect(cell(d, ref, "value") as? String == title)
            #expect(cell(d, ref, "bold") as? Bool == true)
            #expect(cell(d, ref, "fill") as? String == "FFDDEBF7")
            #expect(cell(d, ref, "border_left") as? String == "thin")
            #expect(cell(d, ref, "horizontal") as? String == "center")
        }
        #expect(cell(d, "A2", "value") as? String == "Rent")
        #expect(cell(d, "A2", "bold") as? Bool == false)
        #expect(cell(d, "B2", "value") as? Double == 120.5)
        #expect(cell(d, "B3", "value") as? Double == 80.25)
        #expect(cell(d, "B4", "value") as? Double == 3000)
        #expect(cell(d, "B4", "type") as? String == "int")
        #expect(cell(d, "B2", "number_format") as? String == "#,##0.00")
        #expect(cell(d, "C2", "value") as? String == "2026-10-01T00:00:00")
        #expect(cell(d, "C3", "value") as? String == "2026-10-15T00:00:00")
        #expect(cell(d, "C4", "value") as? String == "2026-10-31T00:00:00")
        #expect(cell(d, "C4", "type") as? String == "datetime")
        #expect(cell(d, "C4", "number_format") as? String == "yyyy-mm-dd")
        #expect(cell(d, "D2", "type") as? String == "bool")
        #expect(cell(d, "D2", "value") as? Bool == true)
        #expect(cell(d, "D3", "value") as? Bool == false)
        // Text that looks like a formula stays text.
        #expect(cell(d, "E2", "value") as? String == "=SUM(A1)")
        #expect(cell(d, "E2", "type") as? String == "str")
        #expect(cell(d, "E2", "cached") == nil)
        #expect(cell(d, "E2", "wrap") as? Bool == true)
        #expect(cell(d, "E3", "value") as? String == "+86 query")
        // Empty text: a blank cell that keeps its format.
        #expect(cell(d, "E4", "type") as? String == "NoneType")
        #expect(cell(d, "E4", "wrap") as? Bool == true)
        #expect(cell(d, "F3", "type") as? String == "NoneType")
        #expect(cell(d, "F3", "border_left") as? String == "thin")
        // Formulas as written, with the results stored for readers that do not recalculate.
        #expect(cell(d, "B5", "value") as? String == "=SUM(B2:B4)")
        #expect(cell(d, "B5", "cached") as? Double == 3200.75)
        #expect(cell(d, "B5", "number_format") as? String == "#,##0.00")
        #expect(cell(d, "E5", "value") as? String == "=A2&\"x\"")
        #expect(cell(d, "E5", "cached") as? String == "Rentx")
        #expect(cell(d, "A7", "value") as? String == "Prepared by")
        #expect(cell(d, "A7", "italic") as? Bool == true)
        #expect(cell(d, "A7", "font_color") as? String == "FF9C0006")
        #expect(cell(d, "A7", "font_size") as? Double == 14)
        #expect(cell(d, "A7", "vertical") as? String == "center")

        let sheet = json["worksheets", d] as? [String: Any] ?? [:]
        #expect(sheet["freeze_panes"] as? String == "A2")
        #expect(sheet["auto_filter"] as? String == "A1:F4")
        #expect(sheet["merged"] as? [String] == ["A7:C7"])
        #expect(sheet["column_widths", "A", "width"] as? Double == 18.7109375)
        #expect(sheet["column_widths", "B", "min"] as? Int == 2)
        #expect(sheet["column_widths", "B", "max"] as? Int == 3)
        #expect(sheet["column_widths", "B", "width"] as? Double == 12.7109375)
        #expect(sheet["row_heights", "7"] as? Double == 30)
        let validations = sheet["validations"] as? [[String: Any]] ?? []
        #expect(validations.count == 1)
        #expect(validations.first?["type"] as? String == "list")
        #expect(validations.first?["formula1"] as? String == "\"确认,有疑问,需调整\"")
        #expect(validations.first?["sqref"] as? String == "F2:F4")
        let rules = (sheet["conditional_formats"] as? [[String: Any]] ?? []).sorted {
            ($0["range"] as? String ?? "") < ($1["range"] as? String ?? "")
        }
        #expect(rules.map { $0["range"] as? String } == ["A2:F4", "B2:B4", "E2:E4"])
        #expect(rules.map { $0["type"] as? String } == ["expression", "cellIs", "containsText"])
        #expect(rules[0]["formula"] as? [String] == ["$D2=FALSE"])
        #expect(rules[0]["font_color"] as? String == "FF9C0006")
        #expect(rules[1]["operator"] as? String == "greaterThan")
        #expect(rules[1]["formula"] as? [String] == ["100"])
        #expect(rules[1]["fill"] as? String == "FFFFC7CE")
        #expect(rules[1]["bold"] as? Bool == true)
        #expect(rules[2]["text"] as? String == "query")
        #expect(rules[2]["fill"] as? String == "FFFFEB9C")
        #expect(sheet["orientation"] as? String == "landscape")
        #expect(sheet["paper_size"] as? Int == 9)
        #expect(sheet["fit_to_page"] as? Bool == true)
        #expect(sheet["fit_to_width"] as? Int == 1)
        #expect(sheet["fit_to_height"] as? Int == 0)
        #expect(sheet["print_title_rows"] as? String == "$1:$1")
        #expect(sheet["footer", "left"] as? String == "2026-10")
        #expect(sheet["footer", "right"] as? String == "Page &P of &N")
        #expect(sheet["show_gridlines"] as? Bool == false)
        #expect(sheet["tab_color"] as? String == "FF00B050")
        #expect(sheet["charts"] as? Int == 0)

        let s = "汇总 Summary"
        #expect(cell(s, "A2", "value") as? String == "Total on Data")
        #expect(cell(s, "A2", "hyperlink_location") as? String == "'Data'!B5")
        #expect(cell(s, "B2", "value") as? String == "=Total")
        #expect(cell(s, "B2", "cached") as? Double == 3200.75)
        #expect(json["worksheets", s, "charts"] as? Int == 3)
        #expect(json["worksheets", s, "chart_types"] as? [String] == ["BarChart:col", "BarChart:bar", "PieChart"])
        #expect(json["worksheets", s, "freeze_panes"] == nil || json["worksheets", s, "freeze_panes"] is NSNull)
    }

    /// Equal CellFormat values share one lxw_format: formats are created per distinct value, not per cell.
    @Test func formatsAreCreatedOncePerDistinctValue() throws {
        let folder = try TemporaryFolder()
        var wb = try Workbook(path: folder.file("formats.xlsx").path)
        let sheet = try wb.addWorksheet("S")
        for row in 0..<500 {
            try wb.writeNumber(Double(row), sheet: sheet, row: row, column: 0, format: Self.amount)
            try wb.writeText("x", sheet: sheet, row: row, column: 1, format: Self.header)
            try wb.writeText("y", sheet: sheet, row: row, column: 2)
        }
        try wb.addConditionalFormat(
            .cell(.lessThan, 0), range: .column(0, rows: 0...499), format: Self.amount, sheet: sheet)
        #expect(wb.core.cellFormats.count == 2)
        #expect(wb.core.conditionalFormats.count == 1)
        try wb.close()
    }
}
