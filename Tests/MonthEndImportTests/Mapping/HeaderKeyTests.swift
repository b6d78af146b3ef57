import Testing

@testable import MonthEndImport

@Suite struct HeaderKeyTests {
    @Test(arguments: [
        ("计费重量\n(公斤) ", "计费重量(公斤)"),
        ("\n订单号\n", "订单号"),
        ("  运　单　号  ", "运单号"),  // U+3000 inside and around
        ("\"日期\"", "日期"),
        ("'运单号", "运单号"),
        ("`运单号", "运单号"),
        ("=\"运单号\"", "运单号"),
        ("金额*", "金额"),
        ("*开票日期*", "开票日期"),
        ("面单号（必填）", "面单号"),
        ("面单号(必填)", "面单号"),
        ("费用\n（元）", "费用(元)"),
        ("Tracking No", "trackingno"),
        ("ＷＡＹＢＩＬＬ", "waybill"),
        ("订单时间 ", "订单时间"),
    ])
    func normalises(_ cell: String, _ key: String) {
        #expect(HeaderKey.normalize(cell) == key)
    }

    @Test func dropsOnlyTheListedUnitsAndOnlyWhenAsked() {
        let units = MappingFixture.table.headerUnits
        #expect(HeaderKey.withoutUnit("计费重量(公斤)", units: units) == "计费重量")
        #expect(HeaderKey.withoutUnit("续重价格(元/kg)", units: units) == "续重价格")
        #expect(HeaderKey.withoutUnit("重量/kg", units: units) == "重量")
        #expect(HeaderKey.withoutUnit("金额(人民币元)", units: units) == "金额")
        #expect(HeaderKey.withoutUnit("金额(cny)", units: units) == "金额")
        #expect(HeaderKey.withoutUnit("账期(天)", units: units) == "账期")
        #expect(HeaderKey.withoutUnit("交易金额(收入)", units: units) == nil)
        #expect(HeaderKey.withoutUnit("运单号", units: units) == nil)
    }

    @Test func aHeaderCellWithALineBreakAndUnitMapsToItsField() {
        let fields = MappingFixture.fields(["运单号码", "日期", "计费重量\n(公斤)", "费用\n（元）"], .courierBill)
        #expect(fields == ["waybill", "ship_date", "weight_kg", "amount"])
    }

    @Test func aSynonymWithAUnitMatchesAsWrittenBeforeTheUnitIsDropped() {
        // 首重(kg) is itself a synonym of first_weight_kg; 首重(元) is the price once 元 is dropped.
        let fields = MappingFixture.fields(
            ["快递公司", "目的省份", "首重(kg)", "首重(元)", "续重价格(元/kg)", "续重单位(kg)"], .rateCard)
        #expect(fields == ["courier", "destination", "first_weight_kg", "first_price", "additional_price", "step_kg"])
    }

    @Test func aCreditColumnNamedWithBracketsStaysItself() {
        let fields = MappingFixture.fields(["交易日期", "交易金额(收入)", "交易金额(支出)", "对方户名"], .payments)
        #expect(fields == ["payment_date", "credit_amount", "debit_amount", "payer"])
    }
}
