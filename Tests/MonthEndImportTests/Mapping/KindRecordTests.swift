import Testing

@testable import MonthEndImport

/// Each kind's layouts with the exact record they give.
@Suite struct KindRecordTests {
    static func day(_ d: Int, _ m: Int = 10) -> LocalDate { LocalDate(year: 2026, month: m, day: d)! }

    @Test func aCourierBillLineWithEveryField() throws {
        let rows = [
            ["运单号码", "寄件日期", "应付金额", "折后运费", "服务", "计费重量(公斤)", "目的省份", "月结账号", "快递公司"],
            ["=\"SF001\"", "2026/10/5 09:12:00", "¥1,234.50", "1,200.00", "运费", "12.5kg", "广东省", "0201234567.0", "顺丰"],
            ["SF002", "46300", "3.00", "", "", "", "", "", ""],
        ]
        let (_, inputs) = try MappingFixture.map(rows)
        #expect(
            inputs.billLines == [
                CourierBillLine(
                    source: .at(2), waybill: "SF001", shipDate: Self.day(5), amount: Money(fen: 123_450),
                    freight: Money(fen: 120_000), feeType: "运费", weightKg: Quantity(micros: 12_500_000),
                    destination: "广东省", account: "0201234567", courier: "顺丰"),
                CourierBillLine(
                    source: .at(3), waybill: "SF002", shipDate: Self.day(5), amount: Money(fen: 300), feeType: ""),
            ])
    }

    @Test func aSlipWithEveryField() throws {
        let rows = [
            ["寄件日期", "快递公司", "运单号", "月结账号", "客户名称", "订单号", "用途", "重量(kg)", "目的省份", "付款方式", "是否向客户收费", "经办人"],
            [
                "2026年10月2日", "顺丰速运", "SF6109906958483\t", "0201234567", "上海浦江电子有限公司", "SO261000001", "寄样", "4.10",
                "广东省", "到付", "否", "陈静",
            ],
        ]
        let (_, inputs) = try MappingFixture.map(rows)
        let slip = CourierSlip(
            source: .at(2), waybill: "SF6109906958483", shipDate: Self.day(2), weightKg: Quantity(micros: 4_100_000),
            destination: "广东省", account: "0201234567", courier: "顺丰速运", handler: "陈静", customer: "上海浦江电子有限公司",
            orderNo: "SO261000001", purpose: "寄样", paymentMode: "到付", chargeCustomer: false)
        #expect(inputs.slips == [slip])
        #expect(inputs.slips.first?.isPaidByUs == false)
    }

    @Test func aSlipWithAnUnreadableYesNoIsRejected() throws {
        let rows = [["寄件日期", "运单号", "是否向客户收费"], ["2026-10-02", "SF1", "看情况"]]
        let (report, _) = try MappingFixture.map(rows)
        #expect(
            MappingFixture.rejections(report) == [
                "2:3: charge_customer \"看情况\" is not yes or no (是/否, Y/N, yes/no, true/false, 1/0, √/×)"
            ])
    }

    @Test func rateCardRowsDefaultFirstWeightAndStepToOne() throws {
        let rows = [
            ["快递公司", "目的省份", "首重(kg)", "首重价格", "续重价格(元/kg)", "续重单位(kg)"],
            ["顺丰", "广东", "1", "15", "6", "0.5"],
            ["", "浙江", "", "¥17.5", "6元/kg", ""],
        ]
        let (_, inputs) = try MappingFixture.map(rows)
        #expect(
            inputs.rateCards == [
                RateCardRow(
                    source: .at(2), courier: "顺丰", destination: "广东", firstWeightKg: Quantity(1),
                    firstPrice: Quantity(15),
                    additionalPrice: Quantity(6), stepKg: Quantity(micros: 500_000)),
                RateCardRow(
                    source: .at(3), courier: nil, destination: "浙江", firstPrice: Quantity(micros: 17_500_000),
                    additionalPrice: Quantity(6)),
            ])
    }

    // MARK: Invoices

    static let taxHeader = ["发票号码", "开票日期", "客户编码", "购买方名称", "金额", "税额", "发票状态", "账期", "业务员", "到期日", "原发票号码"]

    @Test func inTaxExportsTheGrossIsAmountPlusTax() throws {
        let rows = [
            Self.taxHeader,
            [
                "00012345", "2026-10-05 10:00:00", "C001", "华星光电", "1,000.00", "130.00", "正常", "月结30天", "王磊",
                "2026-12-01", "",
            ],
            ["00012346", "2026-10-06", "", "华星光电", "500.00", "", "", "30", "", "", ""],
        ]
        let (_, inputs) = try MappingFixture.map(rows)
        #expect(
            inputs.invoices == [
                Invoice(
                    source: .at(2), invoiceNo: "00012345", invoiceDate: Self.day(5), customerCode: "C001",
                    customerName: "华星光电", amount: Money(fen: 113_000), tax: Money(fen: 13_000),
                    dueDate: Self.day(1, 12),
                    terms: .endOfMonthPlus(30), salesperson: "王磊", status: "正常"),
                Invoice(
                    source: .at(3), invoiceNo: "00012346", invoiceDate: Self.day(6), customerName: "华星光电",
                    amount: Money(fen: 50_000), terms: .days(30)),
            ])
    }

    @Test func aGrossColumnIsTakenAsItIs() throws {
        let rows = [
            ["数电发票号码", "开票日期", "购买方名称", "金额", "税额", "价税合计"], ["2644", "2026-10-05", "甲", "100.00", "13.00", "113.00"],
        ]
        let (_, inputs) = try MappingFixture.map(rows)
        #expect(inputs.invoices.map(\.amount) == [Money(fen: 11_300)])
        #expect(inputs.invoices.map(\.tax) == [Money(fen: 1300)])
    }

    @Test func voidInvoicesAreSkippedAndCreditNotesAreNegative() throws {
        let rows = [
            ["发票号码", "开票日期", "购买方名称", "价税合计", "发票状态", "对应蓝字发票号码"],
            ["001", "2026-10-05", "甲", "100.00", "作废", ""],  // 2 void
            ["002", "2026-10-05", "甲", "100.00", "已作废", ""],  // 3 void
            ["003", "2026-10-05", "甲", "100.00", "VOID", ""],  // 4 void
            ["004", "2026-10-05", "甲", "-50.00", "正常", "009"],  // 5 credit note by sign
            ["005", "2026-10-05", "甲", "60.00", "红冲", "009"],  // 6 credit note by status
            ["006", "2026-10-05", "甲", "70.00", "红字发票", ""],  // 7 credit note by status
            ["009", "2026-09-05", "甲", "200.00", "已红冲", ""],  // 8 reversed original: as issued
            ["010", "2026-09-05", "甲", "(80.00)", "红冲", ""],  // 9 already negative
        ]
        let (report, inputs) = try MappingFixture.map(rows)
        #expect(MappingFixture.skips(report) == ["2: void invoice", "3: void invoice", "4: void invoice"])
        #expect(
            inputs.invoices.map { "\($0.invoiceNo) \($0.amount) \($0.isCreditNote) \($0.originalInvoiceNo ?? "-")" }
                == [
                    "004 -50.00 true 009", "005 -60.00 true 009", "006 -70.00 true -", "009 200.00 false -",
                    "010 -80.00 true -",
                ])
    }

    @Test func theCustomerFillsCodeFromCodeColumnsAndNameFromNameColumns() throws {
        let rows = [
            ["发票号码", "开票日期", "客户编码", "客户名称", "购买方名称", "价税合计"],
            ["1", "2026-10-05", "C001", "", "华星光电(深圳)有限公司", "1"],
            ["2", "2026-10-05", "", "华星", "华星光电(深圳)有限公司", "1"],
            ["3", "2026-10-05", "C003", "", "", "1"],
            ["4", "2026-10-05", "", "", "", "1"],
        ]
        let (report, inputs) = try MappingFixture.map(rows)
        #expect(inputs.invoices.map(\.customerCode) == ["C001", nil, "C003"])
        #expect(inputs.invoices.map(\.customerName) == ["华星光电(深圳)有限公司", "华星光电(深圳)有限公司", nil])
        #expect(MappingFixture.rejections(report) == ["5:3: customer is empty"])
    }

    @Test func unreadableTermsRejectTheInvoice() throws {
        let rows = [["发票号码", "开票日期", "购买方名称", "价税合计", "账期"], ["1", "2026-10-05", "甲", "1", "票到60天"]]
        let (report, inputs) = try MappingFixture.map(rows)
        #expect(inputs.invoices.isEmpty)
        #expect(
            MappingFixture.rejections(report) == [
                "2:5: terms_days \"票到60天\" is not payment terms MonthEnd reads (30, 30天, 月结30天, 月结30)"
            ])
    }

    // MARK: Payments

    @Test func splitCreditAndDebitColumns() throws {
        let rows = [
            ["交易日期", "交易流水号", "借方发生额", "贷方发生额", "对方户名", "摘要"],
            ["2026-10-05", "T1", "", "1,000.00", "甲公司", "货款"],  // in
            ["2026-10-06", "T2", "500.00", "", "乙公司", ""],  // out
            ["2026-10-07", "T3", "-", "-", "丙公司", ""],  // nothing: rejected
            ["2026-10-08", "T4", "0.00", "20.00", "丁公司", ""],  // in
        ]
        let (report, inputs) = try MappingFixture.map(rows)
        #expect(
            inputs.payments == [
                Payment(
                    source: .at(2), paymentId: "T1", paymentDate: Self.day(5), amount: Money(fen: 100_000),
                    payer: "甲公司", memo: "货款"),
                Payment(
                    source: .at(5), paymentId: "T4", paymentDate: Self.day(8), amount: Money(fen: 2000), payer: "丁公司"),
            ])
        #expect(MappingFixture.skips(report) == ["3: outgoing"])
        #expect(MappingFixture.rejections(report) == ["4:4: credit_amount is empty and so is any debit amount"])
    }

    @Test func aCreditColumnAloneTakesOnlyRowsWithMoneyIn() throws {
        let rows = [["交易日期", "交易金额(收入)", "对方户名"], ["2026-10-05", "12.00", "甲"], ["2026-10-05", "", "乙"]]
        let (report, inputs) = try MappingFixture.map(rows)
        #expect(inputs.payments.map(\.amount) == [Money(fen: 1200)])
        #expect(MappingFixture.rejections(report) == ["3:2: credit_amount is empty and so is any debit amount"])
    }

    @Test func anAmountWithADirectionColumn() throws {
        let rows = [
            ["交易时间", "交易金额", "借贷标志", "对方名称"],
            ["2026-10-05 10:00", "100.00", "贷", "甲"],
            ["2026-10-05", "200.00", "借", "乙"],
            ["2026-10-05", "300.00", "收入", "丙"],
            ["2026-10-05", "400.00", "支出", "丁"],
            ["2026-10-05", "500.00", "贷 Cr", "戊"],
            ["2026-10-05", "600.00", "", "己"],
        ]
        let (report, inputs) = try MappingFixture.map(rows)
        #expect(inputs.payments.map { "\($0.payer ?? "") \($0.amount)" } == ["甲 100.00", "丙 300.00", "戊 500.00"])
        #expect(MappingFixture.skips(report) == ["3: outgoing", "5: outgoing"])
        // No direction is not money out: the row is rejected (PaymentRuleTests has the rest).
        #expect(MappingFixture.rejections(report) == ["7:3: direction is empty"])
    }

    @Test func aNegativeAmountMarkedIncomingIsRefusedNotGuessed() throws {
        let rows = [["交易日期", "交易金额", "方向", "对方户名"], ["2026-10-05", "-5.00", "收", "甲"]]
        let (report, inputs) = try MappingFixture.map(rows, kind: .payments)
        #expect(inputs.payments.isEmpty)
        #expect(MappingFixture.rejections(report) == ["2:2: amount \"-5.00\" is negative on an incoming row"])
    }

    @Test func aSignedAmountAlone() throws {
        let rows = [
            ["记账日期", "交易金额", "交易对方", "客户编码"],
            ["2026-10-05", "1,000.00", "甲", ""],
            ["2026-10-05", "-1,000.00", "乙", ""],
            ["2026-10-05", "0.00", "丙", ""],
            ["2026-10-05", "5.00", "", "C009"],
            ["2026-10-05", "5.00", "", ""],
        ]
        let (report, inputs) = try MappingFixture.map(rows)
        #expect(
            inputs.payments.map { "\($0.payer ?? "-") \($0.customerCode ?? "-") \($0.amount)" } == [
                "甲 - 1000.00", "- C009 5.00",
            ])
        #expect(MappingFixture.skips(report) == ["3: outgoing", "4: zero amount"])
        #expect(MappingFixture.rejections(report) == ["6:3: payer and customer are both empty"])
    }

    // MARK: Customers, stock, orders

    @Test func customersWithAliasesAndTerms() throws {
        let rows = [["客户编码", "客户名称", "别名", "业务员", "账期(天)"], ["C002", "杭州海康", "海康集团；海康、HK|", "刘洋", "45"]]
        let (_, inputs) = try MappingFixture.map(rows)
        #expect(
            inputs.customers == [
                CustomerRecord(
                    source: .at(2), code: "C002", name: "杭州海康", aliases: ["海康集团", "海康", "HK"], salesperson: "刘洋",
                    terms: .days(45))
            ])
    }

    @Test func stockRowsKeepCodesAndTellNotCountedFromZero() throws {
        let rows = [
            ["序号", "物料编码", "物料名称", "规格型号", "单位", "仓库", "期初数量", "本月入库", "本月出库", "账存数量", "实盘数量", "单价"],
            ["1", "=\"0100056\"", "双面胶", "12mm×10m", "卷", "主仓", "288", "154", "271", "171", "0", "541.04"],
            [
                "2", "0100014", "电源线", "RVV 2×1.0", "米", "主仓", "44624.70", "3231.30", "2,593.60", "45,262.40", "",
                "2.00",
            ],
        ]
        let (_, inputs) = try MappingFixture.map(rows)
        #expect(
            inputs.stockRows == [
                StockCountRow(
                    source: .at(2), itemCode: "0100056", itemName: "双面胶", spec: "12mm×10m", unit: "卷", location: "主仓",
                    openingQty: Quantity(288), receivedQty: Quantity(154), issuedQty: Quantity(271),
                    bookQty: Quantity(171),
                    countedQty: .zero, unitCost: Quantity(micros: 541_040_000)),
                StockCountRow(
                    source: .at(3), itemCode: "0100014", itemName: "电源线", spec: "RVV 2×1.0", unit: "米", location: "主仓",
                    openingQty: Quantity(micros: 44_624_700_000), receivedQty: Quantity(micros: 3_231_300_000),
                    issuedQty: Quantity(micros: 2_593_600_000), bookQty: Quantity(micros: 45_262_400_000),
                    countedQty: nil,
                    unitCost: Quantity(2)),
            ])
    }

    @Test func aSecondRowOfTheSameStockItemIsRejectedAcrossTheRun() throws {
        let registry = StockRegistry()
        let header = ["物料编码", "仓库", "实盘数量"]
        let (first, _) = try MappingFixture.map(
            [header, ["A1", "主仓", "1"], ["A1", "副仓", "2"], ["A1", "主仓", "3"]], path: "a.csv", registry: registry)
        let (second, inputs) = try MappingFixture.map(
            [header, ["A1", "副仓", "4"], ["B1", "主仓", "5"]], path: "b.csv", fileIndex: 1, registry: registry)
        #expect(MappingFixture.rejections(first) == ["4:1: duplicate item row; first at line 2"])
        #expect(MappingFixture.rejections(second) == ["2:1: duplicate item row; first at line 3 of a.csv"])
        #expect(inputs.stockRows.map(\.itemCode) == ["B1"])
    }

    @Test func stockWithoutALocationColumnKeysOnTheCodeAlone() throws {
        let (report, inputs) = try MappingFixture.map([["料号", "盘点数量"], ["X", "1"], ["X", "2"]])
        #expect(inputs.stockRows.map(\.location) == [""])
        #expect(MappingFixture.rejections(report) == ["3:1: duplicate item row; first at line 2"])
    }

    @Test func ordersSayWhetherTheirFileHasACompletedDate() throws {
        let with = try MappingFixture.map([
            ["订单编号", "下单日期", "客户名称", "订单金额", "订单状态", "完成日期"],
            ["SO1", "2026/10/31", "佛山南海照明有限公司", "38836.00", "生产中", ""],
        ])
        #expect(
            with.inputs.orders == [
                Order(
                    source: .at(2), orderNo: "SO1", orderDate: Self.day(31), customer: "佛山南海照明有限公司", status: "生产中",
                    completedDate: nil, fileHasCompletedDate: true, amount: Money(fen: 3_883_600))
            ])
        let without = try MappingFixture.map([["订单号", "订单日期"], ["SO2", "2026-10-01"]])
        #expect(without.inputs.orders.map(\.fileHasCompletedDate) == [false])
    }
}
