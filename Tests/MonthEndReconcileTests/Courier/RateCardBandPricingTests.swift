import Testing

@testable import MonthEndReconcile

/// Freight on a matrix rate card: the first band whose upper bound holds the weight, else the last
/// band and 续重 per started kg (RECONCILE.md §1 with the matrix form of SOURCES.md §6).
@Suite("Courier: rate card bands")
struct RateCardBandPricingTests {
    static func kg(_ text: String) -> Quantity {
        let parts = text.split(separator: ".")
        let whole = Int64(parts[0])! * Quantity.scale
        guard parts.count == 2 else { return Quantity(micros: whole) }
        let fraction = String(parts[1]).padding(toLength: 6, withPad: "0", startingAt: 0)
        return Quantity(micros: whole + Int64(fraction)!)
    }

    /// 广东 of the 顺丰 card: 0-0.5kg 8, 0.5-1kg 10, 1-2kg 13, 续重 2 per kg.
    static let guangdong = RateCardRow(
        source: SourceLocation(fileIndex: 0, line: 3), courier: "顺丰", destination: "广东", firstWeightKg: kg("0.5"),
        firstPrice: Quantity(8), additionalPrice: Quantity(2),
        bands: [
            WeightBand(upToKg: kg("0.5"), price: Quantity(8)), WeightBand(upToKg: Quantity(1), price: Quantity(10)),
            WeightBand(upToKg: Quantity(2), price: Quantity(13)),
        ])

    @Test(arguments: [
        ("0.3", "0.5", 800), ("0.5", "0.5", 800), ("0.51", "1", 1000), ("1", "1", 1000), ("1.2", "2", 1300),
        ("2", "2", 1300), ("2.3", "3", 1500), ("3", "3", 1500), ("3.2", "4", 1700),
    ])
    func freightAtBandEdges(_ weight: String, _ chargeable: String, _ fen: Int64) {
        #expect(Self.guangdong.chargeableWeight(Self.kg(weight)) == Self.kg(chargeable))
        #expect(Self.guangdong.freight(at: Self.kg(weight)) == Money(fen: fen))
    }

    @Test func aHalfKiloStepAboveTheLastBandCountsStartedHalves() {
        var row = Self.guangdong
        row.stepKg = Self.kg("0.5")
        row.additionalPrice = Self.kg("1.5")
        // 2.3 kg: 0.3 above 2 kg is one started half kilo at 1.50 per kg = 0.75.
        #expect(row.chargeableWeight(Self.kg("2.3")) == Self.kg("2.5"))
        #expect(row.freight(at: Self.kg("2.3")) == Money(fen: 1375))
    }

    @Test func aCardWithoutBandsPricesFirstAndAdditionalAsBefore() {
        let row = RateCardRow(
            source: SourceLocation(fileIndex: 0, line: 2), courier: "顺丰", destination: "广东", firstPrice: Quantity(12),
            additionalPrice: Quantity(3), stepKg: Self.kg("0.5"))
        #expect(row.freight(at: Self.kg("2.3")) == Money(fen: 1650))
        #expect(row.chargeableWeight(Self.kg("0.2")) == Quantity(1))
    }
}
