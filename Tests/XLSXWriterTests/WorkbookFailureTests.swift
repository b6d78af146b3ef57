import Foundation
import Testing

@testable import XLSXWriter

/// Inputs Excel or libxlsxwriter 1.1.4 would reject are thrown as `XLSXError` with the mapped code,
/// libxlsxwriter's message and the location, before any C call where 1.1.4 would misbehave.
@Suite("Workbook failures")
struct WorkbookFailureTests {
    /// Runs `body` on the workbook (passed inout: closures must not capture a ~Copyable value).
    static func error(_ wb: inout Workbook, _ body: (inout Workbook) throws(XLSXError) -> Void) -> XLSXError? {
        do {
            try body(&wb)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("", XLSXError.Code.parameterValidation),
        (String(repeating: "a", count: 32), .sheetNameLengthExceeded),
        (String(repeating: "ä", count: 32), .sheetNameLengthExceeded),
        ("Jan/Feb", .invalidSheetNameCharacter),
        ("a[b", .invalidSheetNameCharacter),
        ("a]b", .invalidSheetNameCharacter),
        ("a:b", .invalidSheetNameCharacter),
        ("a*b", .invalidSheetNameCharacter),
        ("a?b", .invalidSheetNameCharacter),
        ("a\\b", .invalidSheetNameCharacter),
        ("'quoted", .sheetNameStartEndApostrophe),
        ("quoted'", .sheetNameStartEndApostrophe),
        ("data", .sheetNameAlreadyUsed),
        ("übersicht", .sheetNameAlreadyUsed),
    ])
    func badSheetNames(name: String, code: XLSXError.Code) throws {
        let folder = try TemporaryFolder()
        var wb = try Workbook(path: folder.file("names.xlsx").path)
        _ = try wb.addWorksheet("Data")
        _ = try wb.addWorksheet("Übersicht")
        let error = Self.error(&wb) { (wb: inout Workbook) throws(XLSXError) in _ = try wb.addWorksheet(name) }
        #expect(error?.code == code)
        #expect(error?.sheet == name)
        #expect(error?.message == code.description)
        #expect(wb.worksheets.count == 2)
    }

    @Test func sheetNameLimitsCountCodePoints() throws {
        let folder = try TemporaryFolder()
        var wb = try Workbook(path: folder.file("names.xlsx").path)
        let ascii = try wb.addWorksheet(String(repeating: "a", count: 31))
        let wide = try wb.addWorksheet(String(repeating: "ä", count: 31))
        let cjk = try wb.addWorksheet("Übersicht 'März' 月")
        #expect([ascii.index, wide.index, cjk.index] as [Int] == [0, 1, 2])
        #expect(wb.worksheet(named: "ÜBERSICHT 'MÄRZ' 月") == cjk)
        try wb.close()
    }

    @Test func messagesComeFromLibxlsxwriter() {
        #expect(
            XLSXError.Code.sheetNameLengthExceeded.description
                == "Worksheet name exceeds Excel's limit of 31 characters.")
        #expect(
            XLSXError.Code.maxStringLengthExceeded.description == "String exceeds Excel's limit of 32,767 characters.")
        #expect(XLSXError.Code.indexOutOfRange.description == "Worksheet row or column index out of range.")
        // The codes follow the linked 1.1.4 numbering (later versions insert PARAMETER_IS_EMPTY before 14).
        #expect(XLSXError.Code.sheetNameLengthExceeded.rawValue == 14)
        #expect(XLSXError.Code.indexOutOfRange.rawValue == 23)
    }

    @Test func textOverTheCellLimit() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("long.xlsx")
        var wb = try Workbook(path: file.path)
        let sheet = try wb.addWorksheet("Data")
        let error = Self.error(&wb) { (wb: inout Workbook) throws(XLSXError) in
            try wb.writeText(String(repeating: "a", count: 32_768), sheet: sheet, row: 6, column: 1)
        }
        #expect(error?.code == .maxStringLengthExceeded)
        #expect(error?.location == XLSXError.Location(sheet: "Data", row: 6, column: 1))
        #expect(
            error?.description
                == "Data!B7: write text: String exceeds Excel's limit of 32,767 characters. (32768 characters)")
        // libxlsxwriter counts code points: 32,767 three-byte characters fit.
        let longest = String(repeating: "月", count: 32_767)
        try wb.writeText(longest, sheet: sheet, row: 0, column: 0)
        #expect(XLSXLimits.fittingCell(longest + "x") == Substring(longest))
        let cut = Self.error(&wb) { (wb: inout Workbook) throws(XLSXError) in
            try wb.writeText(longest + "x", sheet: sheet, row: 1, column: 0)
        }
        #expect(cut?.code == .maxStringLengthExceeded)
        try wb.close()
        let json = try OpenpyxlReader.read(file)
        #expect((json["worksheets", "Data", "cells", "A1", "value"] as? String)?.count == 32_767)
        #expect(json["worksheets", "Data", "cells", "A2"] == nil)
    }

    @Test(arguments: [(1_048_576, 0), (0, 16_384), (-1, 0), (0, -1)])
    func cellOutOfRange(row: Int, column: Int) throws {
        let folder = try TemporaryFolder()
        var wb = try Workbook(path: folder.file("range.xlsx").path)
        let sheet = try wb.addWorksheet("Data")
        for kind in ["number", "text", "boolean"] {
            let error = Self.error(&wb) { (wb: inout Workbook) throws(XLSXError) in
                switch kind {
                case "number": try wb.writeNumber(1, sheet: sheet, row: row, column: column)
                case "text": try wb.writeText("x", sheet: sheet, row: row, column: column)
                default: try wb.writeBoolean(true, sheet: sheet, row: row, column: column)
                }
            }
            #expect(error?.code == .indexOutOfRange, "\(kind)")
            #expect(error?.row == row)
            #expect(error?.column == column)
        }
        // The last valid cell is accepted.
        try wb.writeNumber(1, sheet: sheet, row: 1_048_575, column: 16_383)
        try wb.close()
    }

    @Test func unwritablePathFailsAtClose() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("missing-folder/out.xlsx").path
        var wb = try Workbook(path: path)
        let sheet = try wb.addWorksheet("Data")
        try wb.writeNumber(1, sheet: sheet, row: 0, column: 0)
        var error: XLSXError?
        do {
            try wb.close()
        } catch let thrown {
            error = thrown
        }
        #expect(error?.code == .creatingXLSXFile)
        #expect(error?.message == "Error creating output xlsx file. Usually a permissions error.")
        #expect(error?.operation == "close")
        #expect(error?.detail == path)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func constantMemoryRejectsEarlierRows() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("stream.xlsx")
        var wb = try Workbook(path: file.path, options: .init(constantMemory: true, tmpdir: folder.url.path))
        let sheet = try wb.addWorksheet("Data")
        try wb.writeText("header", sheet: sheet, row: 0, column: 0)
        try wb.writeNumber(5, sheet: sheet, row: 5, column: 0)
        // These come back from libxlsxwriter itself (the Swift checks pass): error 23 mapped.
        let earlier = Self.error(&wb) { (wb: inout Workbook) throws(XLSXError) in
            try wb.writeNumber(2, sheet: sheet, row: 2, column: 0)
        }
        #expect(earlier?.code == .indexOutOfRange)
        #expect(earlier?.location == XLSXError.Location(sheet: "Data", row: 2, column: 0))
        let merge = Self.error(&wb) { (wb: inout Workbook) throws(XLSXError) in
            try wb.merge(CellRange(firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: 2), text: "m", sheet: sheet)
        }
        #expect(merge?.code == .indexOutOfRange)
        // An autofilter over rows already flushed is rejected the same way: set it before the rows.
        let filter = Self.error(&wb) { (wb: inout Workbook) throws(XLSXError) in
            try wb.setAutofilter(CellRange(firstRow: 0, firstColumn: 0, lastRow: 3, lastColumn: 0), sheet: sheet)
        }
        #expect(filter?.code == .indexOutOfRange)
        // The current row can still be merged and later rows written.
        try wb.merge(CellRange(firstRow: 5, firstColumn: 1, lastRow: 5, lastColumn: 2), text: "current", sheet: sheet)
        try wb.writeDate(year: 2026, month: 10, day: 31, sheet: sheet, row: 6, column: 0)
        // These do not check the flushed rows and work after the data in constant-memory mode.
        try wb.freezePanes(row: 1, column: 0, sheet: sheet)
        try wb.setColumnWidth(20, columns: 0...0, sheet: sheet)
        try wb.addConditionalFormat(
            .cell(.greaterThan, 1), range: .column(0, rows: 1...6), format: CellFormat(bold: true), sheet: sheet)
        try wb.addListValidation(["a", "b"], range: .column(3, rows: 1...6), sheet: sheet)
        try wb.setPrintSetup(PrintSetup(landscape: true, repeatRows: 0...0), sheet: sheet)
        try wb.close()
        let json = try OpenpyxlReader.read(file)
        let cells = json["worksheets", "Data", "cells"] as? [String: Any] ?? [:]
        // A merge without a format writes no blank cells for C6.
        #expect(Set(cells.keys) == ["A1", "A6", "B6", "A7"])
        #expect(json["worksheets", "Data", "cells", "A1", "value"] as? String == "header")
        #expect(json["worksheets", "Data", "cells", "A6", "value"] as? Int == 5)
        #expect(json["worksheets", "Data", "cells", "B6", "value"] as? String == "current")
        #expect(json["worksheets", "Data", "cells", "A7", "value"] as? String == "2026-10-31T00:00:00")
        #expect(json["worksheets", "Data", "merged"] as? [String] == ["B6:C6"])
        #expect(json["worksheets", "Data", "freeze_panes"] as? String == "A2")
        #expect((json["worksheets", "Data", "conditional_formats"] as? [Any])?.count == 1)
        #expect((json["worksheets", "Data", "validations"] as? [Any])?.count == 1)
        #expect(json["worksheets", "Data", "print_title_rows"] as? String == "$1:$1")
    }

    @Test func invalidValuesAreRejectedBeforeC() throws {
        let folder = try TemporaryFolder()
        var wb = try Workbook(path: folder.file("values.xlsx").path)
        let sheet = try wb.addWorksheet("Data")
        let cases = [
            "NaN", "infinity", "empty formula", "blank formula", "NaN result", "29 Feb 2026", "year 1899",
            "NUL in text", "empty link text", "single-cell merge", "reversed range", "list item with comma",
            "empty list", "empty name", "cell-like name", "R1C1 name", "empty name formula", "font size", "pie axes",
            "chart without series",
        ]
        for label in cases {
            let error = Self.error(&wb) { (wb: inout Workbook) throws(XLSXError) in
                switch label {
                case "NaN":
                    try wb.writeNumber(.nan, sheet: sheet, row: 0, column: 0)
                case "infinity":
                    try wb.writeNumber(.infinity, sheet: sheet, row: 0, column: 0)
                case "empty formula":
                    try wb.writeFormula("=", result: .number(0), sheet: sheet, row: 0, column: 0)
                case "blank formula":
                    try wb.writeFormula("  ", result: .number(0), sheet: sheet, row: 0, column: 0)
                case "NaN result":
                    try wb.writeFormula("=1/0", result: .number(.nan), sheet: sheet, row: 0, column: 0)
                case "29 Feb 2026":
                    try wb.writeDate(year: 2026, month: 2, day: 29, sheet: sheet, row: 0, column: 0)
                case "year 1899":
                    try wb.writeDate(year: 1899, month: 12, day: 31, sheet: sheet, row: 0, column: 0)
                case "NUL in text":
                    try wb.writeText("a\u{0}b", sheet: sheet, row: 0, column: 0)
                case "empty link text":
                    try wb.writeLink(to: sheet, row: 0, column: 0, text: "", sheet: sheet, row: 0, column: 0)
                case "single-cell merge":
                    try wb.merge(
                        CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0), text: "x", sheet: sheet)
                case "reversed range":
                    try wb.setAutofilter(
                        CellRange(firstRow: 5, firstColumn: 0, lastRow: 1, lastColumn: 0), sheet: sheet)
                case "list item with comma":
                    try wb.addListValidation(["a,b"], range: .column(0, rows: 0...1), sheet: sheet)
                case "empty list":
                    try wb.addListValidation([], range: .column(0, rows: 0...1), sheet: sheet)
                case "empty name":
                    try wb.defineName("", formula: "=Data!$A$1")
                case "cell-like name":
                    try wb.defineName("TAX2026", formula: "=Data!$A$1")
                case "R1C1 name":
                    try wb.defineName("R1C1", formula: "=Data!$A$1")
                case "empty name formula":
                    try wb.defineName("Rate", formula: "")
                case "font size":
                    try wb.writeText("x", sheet: sheet, row: 0, column: 0, format: CellFormat(fontSize: 500))
                case "pie axes":
                    try wb.insertChart(
                        Chart(
                            kind: .pie, xAxisName: "x",
                            series: [
                                Chart.Series(
                                    sheet: sheet, categories: .column(0, rows: 0...1), values: .column(1, rows: 0...1))
                            ]),
                        sheet: sheet, row: 0, column: 0)
                case "chart without series":
                    try wb.insertChart(Chart(kind: .column, series: []), sheet: sheet, row: 0, column: 0)
                default: Issue.record("unknown case \(label)")
                }
            }
            #expect(error?.code == .parameterValidation, "\(label)")
        }
        try wb.defineName("Rate", formula: "=Data!$A$1")
        let duplicate = Self.error(&wb) { (wb: inout Workbook) throws(XLSXError) in
            try wb.defineName("RATE", formula: "=Data!$A$2")
        }
        #expect(duplicate?.code == .parameterValidation)
        let longFooter = Self.error(&wb) { (wb: inout Workbook) throws(XLSXError) in
            try wb.setPrintSetup(PrintSetup(footer: String(repeating: "f", count: 256)), sheet: sheet)
        }
        #expect(longFooter?.code == .stringLengthExceeded255)
        try wb.close()
    }

    @Test func worksheetFromAnotherWorkbookIsRejected() throws {
        let folder = try TemporaryFolder()
        var first = try Workbook(path: folder.file("a.xlsx").path)
        var second = try Workbook(path: folder.file("b.xlsx").path)
        let foreign = try first.addWorksheet("Data")
        _ = try second.addWorksheet("Data")
        let error = Self.error(&second) { (wb: inout Workbook) throws(XLSXError) in
            try wb.writeNumber(1, sheet: foreign, row: 0, column: 0)
        }
        #expect(error?.code == .parameterValidation)
        try first.close()
        try second.close()
    }

    /// A workbook dropped without close() writes nothing, in both modes.
    @Test(arguments: [false, true])
    func unclosedWorkbookWritesNothing(constantMemory: Bool) throws {
        let folder = try TemporaryFolder()
        let file = folder.file("dropped.xlsx")
        do {
            var wb = try Workbook(
                path: file.path, options: .init(constantMemory: constantMemory, tmpdir: folder.url.path))
            let sheet = try wb.addWorksheet("Data")
            for row in 0..<100 { try wb.writeText("row \(row)", sheet: sheet, row: row, column: 0) }
        }
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }
}
