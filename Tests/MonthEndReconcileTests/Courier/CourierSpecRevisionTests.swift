import MonthEndCore
import Testing

@testable import MonthEndReconcile

/// RECONCILE.md section 1 as revised on 2026-12-04: a disputed amount is never negative; a slip no
/// rate card covers is charged by its courier's default first weight and step; a weight of 0 is no
/// weight.
@Suite("Courier: the 2026-12-04 revision")
struct CourierSpecRevisionTests {
    typealias T = CourierTestData

    /// The aliases of the test data plus EMS, and the built-in rules of templates/couriers.yaml
    /// that these tests rely on (EMS 0.5 kg first weight and step; 顺丰 1 kg and 1 kg).
    static let aliases = T.aliases.merging(CourierAliases(entries: [(canonical: "EMS", aliases: ["中国邮政", "邮政"])]))
    static let weights = CourierWeightDefaults(
        rules: [
            ("顺丰", CourierWeightRule(firstWeightKg: T.kg("1"), stepKg: T.kg("1"))),
            ("EMS", CourierWeightRule(firstWeightKg: T.kg("0.5"), stepKg: T.kg("0.5"))),
        ], aliases: aliases)

    static func reconcile(_ lines: [CourierBillLine], _ slips: [CourierSlip]) throws -> CourierReport {
        CourierReconciler(aliases: aliases, weightDefaults: weights)
            .reconcile(billLines: lines, slips: slips, rateCards: T.cards, period: T.period)
    }

    @Test("a rule named by an alias is its courier's; an unlisted courier charges 1 kg and 1 kg")
    func rulesResolveThroughAliases() {
        let defaults = CourierWeightDefaults(
            rules: [
                ("SF", CourierWeightRule(firstWeightKg: T.kg("1"), stepKg: T.kg("1"))),
                ("顺丰速运", CourierWeightRule(firstWeightKg: T.kg("2"), stepKg: T.kg("0.5"))),
            ], aliases: T.aliases)
        #expect(defaults.rule(for: "顺丰") == CourierWeightRule(firstWeightKg: T.kg("2"), stepKg: T.kg("0.5")))
        #expect(defaults.rule(for: "顺丰").chargeableWeight(T.kg("2.01")) == T.kg("2.5"))
        #expect(defaults.rule(for: "顺丰").chargeableWeight(T.kg("0.347")) == T.kg("2"))
        #expect(defaults.rule(for: "德邦") == .standard)
        #expect(CourierWeightRule.standard.chargeableWeight(T.kg("1.2")) == T.kg("2"))
    }

    @Test("an undercharged line disputes 0.00; the difference stays in the price difference and the reason")
    func underchargeDisputesNothing() throws {
        // 中通 广东 at 2 kg: 5 + 1 x 4 = 9.00; billed 8.00.
        let report = try Self.reconcile(
            [
                T.zto(2, "700000000002", amount: "8.00", freight: "8.00", weight: "2"),
                T.zto(3, "700000000004", amount: "10.50", freight: "10.00", weight: "2"),
            ],
            [
                T.slip(3, "700000000002", courier: "中通", weight: "2"),
                T.slip(4, "700000000004", courier: "中通", weight: "2"),
            ])
        let under = report.lines[0]
        #expect(under.status == .feeMismatch)
        #expect(under.expectedFreight == T.yuan("9.00"))
        #expect(under.priceDifference == T.yuan("-1.00"))
        #expect(under.weightEffect == .zero)
        #expect(under.disputed == .zero)
        #expect(under.toPay == T.yuan("8.00"))
        #expect(under.reasons.last == .undercharged(by: T.yuan("1.00")))
        // 10.00 freight is 1.00 over the card: disputed 1.00, to pay 10.50 - 1.00.
        let over = report.lines[1]
        #expect(over.disputed == T.yuan("1.00"))
        #expect(over.toPay == T.yuan("9.50"))
        // disputed_total is the plain sum of the column; to pay = billed - disputed.
        #expect(report.figures.disputedTotal == T.yuan("1.00"))
        #expect(report.figures.disputedTotal == report.lines.reduce(Money.zero) { $0 + $1.disputed })
        #expect(report.figures.toPayTotal == T.yuan("17.50"))
        #expect(report.accounts.map(\.disputed) == [T.yuan("1.00")])
        #expect(report.exceptions(TestPhrases.en).map(\.amount) == [.zero, T.yuan("1.00")])
    }

    @Test("without a rate card, a 0.347 kg slip is charged at the courier's 1 kg: billed 1 kg is matched")
    func defaultFirstWeight() throws {
        // 西藏 has no rate card. 顺丰: first 1 kg, step 1 kg.
        let report = try Self.reconcile(
            [
                T.sf(3, "SF1", amount: "23.00", weight: "1", destination: "西藏"),
                T.sf(4, "SF2", amount: "23.00", weight: "1.5", destination: "西藏"),
                T.sf(5, "SF3", amount: "23.00", weight: "1.51", destination: "西藏"),
            ],
            [
                T.slip(3, "SF1", weight: "0.347", destination: "西藏"),
                T.slip(4, "SF2", weight: "0.347", destination: "西藏"),
                T.slip(5, "SF3", weight: "0.347", destination: "西藏"),
            ])
        #expect(report.lines.map(\.status) == [.matched, .matched, .weightMismatch])
        #expect(report.lines.map(\.slipChargeableWeightKg) == [T.kg("1"), T.kg("1"), T.kg("1")])
        #expect(report.lines.map(\.slipWeightKg) == [T.kg("0.347"), T.kg("0.347"), T.kg("0.347")])
        // Not priced: nothing disputed, the whole amount to pay.
        #expect(report.lines.map(\.disputed) == [.zero, .zero, .zero])
        #expect(report.lines[2].toPay == T.yuan("23.00"))
        #expect(report.lines[0].reasons == [.notPriced(courier: "顺丰", province: "西藏")])
    }

    @Test("EMS charges from 0.5 kg in steps of 0.5 kg; an unlisted courier from 1 kg in steps of 1 kg")
    func perCourierDefaults() throws {
        let report = try Self.reconcile(
            [
                T.zto(2, "E1", amount: "20.00", weight: "1.0", destination: "西藏", courier: "中国邮政"),
                T.zto(3, "E2", amount: "20.00", weight: "1.01", destination: "西藏", courier: "EMS"),
                T.zto(4, "D1", amount: "20.00", weight: "2.5", destination: "西藏", courier: "德邦"),
                T.zto(5, "D2", amount: "20.00", weight: "2.6", destination: "西藏", courier: "德邦"),
            ],
            [
                T.slip(3, "E1", courier: "邮政", weight: "0.347", destination: "西藏"),
                T.slip(4, "E2", courier: "EMS", weight: "0.347", destination: "西藏"),
                T.slip(5, "D1", courier: "德邦", weight: "1.2", destination: "西藏"),
                T.slip(6, "D2", courier: "德邦", weight: "1.2", destination: "西藏"),
            ])
        #expect(report.lines.map(\.courier) == ["EMS", "EMS", "德邦", "德邦"])
        #expect(report.lines.map(\.slipChargeableWeightKg) == [T.kg("0.5"), T.kg("0.5"), T.kg("2"), T.kg("2")])
        #expect(report.lines.map(\.status) == [.matched, .weightMismatch, .matched, .weightMismatch])
    }

    @Test("a rate card's own first weight and step win over the courier's default")
    func rateCardWins() throws {
        // 顺丰 广东: steps of 0.5 kg, so 0.347 -> 1 kg (first weight) and 1.2 -> 1.5 kg.
        let line = try Self.reconcile(
            [T.sf(3, "SF1", amount: "18.00", weight: "1.5")], [T.slip(3, "SF1", weight: "1.2")]
        ).lines[0]
        #expect(line.slipChargeableWeightKg == T.kg("1.5"))
        #expect(line.status == .matched)
        #expect(line.contractFreight == T.yuan("18.00"))
    }

    @Test("a slip weight of 0 is no weight: the weight is not judged, the freight still is")
    func zeroWeightIsNoWeight() throws {
        let report = try Self.reconcile(
            [
                T.sf(3, "SF1", amount: "50.00", weight: "8", destination: "西藏"),
                T.sf(4, "SF2", amount: "30.00", weight: "3"),
            ],
            [
                T.slip(3, "SF1", weight: "0", destination: "西藏"), T.slip(4, "SF2", weight: "0"),
                T.slip(5, "SF3", weight: "0", day: 20),
            ])
        let unpriced = report.lines[0]
        #expect(unpriced.status == .matched)
        #expect(unpriced.slipWeightKg == nil)
        #expect(unpriced.slipChargeableWeightKg == nil)
        #expect(unpriced.flags == [.notPriced, .slipWithoutWeight])
        #expect(unpriced.reasons == [.notPriced(courier: "顺丰", province: "西藏"), .slipWithoutWeight])
        // 顺丰 广东 at 3 kg: 27.00; billed 30.00: fee_mismatch, weight effect 0 without a slip weight.
        let priced = report.lines[1]
        #expect(priced.status == .feeMismatch)
        #expect(priced.disputed == T.yuan("3.00"))
        #expect(priced.weightEffect == .zero)
        #expect(priced.contractFreight == nil)
        // A not-billed slip of weight 0 is not priced either.
        #expect(report.notBilled.map(\.slip.waybill) == ["SF3"])
        #expect(report.notBilled[0].expectedFreight == nil)
        #expect(report.notBilled[0].chargeableWeightKg == nil)
        #expect(report.notBilled[0].reasons == [.notBilled, .slipWithoutWeight])
    }
}
