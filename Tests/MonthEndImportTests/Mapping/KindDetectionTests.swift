import Testing

@testable import MonthEndCSV
@testable import MonthEndImport

@Suite struct KindDetectionTests {
    static let date = ["2026-10-05"]

    @Test(arguments: [
        (["运单号码", "日期", "应付金额"], FileKind.courierBill),
        (["寄件日期", "运单号", "客户名称", "重量(kg)"], .courierSlips),
        (["快递公司", "目的省份", "首重价格", "续重价格"], .rateCard),
        (["数电发票号码", "开票日期", "购买方名称", "价税合计"], .invoices),
        (["交易日期", "贷方发生额", "对方户名"], .payments),
        (["收款日期", "客户编码", "收款金额"], .payments),
        (["客户编码", "客户名称"], .customers),
        (["物料编码", "实盘数量"], .stockCount),
        (["订单编号", "下单日期", "客户名称"], .orders),
    ])
    func detectsEachKind(_ header: [String], _ kind: FileKind) throws {
        guard case .kind(let mapping) = KindDetection.detect(header, table: MappingFixture.table) else {
            Issue.record("no single kind for \(header)")
            return
        }
        #expect(mapping.kind == kind)
    }

    @Test func theKindRecognisingMostColumnsWins() throws {
        // Both bill and slips hold waybill + date; the bill also has its amount and fee type.
        let (report, _) = try MappingFixture.map([["运单号", "日期", "服务", "费用", "重量"]])
        #expect(report.kind == .courierBill)
    }

    @Test func aTieIsAnErrorNamingTheFileTheHeaderAndTheCandidates() {
        // An invoice register and an order register in one sheet: 4 columns each. A bill against
        // slips is no tie any more: the bill's amount column decides (kind_preferences).
        let rows = [
            ["标题"], ["订单号", "下单日期", "发票号码", "开票日期", "客户名称", "金额"],
            ["SO1", "2026-10-05", "F1", "2026-10-06", "甲", "12"],
        ]
        #expect(
            throws: MonthEndError(
                .ambiguousKind,
                "cannot tell what kind of export this is: the header row fits invoices and orders equally well",
                path: "t.csv", line: 2, column: 1,
                hint: "name the kind of this file on the command line (--kind), one of: invoices, orders",
                sourceLine: "订单号,下单日期,发票号码,开票日期,客户名称,金额")
        ) { try MappingFixture.map(rows) }
    }

    @Test func aNamedKindSettlesATie() throws {
        let rows = [["运单号", "日期", "运费", "客户"], ["SF1", "2026-10-05", "12", "甲"]]
        let (report, inputs) = try MappingFixture.map(rows, kind: .courierSlips)
        #expect(report.kind == .courierSlips)
        #expect(inputs.slips.map(\.customer) == ["甲"])
        #expect(report.columnMapping.map { $0.field ?? "-" } == ["waybill", "ship_date", "-", "customer"])
    }

    @Test func noKindIsAnErrorNamingTheFileAndTheFirstRow() {
        let rows = [["商品", "数量"], ["网线", "3"]]
        let error = #expect(throws: MonthEndError.self) { try MappingFixture.map(rows) }
        #expect(error?.code == .noHeader)
        #expect(error?.path == "t.csv")
        #expect(error?.line == 1)
        #expect(error?.sourceLine == "商品,数量")
        #expect(error?.message == "no header row in the first 40 rows holds the required columns of any kind")
    }

    @Test func aNamedKindWhoseColumnsAreMissingSaysWhichAreRequired() {
        let rows = [["运单号", "日期", "金额"]]
        let error = #expect(throws: MonthEndError.self) { try MappingFixture.map(rows, kind: .invoices) }
        #expect(error?.code == .noHeader)
        #expect(
            error?.message
                == "no header row of invoices (invoice_no, invoice_date, customer, amount) in the first 40 rows; "
                + "the nearest is line 1, which looks most like invoices (金额 = amount) but has no column for "
                + "invoice_no, invoice_date, customer")
        #expect(error?.hint?.hasPrefix("if that line is the header, name the column that holds invoice_no with --map invoices.invoice_no=HEADER") == true)
    }

    /// A header that misses one required column names the line, the kind it resembles and what it lacks.
    @Test func noHeaderNamesTheNearestLineTheKindAndTheMissingFields() {
        let rows = [["中国银行交易流水明细单"], ["交易日期", "对方户名", "摘要", "余额"], ["2026-10-08", "甲公司", "货款", "1.00"]]
        let error = #expect(throws: MonthEndError.self) { try MappingFixture.map(rows) }
        #expect(error?.line == 2)
        #expect(error?.sourceLine == "交易日期,对方户名,摘要,余额")
        #expect(
            error?.message.hasSuffix(
                "the nearest is line 2, which looks most like payments (交易日期 = payment_date, 对方户名 = payer, "
                    + "摘要 = memo) but has no column for credit_amount or amount") == true)
    }

    @Test func theHeaderMayFollowUpTo39PreambleRows() throws {
        let preamble = (1...39).map { ["说明第\($0)行", "合计100元"] }
        let (report, inputs) = try MappingFixture.map(preamble + [["运单号", "日期", "金额"], ["SF1", "20261005", "1"]])
        #expect(report.headerLine == 40)
        #expect(inputs.billLines.count == 1)
        let tooLate = (1...40).map { ["说明第\($0)行"] } + [["运单号", "日期", "金额"]]
        #expect(throws: MonthEndError.self) { try MappingFixture.map(tooLate) }
    }

    @Test func anEmptyFileIsAnError() {
        let error = #expect(throws: MonthEndError.self) { try MappingFixture.map([[""], ["", ""]]) }
        #expect(error?.code == .emptyFile)
    }

    @Test func theHeaderLineIsTheFirstPhysicalLineOfAMultiLineHeaderRecord() throws {
        let records = [
            CSVRecord(fields: ["顺丰速运月结账单"], line: 1),
            CSVRecord(fields: ["运单号码", "日期", "计费重量\n(公斤)", "应付金额"], line: 2),
            CSVRecord(fields: ["SF1", "2026-10-05", "1.5", "12.00"], line: 4),
        ]
        let (report, inputs) = try FileMapper.map(records, table: MappingFixture.table, facts: .init(path: "b.csv"))
        #expect(report.headerLine == 2)
        #expect(inputs.billLines.first?.weightKg == Quantity(micros: 1_500_000))
        #expect(inputs.billLines.first?.source == .at(4))
    }
}
