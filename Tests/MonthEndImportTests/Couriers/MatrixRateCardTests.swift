import Testing

@testable import MonthEndImport

/// Rate cards of the matrix form: provinces down, weight bands across, 续重 above the last band.
@Suite struct MatrixRateCardTests {
    @Test(arguments: [
        ("0-0.5kg", "0", "0.5"), ("0.5~1公斤", "0.5", "1"), ("1-2千克", "1", "2"), ("2-3(kg)", "2", "3"),
        ("首重0.5kg", "0", "0.5"), ("0.5kg以内", "0", "0.5"), ("1至2KG", "1", "2"),
    ])
    func bandHeaders(_ header: String, _ from: String, _ upTo: String) throws {
        let band = WeightBandHeader.parse(HeaderKey.normalize(header))
        #expect(band?.fromKg == (try QuantityText.parse(from, units: [])))
        #expect(band?.upToKg == (try QuantityText.parse(upTo, units: [])))
    }

    @Test(arguments: ["续重(元/kg)", "首重(kg)", "重量(kg)", "2-1kg", "a-bkg", "1-2"])
    func otherHeadersAreNoBands(_ header: String) {
        #expect(WeightBandHeader.parse(HeaderKey.normalize(header)) == nil)
    }

    static let card = [
        ["顺丰标快 10月1日-31日价格（深圳发）"],
        ["目的地", "0-0.5kg", "0.5-1kg", "1-2kg", "续重(元/kg)"],
        ["广东", "8", "10", "13", "2"],
        ["江苏、浙江、上海", "11", "13", "18", "5"],
        ["西藏", "20", "", "38", "18"],
    ]

    @Test func aMatrixCardGivesBandsPerProvinceAndTheCourierItsTitleNames() throws {
        let (report, inputs) = try CourierFixture.map(Self.card, courierNames: ["顺丰", "中通", "中通快运"])
        #expect(report.kind == .rateCard)
        #expect(report.accepted == 2)
        #expect(inputs.rateCards.map(\.destination) == ["广东", "江苏", "浙江", "上海"])
        #expect(inputs.rateCards.map(\.courier) == ["顺丰", "顺丰", "顺丰", "顺丰"])
        let guangdong = try #require(inputs.rateCards.first)
        #expect(
            guangdong.bands == [
                WeightBand(upToKg: Quantity(micros: 500_000), price: Quantity(8)),
                WeightBand(upToKg: Quantity(1), price: Quantity(10)),
                WeightBand(upToKg: Quantity(2), price: Quantity(13)),
            ])
        #expect(guangdong.additionalPrice == Quantity(2))
        #expect(guangdong.firstWeightKg == Quantity(micros: 500_000))
        #expect(guangdong.firstPrice == Quantity(8))
        #expect(MappingFixture.rejections(report) == ["5:3: weight band 0.5-1kg has no price"])
        #expect(report.rejections.first?.reasonZH == "0.5-1kg没有价格")
        #expect(
            report.notes == [
                "the title (line 1) dates the card 2026-10-01 to 2026-10-31",
                "the card has no courier column; its title (line 1: 顺丰标快 10月1日-31日价格（深圳发）) names 顺丰: its rows price 顺丰 only",
            ])
    }

    @Test func aTitleNamingNoCourierSaysTheCardPricesEveryCourier() throws {
        var rows = Self.card
        rows[0] = ["价格表 10月"]
        let (report, inputs) = try CourierFixture.map(rows, courierNames: ["顺丰", "中通"])
        #expect(inputs.rateCards.map(\.courier) == [nil, nil, nil, nil])
        #expect(
            report.notes == [
                "the card has no courier column and its title names no courier: its rows price every courier"
            ])
    }

    @Test func aTitleDatesTheCardWithThePeriodsYear() throws {
        var rows = Self.card
        rows[0] = ["顺丰 9月25日至10月20日"]
        #expect(
            try CourierFixture.map(rows, courierNames: ["顺丰"]).report.notes.first
                == "the title (line 1) dates the card 2026-09-25 to 2026-10-20: it does not cover the whole period 2026-10"
        )
        rows[0] = ["顺丰 12月1日-31日"]
        #expect(
            try CourierFixture.map(rows, period: Period(year: 2027, month: 1)).report.notes.first
                == "the title (line 1) dates the card 2026-12-01 to 2026-12-31: it does not cover the whole period 2027-01"
        )
        #expect(
            try CourierFixture.map(rows, period: nil).report.notes.first
                == "the title (line 1) dates the card 12月1日-31日 without a year: give the period (--period YYYY-MM) to place it"
        )
    }

    @Test func aTitleNamingTwoCouriersStopsTheFile() throws {
        var rows = Self.card
        rows[0] = ["顺丰 / 中通 价格"]
        let error = MappingFixture.error { _ = try CourierFixture.map(rows, courierNames: ["顺丰", "中通"]) }
        #expect(
            error?.message
                == "this rate card has no courier column and its title names several couriers (顺丰, 中通): which one it prices cannot be told"
        )
        // 中通快运 alone is not 中通 as well.
        rows[0] = ["中通快运 价格"]
        #expect(try CourierFixture.map(rows, courierNames: ["中通", "中通快运"]).inputs.rateCards.first?.courier == "中通快运")
    }

    @Test func theFirstAndAdditionalFormIsReadAsBefore() throws {
        let (_, inputs) = try CourierFixture.map([
            ["快递公司", "目的省份", "首重(kg)", "首重价格", "续重价格(元/kg)", "续重单位(kg)"], ["顺丰", "广东", "1", "12", "3", "0.5"],
        ])
        #expect(
            inputs.rateCards.map(\.bands) == [[]] && inputs.rateCards.map(\.firstPrice) == [Quantity(12)]
                && inputs.rateCards.map(\.stepKg) == [Quantity(micros: 500_000)])
    }

    @Test func theRealMatrixCardReads() throws {
        let inputs = try CourierFixture.read("ratecards/顺丰_价格表_10月.csv")
        // 8 rows of the file; 江苏、浙江、上海 is three provinces.
        #expect(inputs.files.first?.accepted == 8)
        #expect(inputs.rateCards.count == 10)
        #expect(Set(inputs.rateCards.map(\.courier)) == ["顺丰"])
        #expect(
            inputs.rateCards.first { $0.destination == "新疆" }?.bands.map(\.price) == [
                Quantity(18), Quantity(22), Quantity(34),
            ])
    }
}
