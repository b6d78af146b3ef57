import MonthEndCore
import Testing

@testable import MonthEndReconcile

/// A million bill lines are held as results until the workbook is written: their size is memory.
/// The compact storage behind the optional amounts, weights, sources and flags must read back
/// exactly what was put in.
@Suite("Courier: line result storage")
struct CourierLayoutTests {
    typealias T = CourierTestData
    typealias Location = MonthEndCore.SourceLocation

    static func result(
        freight: Money? = nil, billedKg: Quantity? = nil, slipSource: Location? = nil,
        flags: Set<CourierFlag> = []
    ) -> CourierLineResult {
        CourierLineResult(
            source: Location(fileIndex: 1, line: 7), waybill: "SF1", shipDate: T.day(3), courier: "顺丰",
            account: "0201234567", destination: "广东省", province: "广东", feeType: "运费", isFreightLine: true,
            billedWeightKg: billedKg, slipWeightKg: T.kg("1.2"), slipChargeableWeightKg: nil,
            amount: T.yuan("23.00"), freight: freight, expectedFreight: T.yuan("0.00"), contractFreight: nil,
            weightEffect: T.yuan("-1.50"), priceDifference: nil, disputed: T.yuan("2.00"), toPay: T.yuan("21.00"),
            status: .feeMismatch, reasons: [.undercharged(by: T.yuan("0.50"))], flags: flags, slipSource: slipSource,
            rateCardSource: nil)
    }

    @Test("a line result is at most 248 bytes (352 with optionals and a flag set stored as such)")
    func stride() {
        #expect(MemoryLayout<CourierLineResult>.stride <= 248)
    }

    @Test("optional values read back as given, zero included, and nil stays nil")
    func optionalsRoundTrip() {
        let line = Self.result(freight: T.yuan("23.00"), billedKg: .zero, slipSource: Location(fileIndex: 0, line: 0))
        #expect(line.freight == T.yuan("23.00"))
        #expect(line.billedWeightKg == .zero)
        #expect(line.slipWeightKg == T.kg("1.2"))
        #expect(line.slipChargeableWeightKg == nil)
        #expect(line.expectedFreight == .zero)
        #expect(line.contractFreight == nil)
        #expect(line.weightEffect == T.yuan("-1.50"))
        #expect(line.priceDifference == nil)
        #expect(line.slipSource == Location(fileIndex: 0, line: 0))
        #expect(line.rateCardSource == nil)
        #expect(line.isFreightLine)

        let bare = Self.result()
        #expect(bare.freight == nil)
        #expect(bare.billedWeightKg == nil)
        #expect(bare.slipSource == nil)
    }

    @Test("setting a value to nil is the same as never having it")
    func settingNil() {
        var line = Self.result(freight: T.yuan("9.99"), billedKg: T.kg("3"), slipSource: Location(fileIndex: 2, line: 5))
        line.freight = nil
        line.billedWeightKg = nil
        line.slipSource = nil
        #expect(line == Self.result())
        line.isFreightLine = false
        #expect(!line.isFreightLine)
        #expect(line != Self.result())
    }

    @Test("flags read back as the set given")
    func flags() {
        let none = Self.result()
        #expect(none.flags.isEmpty)
        let two = Self.result(flags: [.notPriced, .slipWithoutWeight])
        #expect(two.flags == [.notPriced, .slipWithoutWeight])
        #expect(two.has(.notPriced) && !two.has(.destinationDiffers))
        var all = none
        all.flags = Set(CourierFlag.allCases)
        #expect(all.flags == Set(CourierFlag.allCases))
        #expect(all != none)
    }
}
