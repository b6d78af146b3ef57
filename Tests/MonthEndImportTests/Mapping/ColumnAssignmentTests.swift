import Testing

@testable import MonthEndImport

@Suite struct ColumnAssignmentTests {
    @Test func aBillWhoseOnlyMoneyColumnIsFreightHasItAsAmountAndNoFreight() throws {
        #expect(MappingFixture.fields(["运单号", "日期", "运费"], .courierBill) == ["waybill", "ship_date", "amount"])
        let (report, inputs) = try MappingFixture.map([["运单号", "日期", "运费"], ["SF1", "2026-10-05", "12.50"]])
        #expect(report.kind == .courierBill)
        #expect(
            inputs.billLines == [
                CourierBillLine(
                    source: .at(2), waybill: "SF1", shipDate: LocalDate(year: 2026, month: 10, day: 5)!,
                    amount: Money(fen: 1250))
            ])
    }

    @Test func theEarlierSynonymWinsWhateverTheColumnOrder() {
        // 运费 comes before 合计费用 in the file, but 合计费用 is earlier in amount's list.
        let fields = MappingFixture.fields(["扫描时间", "运单号", "运费", "保价费", "合计费用"], .courierBill)
        #expect(fields == ["ship_date", "waybill", "freight", "added_fee", "amount"])
    }

    @Test func aColumnServesOneFieldOnly() {
        // 业务员 is a synonym of both handler and ... only handler in slips; 客户名称 serves customer.
        let fields = MappingFixture.fields(["寄件日期", "运单号", "经办人", "业务员", "客户名称"], .courierSlips)
        #expect(fields == ["ship_date", "waybill", "handler", "-", "customer"])
        // In invoices 金额 is taken by amount only when no 价税合计; then tax keeps 税额.
        let invoice = MappingFixture.fields(["发票号码", "开票日期", "购买方名称", "金额", "税额", "价税合计"], .invoices)
        #expect(invoice == ["invoice_no", "invoice_date", "customer", "-", "tax", "amount"])
    }

    @Test func identifierFieldsKeepTheirOtherColumnsInSynonymOrder() {
        let mapping = MappingFixture.mapping(["发票号码", "数电发票号码", "开票日期", "购买方名称", "价税合计"], .invoices)
        #expect(mapping.columns[.invoiceNo] == [1, 0])
        #expect(mapping.columns[.customer] == [3])
    }

    @Test func anEmptyChosenIdentifierTakesTheNextColumn() throws {
        let rows = [
            ["序号", "发票号码", "数电发票号码", "购买方名称", "开票日期", "价税合计"],
            ["1", "00123456", "", "华星光电", "2026-10-05", "100.00"],
            ["2", "00123457", "26440000000000000001", "华星光电", "2026-10-05", "100.00"],
            ["3", "", "", "华星光电", "2026-10-05", "100.00"],
        ]
        let (report, inputs) = try MappingFixture.map(rows)
        #expect(inputs.invoices.map(\.invoiceNo) == ["00123456", "26440000000000000001"])
        #expect(MappingFixture.rejections(report) == ["4:3: invoice_no is empty"])
    }

    @Test func amountsHaveNoFallback() throws {
        let rows = [["运单号", "日期", "应付金额", "金额"], ["SF1", "2026-10-05", "", "12.00"]]
        let (report, inputs) = try MappingFixture.map(rows)
        #expect(inputs.billLines.isEmpty)
        #expect(MappingFixture.rejections(report) == ["2:3: amount is empty"])
    }

    @Test func aPaymentsFileWithACreditColumnIgnoresItsAmountAndDirectionColumns() {
        let fields = MappingFixture.fields(["交易日期", "贷方发生额", "借方发生额", "金额", "方向", "对方户名"], .payments)
        #expect(fields == ["payment_date", "credit_amount", "debit_amount", "-", "-", "payer"])
        let amountOnly = MappingFixture.fields(["交易日期", "借方发生额", "交易金额", "借贷标志", "对方户名"], .payments)
        #expect(amountOnly == ["payment_date", "-", "amount", "direction", "payer"])
    }
}
