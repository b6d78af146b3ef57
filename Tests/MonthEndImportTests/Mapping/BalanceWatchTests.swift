import Testing

@testable import MonthEndCSV
@testable import MonthEndImport

/// A statement read by its amount's sign whose running balance (余额) shows that the amounts carry
/// no sign: the balance falls by an amount the sign would count as received. The file stops; a
/// signed statement, or a balance that does not follow the rows, reads as before.
@Suite struct BalanceWatchTests {
    static let header = ["交易日期", "交易类型", "交易金额", "余额", "对方户名", "摘要"]
    static let oldestFirst = [
        ["2026-10-08", "网银转账", "1,200.00", "5,200.00", "广州甲公司", "货款"],
        ["2026-10-09", "网银转账", "300.00", "4,900.00", "深圳乙材料有限公司", "付款"],
        ["2026-10-10", "网银转账", "500.00", "5,400.00", "佛山丙公司", "货款"],
    ]

    static func map(_ rows: [[String]]) throws -> (report: InputFileReport, inputs: MonthInputs) {
        try PaymentRuleTests.map([header] + rows)
    }

    @Test func unsignedAmountsOldestFirstStopTheFileAtTheFirstPaymentOut() throws {
        let error = MappingFixture.error { _ = try Self.map(Self.oldestFirst) }
        #expect(error?.code == .directionNotUnderstood)
        #expect(error?.path == "bank.csv")
        #expect(error?.line == 3)
        #expect(error?.column == 3)
        #expect(
            error?.message
                == "'交易金额' has no sign, yet the balance '余额' falls by it (5200.00 -> 4900.00 beside 300.00): read "
                + "by its sign, money paid out would count as received, and which rows are receipts cannot be told")
        #expect(error?.hint?.contains("--map payments.direction=HEADER") == true)
    }

    @Test func unsignedAmountsNewestFirstStopTheFileToo() throws {
        let error = MappingFixture.error { _ = try Self.map(Self.oldestFirst.reversed()) }
        #expect(error?.code == .directionNotUnderstood)
        // Newest first: line 2 is 10-10, line 3 the payment out of 10-09.
        #expect(error?.line == 3)
        #expect(error?.message.contains("(5200.00 -> 4900.00 beside 300.00)") == true)
    }

    @Test func signedAmountsWithTheirBalanceReadAsBefore() throws {
        var rows = Self.oldestFirst
        rows[1][2] = "-300.00"
        let (report, inputs) = try Self.map(rows)
        #expect(PaymentRuleTests.received(inputs) == "1700.00")
        #expect(MappingFixture.skips(report) == ["3: outgoing"])
        let (reversed, _) = try Self.map(rows.reversed())
        #expect(reversed.accepted == 2)
    }

    @Test func aBalanceThatDoesNotFollowTheRowsProvesNothing() throws {
        // Two accounts' rows interleaved: the balance moves by no row's amount.
        let rows = [
            ["2026-10-08", "网银转账", "1,200.00", "5,200.00", "广州甲公司", "货款"],
            ["2026-10-09", "网银转账", "300.00", "80,000.00", "深圳丁公司", "货款"],
            ["2026-10-10", "网银转账", "500.00", "4,900.00", "佛山丙公司", "货款"],
            ["2026-10-11", "网银转账", "700.00", "81,000.00", "东莞戊公司", "货款"],
        ]
        let (report, inputs) = try Self.map(rows)
        #expect(report.accepted == 4)
        #expect(PaymentRuleTests.received(inputs) == "2700.00")
    }

    @Test func withoutABalanceColumnTheSignIsAllThereIs() throws {
        let rows = Self.oldestFirst.map { [$0[0], $0[1], $0[2], $0[4], $0[5]] }
        let (report, _) = try PaymentRuleTests.map(
            [["交易日期", "交易类型", "交易金额", "对方户名", "摘要"]] + rows)
        #expect(report.accepted == 3)
    }

    @Test func aTransactionTypeOfWiresInAndOutIsADirectionColumnNobodyNamed() throws {
        var rows = Self.oldestFirst
        rows[0][1] = "汇入汇款"
        rows[1][1] = "汇出汇款"
        rows[2][1] = "汇入汇款"
        let error = MappingFixture.error { _ = try Self.map(rows) }
        #expect(error?.code == .directionNotUnderstood)
        #expect(error?.message.hasPrefix("column '交易类型' holds direction words (汇入汇款, 汇出汇款)") == true)
        #expect(error?.hint?.contains("--map payments.direction=交易类型") == true)
    }
}
