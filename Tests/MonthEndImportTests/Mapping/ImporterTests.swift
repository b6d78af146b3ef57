import Foundation
import Testing

@testable import MonthEndImport

@Suite struct ImporterTests {
    /// A fresh folder holding `files` (name -> UTF-8 text).
    static func folder(_ files: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("monthend-map-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            let full = (path as NSString).appendingPathComponent(name)
            if name.hasSuffix("/") {
                try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
            } else {
                try Data(text.utf8).write(to: URL(fileURLWithPath: full))
            }
        }
        return path
    }

    static let bill = "运单号,日期,金额\nSF1,2026-10-05,12.00\n"
    static let orders = "订单号,下单日期\nSO1,2026-10-05\n"

    @Test func aFolderIsReadInNameOrderAndOtherFilesAreLeftOutWithANote() throws {
        let path = try Self.folder([
            "b.csv": Self.bill, "a.TXT": Self.orders, "c.tsv": "订单号\t下单日期\nSO2\t2026-10-06\n", "账单.pdf": "%PDF",
            ".hidden.csv": Self.bill, "Thumbs.db": "", "sub/": "",
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Importer().run(paths: [path])
        #expect(result.inputs.files.map { ($0.path as NSString).lastPathComponent } == ["a.TXT", "b.csv", "c.tsv"])
        #expect(result.inputs.orders.map(\.source) == [.at(2, file: 0), .at(2, file: 2)])
        #expect(result.inputs.billLines.map(\.source) == [.at(2, file: 1)])
        #expect(
            result.notes.map { "\(($0.path as NSString).lastPathComponent): \($0.message)" } == [
                ".hidden.csv: left out: a hidden file", "Thumbs.db: left out: not a .csv, .txt, .tsv, .xlsx or .xls file (.db)",
                "sub: left out: a folder (folders are read one level deep)",
                "账单.pdf: left out: not a .csv, .txt, .tsv, .xlsx or .xls file (.pdf)",
            ])
    }

    @Test func aMissingPathIsAnError() {
        let error = #expect(throws: MonthEndError.self) { try Importer().run(paths: ["/nonexistent/month"]) }
        #expect(error?.code == .unreadableFile)
        #expect(error?.path == "/nonexistent/month")
    }

    @Test func aKindNamedForAFileSettlesItsTie() throws {
        let path = try Self.folder(["登记.csv": "订单号,下单日期,发票号码,开票日期,客户名称,金额\nSO1,2026-10-05,F1,2026-10-06,甲,12\n"])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: MonthEndError.self) { try Importer().run(paths: [path]) }
        let byName = try Importer(kindOverrides: ["登记.csv": .orders]).run(paths: [path])
        #expect(byName.inputs.files.map(\.kind) == [.orders])
        let file = (path as NSString).appendingPathComponent("登记.csv")
        let byPath = try Importer(kindOverrides: [file: .invoices, "other.csv": .orders]).run(paths: [path])
        #expect(byPath.inputs.invoices.map(\.amount) == [Money(fen: 1200)])
        #expect(
            byPath.notes.map(\.description) == [
                "other.csv: note: a kind was named for this file, but no such file was read"
            ])
    }

    @Test func userSynonymsAreMergedOverTheBuiltInOnes() throws {
        let templates = try Self.folder([
            "synonyms.yaml": """
            kinds:
              courier_bill:
                fields:
                  waybill: [快件编号]
                  amount: [实收运费, 金额]
            total_prefixes: [共计]
            """,
            "labels.yaml": "not: read here\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: templates) }
        let table = try SynonymTable.load(templateFolders: [templates])
        let amount = try #require(table.kinds[.courierBill]?.spec(of: .amount))
        #expect(amount.synonyms.prefix(3) == ["实收运费", "金额", "应付金额"])
        #expect(amount.synonyms.filter { $0 == "金额" }.count == 1)
        #expect(table.totalPrefixes.last == "共计")
        let records = MappingFixture.records([
            ["快件编号", "日期", "应付金额", "实收运费"], ["K1", "2026-10-05", "9.00", "8.00"], ["共计", "", "9.00", "8.00"],
        ])
        let (report, inputs) = try FileMapper.map(records, table: table, facts: .init(path: "t.csv"))
        #expect(inputs.billLines.map(\.amount) == [Money(fen: 800)])
        #expect(MappingFixture.skips(report) == ["3: total"])
    }

    @Test func aBadUserTemplateIsAnErrorNamingTheFileAndLine() throws {
        let templates = try Self.folder(["synonyms.yaml": "kinds:\n  courier_bill:\n    fields:\n      colour: [颜色]\n"])
        defer { try? FileManager.default.removeItem(atPath: templates) }
        let error = #expect(throws: MonthEndError.self) { try SynonymTable.load(templateFolders: [templates]) }
        #expect(error?.code == .badTemplate)
        #expect(error?.message == "unknown field 'colour'")
        #expect(error?.line == 4)
        #expect(error?.path?.hasSuffix("synonyms.yaml") == true)
    }

    @Test func theBuiltInTableNamesEveryKindAndItsRequiredFields() throws {
        let table = MappingFixture.table
        #expect(Set(table.kinds.keys) == Set(FileKind.allCases))
        #expect(table.kinds[.payments]?.required == [[.paymentDate], [.creditAmount, .amount], [.payer, .customer]])
        #expect(table.kinds[.stockCount]?.required == [[.itemCode, .itemName], [.countedQty]])
        #expect(table.identifierFields == [.waybill, .invoiceNo, .customer, .payer])
    }

    @Test func inspectShowsWhatTheFileIsAndHowItWasRead() throws {
        let path = try Self.folder([
            "bill.csv": "中通对账单\n运单号,日期,金额,备注\nSF1,2026-10-05,12.00,\nSF2,2026-10-05,6.0.0,\n合计,,18.00,\n"
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = (path as NSString).appendingPathComponent("bill.csv")
        let inspection = try Importer().inspect(path: file)
        #expect(inspection.kindWasNamed == false)
        #expect(inspection.report.kind == .courierBill)
        #expect(inspection.report.encoding == .utf8)
        #expect(inspection.report.delimiter == ",")
        #expect(inspection.report.headerLine == 2)
        #expect(
            inspection.report.columnMapping == [
                ColumnMapping(column: 1, header: "运单号", field: "waybill"),
                ColumnMapping(column: 2, header: "日期", field: "ship_date"),
                ColumnMapping(column: 3, header: "金额", field: "amount"),
                ColumnMapping(column: 4, header: "备注", field: nil),
            ])
        let report = inspection.report
        let counts: [Int] = [report.rows, report.accepted, report.skipped, report.rejected]
        #expect(counts == [3, 1, 1, 1])
        let expected = file + ":4:3: error: amount \"6.0.0\" has two decimal points\n    SF2,2026-10-05,6.0.0,"
        let rendered: [String] = inspection.firstRejections().map(\.rendered)
        #expect(rendered == [expected])
        #expect(inspection.skipCounts.map { "\($0.reason.rawValue)=\($0.count)" } == ["total=1"])
        #expect(try Importer().inspect(path: file, kind: .courierSlips).report.kind == .courierSlips)
    }
}
