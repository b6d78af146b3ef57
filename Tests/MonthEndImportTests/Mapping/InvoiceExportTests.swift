import MonthEndCore
import Testing

@testable import MonthEndImport

/// Issue 14's 数电 cases: a per-line export (信息汇总表) folded into its invoices, a purchase (进项)
/// export told apart from a sales one, and 已全额红冲 read as a reversed original, not a credit note.
@Suite struct InvoiceExportTests {
    static let header = ["数电发票号码", "销方名称", "购买方名称", "开票日期", "货物或应税劳务名称", "税额", "价税合计"]

    static func map(_ rows: [[String]], own: [String] = [], kind: FileKind? = nil) throws -> (InputFileReport, MonthInputs) {
        try FileMapper.map(
            MappingFixture.records(rows), table: MappingFixture.table, facts: .init(path: "t.csv"), kindOverride: kind,
            context: ImportContext(ownNames: own))
    }

    @Test func linesOfOneInvoiceAreFoldedIntoIt() throws {
        let (report, inputs) = try Self.map([
            Self.header,
            ["2644001", "华锐", "甲公司", "2026-10-08", "*电线电缆*屏蔽线", "130.00", "1130.00"],
            ["2644002", "华锐", "乙公司", "2026-10-13", "*电线电缆*护套线", "10.00", "110.00"],
            ["2644002", "华锐", "乙公司", "2026-10-13", "*电线电缆*屏蔽线", "26.00", "226.00"],
        ])
        #expect(report.accepted == 3)
        #expect(inputs.invoices.map(\.invoiceNo) == ["2644001", "2644002"])
        #expect(inputs.invoices.map(\.amount) == [Money(fen: 113_000), Money(fen: 33_600)])
        #expect(inputs.invoices.map(\.tax) == [Money(fen: 13_000), Money(fen: 3_600)])
    }

    @Test func aPurchaseExportIsLeftOutOfReceivablesWithItsRowsSkipped() throws {
        let rows = [
            Self.header,
            ["2644101", "供应商甲", "华锐线缆", "2026-10-03", "*胶带*", "1.30", "11.30"],
            ["2644102", "供应商乙", "华锐线缆", "2026-10-07", "*胶带*", "2.60", "22.60"],
        ]
        let (report, inputs) = try Self.map(rows, own: ["华锐线缆"])
        #expect(inputs.invoices.isEmpty)
        #expect(report.accepted == 0 && report.skipped == 2)
        #expect(MappingFixture.skips(report) == ["2: purchase invoice", "3: purchase invoice"])
        #expect(report.notes.first?.hasPrefix("left out of receivables: a purchase (进项) export") == true)
        // Named as invoices, it is read as the user says.
        let (forced, forcedInputs) = try Self.map(rows, own: ["华锐线缆"], kind: .invoices)
        #expect(forced.accepted == 2 && forcedInputs.invoices.count == 2)
        // Without our name, one buyer and several sellers look like a purchase export too, and say why.
        let (unnamed, _) = try Self.map(rows)
        #expect(unnamed.accepted == 0)
        #expect(unnamed.notes.first?.contains("set company.name in the configuration to be sure") == true)
    }

    @Test func aSalesExportIsReadAndSaysWhenItCannotBeSure() throws {
        let sales = [
            Self.header,
            ["2644201", "华锐线缆", "甲公司", "2026-10-03", "*电线电缆*", "1.30", "11.30"],
            ["2644202", "华锐线缆", "乙公司", "2026-10-07", "*电线电缆*", "2.60", "22.60"],
        ]
        let (report, inputs) = try Self.map(sales, own: ["华锐线缆"])
        #expect(report.accepted == 2 && inputs.invoices.count == 2 && report.notes.isEmpty)
        let (unnamed, _) = try Self.map(sales)
        #expect(unnamed.accepted == 2 && unnamed.notes.isEmpty)
        let one = [Self.header, sales[1]]
        let (single, _) = try Self.map(one)
        #expect(single.accepted == 1)
        #expect(single.notes.first?.contains("cannot tell a sales export from a purchase (进项) one") == true)
    }

    @Test func aFullyReversedOriginalStaysAsIssued() throws {
        let (_, inputs) = try FileMapper.map(
            MappingFixture.records([
                ["数电发票号码", "购买方名称", "开票日期", "价税合计", "发票状态"],
                ["2644301", "甲公司", "2026-09-08", "100.00", "已全额红冲"],
                ["2644302", "甲公司", "2026-10-08", "-100.00", "正常"],
                ["2644303", "甲公司", "2026-10-09", "50.00", "红冲"],
            ]), table: MappingFixture.table, facts: .init(path: "t.csv"))
        #expect(inputs.invoices.map(\.amount) == [Money(fen: 10_000), Money(fen: -10_000), Money(fen: -5_000)])
    }
}
