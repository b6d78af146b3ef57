import Foundation
import Testing

@testable import MonthEndImport

/// The sample month of /work/shared/samples (a byte-for-byte copy in Sample2026-10/): every file's
/// kind, encoding, delimiter, header line and row fates as 2026-10.truth.json gives them.
@Suite struct SampleMonthTests {
    struct Expected {
        var kind: FileKind
        var encoding: TextEncoding
        var delimiter: String
        var headerLine: Int
        var rows: Int
        var accepted: Int
        var skipped: Int
        var rejected: Int
        var sha256: String
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Sample2026-10").path

    static let truth: [String: Expected] = [
        "顺丰月结账单_202610.csv": Expected(
            kind: .courierBill, encoding: .gb18030, delimiter: ",", headerLine: 2, rows: 88, accepted: 86, skipped: 1,
            rejected: 1, sha256: "151d35ac538f1bb5d92520b3e9cdcd3bd92787cdda7af7825611becb48af1a6f"),
        "中通对账单10月.csv": Expected(
            kind: .courierBill, encoding: .utf8BOM, delimiter: ",", headerLine: 1, rows: 65, accepted: 62, skipped: 1,
            rejected: 2, sha256: "b28fdd4495948bf02ed2fe50cb92f7263c1860f39d0762d12d84aae3c0f4770e"),
        "寄件登记2026-10.csv": Expected(
            kind: .courierSlips, encoding: .utf8, delimiter: ",", headerLine: 2, rows: 152, accepted: 150, skipped: 1,
            rejected: 1, sha256: "7d206913fef5299fe624618cd70540bd9badd756f620f8e1d3670d42a80c551a"),
        "价格表.csv": Expected(
            kind: .rateCard, encoding: .utf8, delimiter: ",", headerLine: 1, rows: 20, accepted: 20, skipped: 0,
            rejected: 0, sha256: "eab55b99ac6f76dc86c3f07a824b45e58de50a820b2552e7746f50167a6478e3"),
        "客户档案.csv": Expected(
            kind: .customers, encoding: .utf8BOM, delimiter: ",", headerLine: 1, rows: 18, accepted: 18, skipped: 0,
            rejected: 0, sha256: "4fb821f72835170c7c67479a0010d430974f4ef77685e412244ceaececaee7d1"),
        "发票基础信息导出.csv": Expected(
            kind: .invoices, encoding: .gb18030, delimiter: ",", headerLine: 1, rows: 50, accepted: 48, skipped: 2,
            rejected: 0, sha256: "245cb94c4c9bce1a48ea9993bf516ac276d22f66882f753deb5b01d169212d2f"),
        "回款明细.csv": Expected(
            kind: .payments, encoding: .utf8, delimiter: ",", headerLine: 1, rows: 20, accepted: 20, skipped: 0,
            rejected: 0, sha256: "1d212cceb5bd0ca7cf13ed653cacbc9483bc05873158ffefeaa149e753a782a0"),
        "线材胶带盘点表2026年10月.txt": Expected(
            kind: .stockCount, encoding: .utf16LE, delimiter: "\t", headerLine: 4, rows: 27, accepted: 25, skipped: 1,
            rejected: 1, sha256: "08b920d33ccd8469032b1eb71d6ad8fd7c65f63bb1da3476009f8767fe9c27c3"),
        "订单台账.csv": Expected(
            kind: .orders, encoding: .utf8BOM, delimiter: ",", headerLine: 1, rows: 30, accepted: 30, skipped: 0,
            rejected: 0, sha256: "ae2d1e84c65b1aeb88917ea1371689cf9a5c16389a16952575858a612868ce91"),
    ]

    @Test func everyFileReportsTheTruthFigures() throws {
        let result = try Importer().run(paths: [Self.folder])
        #expect(result.notes.isEmpty)
        #expect(result.inputs.files.count == 9)
        for report in result.inputs.files {
            let name = (report.path as NSString).lastPathComponent
            let expected = try #require(Self.truth[name], "unexpected file \(name)")
            #expect(report.kind == expected.kind, "\(name)")
            #expect(report.encoding == expected.encoding, "\(name)")
            #expect(report.delimiter == expected.delimiter, "\(name)")
            #expect(report.headerLine == expected.headerLine, "\(name)")
            #expect(report.rows == expected.rows, "\(name)")
            #expect(report.accepted == expected.accepted, "\(name)")
            #expect(report.skipped == expected.skipped, "\(name)")
            #expect(report.rejected == expected.rejected, "\(name): \(report.rejections.map(\.rendered))")
            #expect(report.sha256 == expected.sha256, "\(name)")
        }
    }

    @Test func filesAreReadInNameOrderAndRecordsCarryTheirFileIndex() throws {
        let result = try Importer().run(paths: [Self.folder])
        let names = result.inputs.files.map { ($0.path as NSString).lastPathComponent }
        #expect(names == names.sorted())
        let billIndex = try #require(names.firstIndex(of: "顺丰月结账单_202610.csv"))
        let sfLines = result.inputs.billLines.filter { $0.source.fileIndex == billIndex }
        #expect(sfLines.count == 86)
        #expect(result.inputs.billLines.count == 148)
        #expect(result.inputs.slips.count == 150)
        #expect(result.inputs.invoices.count == 48)
        #expect(result.inputs.payments.count == 20)
        #expect(result.inputs.stockRows.count == 25)
        #expect(result.inputs.orders.count == 30)
        #expect(result.inputs.customers.count == 18)
        #expect(result.inputs.rateCards.count == 20)
        #expect(result.inputs.billLines.map(\.amount).sum() == Money(fen: 5_267_20))
    }

    @Test func theRejectedRowsSayWhy() throws {
        let result = try Importer().run(paths: [Self.folder])
        let rendered = result.inputs.files.flatMap(\.rejections).map { rejection in
            "\((rejection.path as NSString).lastPathComponent):\(rejection.line):\(rejection.column): \(rejection.reason)"
        }
        #expect(
            rendered == [
                "中通对账单10月.csv:20:7: amount \"6.0.0\" has two decimal points",
                "中通对账单10月.csv:61:2: waybill \"7.73012E+11\" is in scientific notation: Excel turned the ID into a "
                    + "number and digits were lost; " + IdentifierText.reexportAdvice,
                "寄件登记2026-10.csv:66:3: waybill is empty",
                "线材胶带盘点表2026年10月.txt:30:2: duplicate item row; first at line 15",
                "顺丰月结账单_202610.csv:72:2: ship_date \"2026-10-32\" is a date that does not exist",
            ])
    }
}
