import Testing

@testable import MonthEndCSV
@testable import MonthEndImport

/// Headers written on two rows (merged cells saved as CSV: the span's text in its first column,
/// the parts in the row below), and date columns that hold a time of day only.
@Suite struct TwoRowHeaderTests {
    /// 建设银行 对公 (CCB01): `发生额/元` spans `借方 | 贷方`.
    static let ccbTop = [
        "账户明细编号-交易流水号", "交易时间", "本方账户名称", "本方账号", "对方户名", "对方账号", "摘要", "备注", "发生额/元", "", "余额/元",
    ]
    static let ccbBelow = ["", "", "", "", "", "", "", "", "借方", "贷方", ""]
    static let ccbRows: [[String]] = [
        ["1001", "2026-10-08 10:01:02", "本公司", "6222001", "广州甲公司", "6222999", "货款", "", "0.00", "1,200.00", "5,200.00"],
        ["1002", "2026-10-09 11:00:00", "本公司", "6222001", "供应商乙", "6222888", "付款", "", "300.00", "0.00", "4,900.00"],
        ["1003", "2026-10-10 09:30:00", "本公司", "6222001", "佛山丙公司", "6222777", "货款", "", "", "2,345.60", "7,245.60"],
    ]

    @Test func theBankAmountSpanReadsAsItsDebitAndCreditParts() throws {
        let (report, inputs) = try MappingFixture.map([["建设银行 账户明细"], Self.ccbTop, Self.ccbBelow] + Self.ccbRows)
        #expect(report.kind == .payments)
        #expect(report.headerLine == 2)
        #expect(report.columnMapping.map { $0.field ?? "-" }[8...9] == ["debit_amount", "credit_amount"])
        #expect(report.columnMapping[8].header == "借方发生额/元")
        #expect(inputs.payments.map { "\($0.payer ?? "") \($0.amount)" } == ["广州甲公司 1200.00", "佛山丙公司 2345.60"])
        #expect(MappingFixture.skips(report) == ["3: repeated header", "5: outgoing"])
        #expect(report.rejections.isEmpty)
        #expect(report.rows == 4)
    }

    @Test func theTopRowAloneWouldTakeTheSpanForAnUnsignedAmount() throws {
        // Why the second row matters: without it, 发生额/元 is an amount column and the payment
        // out (1002, 300.00 in 借方) would be counted as received.
        let top = HeaderMapping(headers: Self.ccbTop, spec: MappingFixture.table.kinds[.payments]!, table: MappingFixture.table)
        #expect(top.column(.amount) == 8)
        #expect(!top.has(.creditAmount))
    }

    @Test func aStockSheetsPeriodSpansJoinSpanFirst() throws {
        let top = ["存货编码", "存货名称", "计量单位", "期初", "", "本期入库", "", "本期出库", "", "期末", "", "实盘数量"]
        let below = ["", "", "", "数量", "金额", "数量", "金额", "数量", "金额", "数量", "金额", ""]
        let row = ["W001", "电源线", "根", "100", "500.00", "20", "100.00", "30", "150.00", "90", "450.00", "88"]
        let (report, inputs) = try MappingFixture.map([top, below, row])
        #expect(report.kind == .stockCount)
        #expect(
            report.columnMapping.map { $0.field ?? "-" } == [
                "item_code", "item_name", "unit", "opening_qty", "-", "received_qty", "-", "issued_qty", "-",
                "book_qty", "-", "counted_qty",
            ])
        #expect(report.columnMapping[4].header == "期初金额")
        #expect(inputs.stockRows.map { "\($0.itemCode) \($0.bookQty.map { "\($0)" } ?? "-") \($0.countedQty.map { "\($0)" } ?? "-")" } == ["W001 90 88"])
        #expect(MappingFixture.skips(report) == ["2: repeated header"])
    }

    @Test func aDataRowUnderAHeaderWithAnEmptyCellIsData() throws {
        // An empty header cell is not a second header row's sign by itself: the row below holds
        // digits, so it is data.
        let top = ["交易日期", "对方户名", "", "贷方金额", "借方金额"]
        let (report, inputs) = try MappingFixture.map([top, ["2026-10-08", "广州甲公司", "", "1,200.00", ""]])
        #expect(report.headerLine == 1)
        #expect(inputs.payments.map(\.amount.description) == ["1200.00"])
        #expect(report.skips.isEmpty)
    }

    @Test func aHeaderWithASpanAndNoRowsBelowIsStillTheHeader() throws {
        let top = ["交易日期", "对方户名", "", "贷方金额", "借方金额"]
        let (report, _) = try MappingFixture.map([top])
        #expect(report.kind == .payments)
        #expect(report.rows == 0)
    }

    @Test func aSecondRowThatMakesTheHeaderUnreadableStopsTheFile() throws {
        // Read alone the top row is a bank statement with an amount; its second row turns the
        // amount into parts nobody knows: the sign cannot be told, so the file stops.
        let top = ["交易日期", "对方户名", "发生额", ""]
        let below = ["", "", "甲方", "乙方"]
        let error = MappingFixture.error {
            _ = try MappingFixture.map([top, below, ["2026-10-08", "广州甲公司", "", "1,200.00"]])
        }
        #expect(error?.code == .noHeader)
        #expect(error?.line == 2)
        #expect(error?.message.contains("(发生额甲方, 发生额乙方)") == true)
        #expect(error?.hint?.contains("--map") == true)
    }

    // MARK: A time of day in the date column

    @Test func aDateColumnOfTimesOnlyStopsTheFile() throws {
        let rows = [
            ["流水号", "交易时间", "收(付)方名称", "借方金额", "贷方金额", "余额"],
            ["A1", "10:01:02", "广州甲公司", "", "1200.00", "5200.00"],
            ["A2", "11:00", "供应商乙", "300.00", "", "4900.00"],
        ]
        let error = MappingFixture.error { _ = try MappingFixture.map(rows) }
        #expect(error?.code == .noDates)
        #expect(error?.line == 2)
        #expect(error?.column == 2)
        #expect(error?.message.hasPrefix("the column 交易时间 holds a time of day only (10:01:02)") == true)
        #expect(error?.hint?.contains("--map payments.payment_date=HEADER") == true)
    }

    @Test func oneTimeAmongDatesIsARejectedRow() throws {
        let rows = [
            ["流水号", "交易时间", "收(付)方名称", "借方金额", "贷方金额", "余额"],
            ["A1", "2026-10-08 10:01:02", "广州甲公司", "", "1200.00", "5200.00"],
            ["A2", "11:00", "佛山丙公司", "", "300.00", "5500.00"],
        ]
        let (report, inputs) = try MappingFixture.map(rows)
        #expect(inputs.payments.count == 1)
        #expect(MappingFixture.rejections(report) == ["3:2: payment_date \"11:00\" is not a date"])
    }

    @Test func theTradeDayIsTakenBeforeTheTimeColumn() throws {
        let rows = [
            ["流水号", "交易日", "交易时间", "收(付)方名称", "借方金额", "贷方金额"],
            ["A1", "20261008", "10:01:02", "广州甲公司", "", "1200.00"],
        ]
        let (report, inputs) = try MappingFixture.map(rows)
        #expect(report.columnMapping[1].field == "payment_date")
        #expect(inputs.payments.map(\.paymentDate.description) == ["2026-10-08"])
    }
}
