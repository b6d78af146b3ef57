import Testing

@testable import MonthEndImport

/// Courier bills and slips in the shapes real portals and ERPs export (SOURCES.md §2, §7).
@Suite struct CourierExportTests {
    @Test func aHeaderWithABilledAmountIsABillNeverSlips() throws {
        // 中通快运: 寄件人, 收件单位, 付款方式 are slip words too; 应收金额 makes it a bill.
        let header = [
            "序号", "开单日期", "运单号", "寄件人", "收件单位", "目的地", "件数", "重量(kg)", "体积(m³)", "付款方式", "运费", "送货费", "保价费", "应收金额",
        ]
        #expect(MappingFixture.fields(header, .courierSlips).filter { $0 != "-" }.count == 7)
        let (report, inputs) = try CourierFixture.map([
            header,
            [
                "1", "2026.10.02", "ZY457507275270", "陈静", "东莞松山湖电子有限公司", "四川省", "8", "82", "0.33", "月结", "90.20",
                "20.00", "0.00", "110.20",
            ],
        ])
        #expect(report.kind == .courierBill)
        #expect(inputs.billLines.map(\.amount) == [Money(fen: 11020)])
        #expect(inputs.billLines.map(\.freight) == [Money(fen: 9020)])
        // The old bill/slips tie (waybill, date, 运费 | 客户) goes to the bill; without money, slips.
        #expect(try CourierFixture.map([["运单号", "日期", "运费", "客户"]]).report.kind == .courierBill)
        #expect(try CourierFixture.map([["运单号", "发货时间", "物流公司", "重量"]]).report.kind == .courierSlips)
    }

    @Test func aValueAddedFeeRowIsAFeeItemOfItsWaybillNotASecondLine() throws {
        // 百世: a row carrying only 增值费用 after the waybill's freight row.
        let (report, inputs) = try CourierFixture.map([
            ["序号", "运单号", "入网日期", "目的省份", "计费重量", "运费", "增值费用", "结算金额", "备注"],
            ["1", "5599362245004", "2026-10-04 16:02:29", "河南省", "1", "4.00", "0.00", "4.00", ""],
            ["2", "5532607520189", "2026-10-08 09:20:20", "新疆维吾尔自治区", "3.5", "7.75", "1.00", "8.75", "保价"],
            ["13", "5599362245004", "2026-10-30 00:00:00", "", "", "", "3.00", "3.00", "增值服务费"],
        ])
        #expect(report.accepted == 3)
        #expect(inputs.billLines.map(\.feeType) == ["运费", "运费", "增值费用"])
        #expect(inputs.billLines.map(\.amount) == [Money(fen: 400), Money(fen: 875), Money(fen: 300)])
        #expect(inputs.billLines.map(\.freight) == [Money(fen: 400), Money(fen: 775), nil])
        #expect(
            inputs.billLines.map(\.shipDate) == [
                CourierFixture.date(2026, 10, 4), CourierFixture.date(2026, 10, 8), CourierFixture.date(2026, 10, 30),
            ])
    }

    @Test func aFeeBesideTheFreightOnEveryRowLeavesWholeWaybillLines() throws {
        // 中通: 合计费用 = 运费 + 保价费 on one row per waybill; no row is a fee alone.
        let (_, inputs) = try CourierFixture.map([
            ["扫描时间", "运单号", "结算重量", "运费", "保价费", "合计费用"],
            ["10月5日", "723444332387", "1", "4.50", "1.50", "6.00"],
            ["10月7日", "744076318809", "5", "7.00", "0.00", "7.00"],
        ])
        #expect(inputs.billLines.map(\.feeType) == [nil, nil])
        #expect(inputs.billLines.map(\.freight) == [Money(fen: 450), Money(fen: 700)])
        #expect(inputs.billLines.map(\.amount) == [Money(fen: 600), Money(fen: 700)])
    }

    @Test func withoutAFreightColumnAFeeThatIsTheWholeAmountIsTheFeeItem() throws {
        let (_, inputs) = try CourierFixture.map([
            ["运单号", "寄件日期", "保价费", "应付金额"],
            ["SF1", "2026-10-01", "0", "12.00"],
            ["SF1", "2026-10-01", "2.00", "2.00"],
        ])
        #expect(inputs.billLines.map(\.feeType) == ["运费", "保价费"])
    }

    @Test func aWeightOfZeroIsNoWeight() throws {
        let (_, bills) = try CourierFixture.map([
            ["扫描时间", "运单号", "结算重量", "合计费用"], ["10月9日", "787423548229", "0", "7.00"],
            ["10月11日", "751777089190", "0.5", "3.50"],
        ])
        #expect(bills.billLines.map(\.weightKg) == [nil, Quantity(micros: 500_000)])
        let (_, slips) = try CourierFixture.map([
            ["发货时间", "物流单号", "重量"], ["2026-10-03 15:57:00", "SF6605088817353", "0"],
        ])
        #expect(slips.slips.map(\.weightKg) == [nil])
    }

    @Test func courierNamesLoseTheirBracketAndTemplateWordsAndSelfPickupIsSkipped() throws {
        let (report, inputs) = try CourierFixture.map([
            ["发货时间", "物流公司", "物流单号", "收货省份"],
            ["2026-10-01 18:11:00", "百世快递(拼多多)", "=\"5593683471024\"", "海南省"],
            ["2026-10-03 15:57:00", "顺丰热敏（线下）", "SF6605088817353", "海南省"],
            ["2026-10-05 17:28:00", "中通快运", "ZY1", "四川省"],
            ["2026-10-07 10:25:00", "中通电子面单", "7234", "四川省"],
            ["2026-10-11 16:40:00", "自提", "", "山东省"],
            ["2026-10-12 16:40:00", "自送", "", "山东省"],
        ])
        #expect(inputs.slips.map(\.courier) == ["百世快递", "顺丰", "中通快运", "中通"])
        #expect(inputs.slips.map(\.waybill) == ["5593683471024", "SF6605088817353", "ZY1", "7234"])
        #expect(MappingFixture.skips(report) == ["6: self pickup", "7: self pickup"])
        #expect(report.rejected == 0)
    }

    @Test func theRealCourierExportsReadAsExpected() throws {
        let sf = try CourierFixture.read("couriers/顺丰_月结账单明细_202610.csv")
        #expect(sf.billLines.count == 18)
        #expect(sf.billLines.reduce(Money.zero) { $0 + $1.amount } == Money(fen: 38820))
        #expect(sf.billLines.first?.shipDate == CourierFixture.date(2026, 9, 30))
        #expect(
            sf.files.first?.notes == [
                "18 dates have no year (such as 10-01 or 10月1日): the year 2026 was taken from the period 2026-10"
            ])

        let yunda = try CourierFixture.read("couriers/韵达_账单_202610.csv")
        #expect(yunda.files.map(\.kind) == [.courierBill])
        #expect(yunda.billLines.count == 11)
        #expect(yunda.billLines.reduce(Money.zero) { $0 + $1.amount } == Money(fen: 3930))
        #expect(yunda.billLines.first?.shipDate == CourierFixture.date(2026, 10, 1))
        #expect(yunda.billLines.last?.shipDate == CourierFixture.date(2026, 11, 1))

        let freight = try CourierFixture.read("couriers/中通快运_对账单_202610.csv")
        #expect(freight.files.map(\.kind) == [.courierBill])
        #expect(freight.billLines.count == 8)
        #expect(freight.billLines.reduce(Money.zero) { $0 + $1.amount } == Money(fen: 72310))

        let zto = try CourierFixture.read("couriers/中通_网点对账单_202610.csv")
        #expect(zto.billLines.count == 13)
        #expect(zto.billLines.filter { $0.weightKg == nil }.count == 2)

        let best = try CourierFixture.read("couriers/百世快递_账单明细_202610.csv")
        #expect(best.billLines.count == 14)
        #expect(best.billLines.filter { $0.feeType == "增值费用" }.count == 2)

        let outbound = try CourierFixture.read("couriers/仓库出库单明细_202610.csv")
        #expect(outbound.files.map(\.kind) == [.courierSlips])
        #expect(outbound.slips.count == 14)
        #expect(outbound.files.first?.skips.map(\.line) == [7, 13])
        #expect(Set(outbound.slips.compactMap(\.courier)) == ["百世快递", "顺丰", "中通快递"])
        #expect(outbound.slips.filter { $0.weightKg == nil }.count == 3)
    }
}
