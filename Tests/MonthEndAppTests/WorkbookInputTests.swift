import Foundation
import Testing

/// .xlsx inputs end to end: a month whose bills come as workbooks gives the figures its CSV
/// exports give; sheets are screened and chosen, named, forced; rejections name the cell.
@Suite struct WorkbookInputTests {
    static let fixtures = MonthEndCLI.packageRoot.appendingPathComponent("Fixtures/2026-10")
    static let converter = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Workbooks/csv_to_xlsx.py")

    /// Writes `out` from `sheets` (name, CSV) with Workbooks/csv_to_xlsx.py (openpyxl): a 汇总
    /// sheet first, then a sheet per CSV with typed cells.
    static func workbook(_ out: URL, _ sheets: [(String, URL)]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", converter.path, out.path] + sheets.map { "\($0.0)=\($0.1.path)" }
        let err = Pipe()
        process.standardError = err
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "csv_to_xlsx.py: \(text)")
    }

    /// The fixture month in a folder of its own with some of its CSV files replaced by workbooks.
    static func month(replacing: [String: [(String, String)]]) throws -> URL {
        let dir = try MonthEndCLI.temporaryFolder().appendingPathComponent("month")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let replaced = Set(replacing.values.flatMap { $0.map(\.1) })
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) where !replaced.contains(name) {
            try FileManager.default.copyItem(
                at: fixtures.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        for (workbookName, sheets) in replacing {
            try workbook(
                dir.appendingPathComponent(workbookName), sheets.map { ($0.0, fixtures.appendingPathComponent($0.1)) })
        }
        return dir
    }

    static func summary(_ folder: URL) throws -> (json: [String: Any], stderr: String) {
        let out = try MonthEndCLI.temporaryFolder().appendingPathComponent("m.xlsx").path
        let result = try MonthEndCLI.run(
            ["run", "--period", "2026-10", "--no-store", "--out", out, "--json", "-", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        return (json, result.stderr)
    }

    private static func figures(_ json: [String: Any]) -> String {
        var copy = json
        copy["inputs"] = nil
        let data = try? JSONSerialization.data(withJSONObject: copy, options: [.sortedKeys])
        return String(decoding: data ?? Data(), as: UTF8.self)
    }

    private static func input(_ json: [String: Any], endingWith suffix: String) -> [String: Any]? {
        (json["inputs"] as? [[String: Any]])?.first { ($0["path"] as? String)?.hasSuffix(suffix) == true }
    }

    @Test func bundledMonthFromXLSXCopiesOfItsBillsGivesTheSameFigures() throws {
        let csv = try Self.summary(Self.fixtures)
        let month = try Self.month(replacing: [
            "顺丰月结账单_202610.xlsx": [("账单明细", "顺丰月结账单_202610.csv")],
            "中通对账单10月.xlsx": [("对账单", "中通对账单10月.csv")],
        ])
        let xlsx = try Self.summary(month)
        #expect(Self.figures(xlsx.json) == Self.figures(csv.json))
        #expect((xlsx.json["courier"] as? [String: Any])?["billed_total"] as? String == "303.53")
        for (sheet, file) in [("顺丰月结账单_202610.xlsx#账单明细", "顺丰月结账单_202610.csv"), ("中通对账单10月.xlsx#对账单", "中通对账单10月.csv")] {
            let read = try #require(Self.input(xlsx.json, endingWith: sheet))
            let original = try #require(Self.input(csv.json, endingWith: file))
            for key in ["kind", "rows", "accepted", "skipped", "rejected"] {
                #expect("\(read[key] ?? "")" == "\(original[key] ?? "")", "\(sheet) \(key)")
            }
            #expect((read["sha256"] as? String)?.count == 64)
        }
        // The summary sheet is left out with a note; a rejected row names its sheet and cell.
        #expect(xlsx.stderr.contains("顺丰月结账单_202610.xlsx#汇总: note: sheet left out: no header of a known kind"))
        #expect(xlsx.stderr.contains("中通对账单10月.xlsx#对账单!B4: warning: row rejected: waybill \"7.50000E+11\""))
    }

    @Test func twoSheetsOfDifferentKindsAreBothReadAndInspectListsEverySheet() throws {
        let month = try Self.month(replacing: [
            "寄件与账单.xlsx": [("寄件登记", "寄件登记2026-10.csv"), ("顺丰账单", "顺丰月结账单_202610.csv")]
        ])
        let csv = try Self.summary(Self.fixtures)
        let xlsx = try Self.summary(month)
        #expect(Self.figures(xlsx.json) == Self.figures(csv.json))
        let file = month.appendingPathComponent("寄件与账单.xlsx").path
        let inspect = try MonthEndCLI.run(["inspect", file])
        #expect(inspect.status == 0, "\(inspect.stderr)")
        #expect(
            inspect.stdout.contains(
                "  sheets:\n    1. 汇总: no header of a known kind\n    2. 寄件登记: courier_slips (header at row 2)\n    3. 顺丰账单: courier_bill (header at row 2)\n"
            ))
        #expect(
            inspect.stdout.contains(
                "\(file)#寄件登记\n  kind:        courier_slips (detected from the header)\n  sheet:       寄件登记"))
    }

    @Test func aSheetIsForcedByNameOrAsFileHashSheet() throws {
        let month = try Self.month(replacing: [
            "寄件与账单.xlsx": [("寄件登记", "寄件登记2026-10.csv"), ("顺丰账单", "顺丰月结账单_202610.csv")]
        ])
        let file = month.appendingPathComponent("寄件与账单.xlsx").path
        let byHash = try MonthEndCLI.run(["inspect", file + "#顺丰账单"])
        #expect(byHash.status == 0, "\(byHash.stderr)")
        #expect(byHash.stdout.hasPrefix("\(file)#顺丰账单\n  kind:        courier_bill"))
        #expect(!byHash.stdout.contains("#寄件登记"))
        let byOption = try MonthEndCLI.run(["inspect", "--sheet", "寄件登记", file])
        #expect(byOption.stdout.contains("\(file)#寄件登记\n  kind:        courier_slips"))
        #expect(!byOption.stdout.contains("\(file)#顺丰账单\n"))
        let missing = try MonthEndCLI.run(["inspect", "--sheet", "明细", file])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("\(file): error: the workbook has no sheet named 明细"))
    }

    @Test func inspectSaysAnHTMLPageIsReadAsItsRows() throws {
        let file = MonthEndCLI.packageRoot.appendingPathComponent("Fixtures/real-exports/banks/农业银行_账户明细_网页导出_202610.xls")
        let result = try MonthEndCLI.run(["inspect", "--period", "2026-10", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  encoding:    gb18030\n  table:       an HTML page (rows are its <tr> rows"))
        #expect(result.stdout.contains("  header line: 3\n"))
        #expect(!result.stdout.contains("delimiter:"))
    }

    @Test func anXMLSpreadsheet2003NamedXLSIsReadSheetBySheet() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let file = dir.appendingPathComponent("销售订单.xls")
        let rows = [["订单编号", "下单日期", "客户名称", "订单金额", "订单状态"], ["SO1", "2026-10-05", "广州甲公司", "1200.5", "已完成"]]
        let cells = rows.enumerated().map { index, row in
            let data = row.enumerated().map { column, text in
                let type = index > 0 && column == 3 ? "Number" : index > 0 && column == 1 ? "DateTime" : "String"
                let value = type == "DateTime" ? text + "T00:00:00.000" : text
                return "<Cell><Data ss:Type=\"\(type)\">\(value)</Data></Cell>"
            }
            return "<Row ss:Index=\"\(index + 2)\">" + data.joined() + "</Row>"
        }
        let xml = "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
            + "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"订单\"><Table>"
            + "<Row><Cell><Data ss:Type=\"String\">销售订单列表</Data></Cell></Row>" + cells.joined()
            + "</Table></Worksheet></Workbook>\n"
        try Data(xml.utf8).write(to: file)
        let result = try MonthEndCLI.run(["inspect", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\(file.path)#订单\n  kind:        orders"))
        #expect(result.stdout.contains("header line: 2"))
        #expect(result.stdout.contains("rows: 1 = 1 accepted + 0 skipped + 0 rejected"))
    }

    @Test func aBrokenXLSFileInAFolderStopsTheRunWithHowToConvertIt() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let xls = dir.appendingPathComponent("招商银行交易明细.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: xls)
        try FileManager.default.copyItem(
            at: Self.fixtures.appendingPathComponent("回款明细.csv"), to: dir.appendingPathComponent("回款明细.csv"))
        let out = dir.appendingPathComponent("m.xlsx").path
        let result = try MonthEndCLI.run(["run", "--period", "2026-10", "--no-store", "--out", out, dir.path])
        #expect(result.status != 0)
        #expect(
            result.stderr.contains(
                "招商银行交易明细.xls: error: the .xls file is damaged: its compound-file structure is broken (FreeXL -11)"))
        #expect(result.stderr.contains("soffice --headless --convert-to xlsx"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// The real-shaped .xlsx exports (Fixtures/real-exports, EXPECTED.yaml) each give, alone, the
    /// figures and row fates of their CSV copy: the 百世 bill from 账单明细 behind its 汇总, the 数电
    /// export from 发票基础信息 (not the per-line 信息汇总表), the 建设银行 statement below its preamble.
    @Test(arguments: [
        ("couriers/百世快递_账单_202610.xlsx", "couriers/百世快递_账单明细_202610.csv", "#账单明细"),
        ("invoices/数电_全量发票查询导出_202610.xlsx", "invoices/数电_销项_发票基础信息_202610.csv", "#发票基础信息"),
        ("banks/建设银行_账户明细_202610.xlsx", "banks/建设银行_账户明细_202610.csv", "#交易明细_1234_20261001_20261031"),
    ])
    func realExportReadsAsItsCSVCopy(workbook: String, copy: String, sheet: String) throws {
        let folder = MonthEndCLI.packageRoot.appendingPathComponent("Fixtures/real-exports")
        func run(_ file: String) throws -> [String: Any] {
            let out = try MonthEndCLI.temporaryFolder().appendingPathComponent("m.xlsx").path
            let result = try MonthEndCLI.run([
                "run", "--period", "2026-10", "--as-of", "2026-10-31", "--no-store", "--config",
                folder.appendingPathComponent("monthend.yaml").path, "--out", out, "--json", "-",
                folder.appendingPathComponent(file).path,
            ])
            #expect(result.status == 0, "\(result.stderr)")
            return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        }
        let xlsx = try run(workbook)
        let csv = try run(copy)
        #expect(Self.figures(xlsx) == Self.figures(csv))
        let read = try #require((xlsx["inputs"] as? [[String: Any]])?.first)
        let original = try #require((csv["inputs"] as? [[String: Any]])?.first)
        #expect((read["path"] as? String)?.hasSuffix(sheet) == true)
        for key in ["kind", "rows", "accepted", "skipped", "rejected"] {
            #expect("\(read[key] ?? "")" == "\(original[key] ?? "")", "\(key)")
        }
    }
}
