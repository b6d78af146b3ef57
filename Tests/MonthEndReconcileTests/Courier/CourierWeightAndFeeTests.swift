import Testing

@testable import MonthEndReconcile

@Suite("Courier: weight and freight checks")
struct CourierWeightAndFeeTests {
    typealias T = CourierTestData

    @Test("a line at the rate card is matched; the contract split is zero")
    func matchedAtRateCard() {
        // 顺丰 广东: 3.0 kg -> 15 + 2 x 6 = 27.00. Slip 2.6 kg -> chargeable 3.0 (step 0.5).
        let line = T.judge(T.sf(3, "SF100", amount: "27.00", weight: "3.0"), [T.slip(3, "SF100", weight: "2.6")])
        #expect(line.status == .matched)
        #expect(line.courier == "顺丰")
        #expect(line.account == "0201234567")
        #expect(line.isFreightLine)
        #expect(line.freight == T.yuan("27.00"))
        #expect(line.expectedFreight == T.yuan("27.00"))
        #expect(line.slipChargeableWeightKg == T.kg("3"))
        #expect(line.contractFreight == T.yuan("27.00"))
        #expect(line.weightEffect == .zero)
        #expect(line.priceDifference == .zero)
        #expect(line.disputed == .zero)
        #expect(line.toPay == T.yuan("27.00"))
        #expect(line.reasons.isEmpty)
        #expect(line.flags.isEmpty)
        #expect(line.rateCardSource == SourceLocation(fileIndex: T.cardFile, line: 2))
    }

    @Test("weight: 0.50 kg over the chargeable weight is within, 0.51 kg is weight_mismatch")
    func weightToleranceEdge() {
        let slips = [T.slip(3, "SF1", weight: "2.0"), T.slip(4, "SF2", weight: "2.0")]
        // At 2.50 kg: 15 + 1.5 x 6 = 24.00 billed and expected; contract at 2.0 kg is 21.00.
        let atEdge = T.reconcile([T.sf(3, "SF1", amount: "24.00", weight: "2.50")], slips).lines[0]
        #expect(atEdge.status == .matched)
        #expect(atEdge.disputed == .zero)
        #expect(atEdge.weightEffect == T.yuan("3.00"))
        #expect(atEdge.priceDifference == .zero)
        // At 2.51 kg the card charges 3.0 kg: 27.00.
        let over = T.reconcile([T.sf(4, "SF2", amount: "27.00", weight: "2.51")], slips).lines[0]
        #expect(over.status == .weightMismatch)
        #expect(over.expectedFreight == T.yuan("27.00"))
        #expect(over.contractFreight == T.yuan("21.00"))
        #expect(over.disputed == T.yuan("6.00"))
        #expect(over.toPay == T.yuan("21.00"))
        #expect(over.weightEffect == T.yuan("6.00"))
        #expect(over.priceDifference == .zero)
        #expect(
            over.reasons == [.weightOver(billedKg: T.kg("2.51"), chargeableKg: T.kg("2"), toleranceKg: T.kg("0.5"))])
    }

    @Test("the slip's weight is rounded up to the card's step and to at least the first weight")
    func chargeableWeight() {
        // 2.01 kg charges as 2.5 kg: 3.0 billed is exactly 0.5 over, within.
        let stepped = T.judge(T.sf(3, "SF1", amount: "27.00", weight: "3.0"), [T.slip(3, "SF1", weight: "2.01")])
        #expect(stepped.slipChargeableWeightKg == T.kg("2.5"))
        #expect(stepped.status == .matched)
        #expect(stepped.contractFreight == T.yuan("24.00"))
        #expect(stepped.weightEffect == T.yuan("3.00"))
        // 0.3 kg charges as the first weight, 1 kg: 1.5 billed is within, 1.51 is not.
        let first = T.judge(T.sf(3, "SF2", amount: "18.00", weight: "1.5"), [T.slip(3, "SF2", weight: "0.3")])
        #expect(first.slipChargeableWeightKg == T.kg("1"))
        #expect(first.status == .matched)
        let firstOver = T.judge(T.sf(3, "SF3", amount: "21.00", weight: "1.51"), [T.slip(3, "SF3", weight: "0.3")])
        #expect(firstOver.status == .weightMismatch)
        #expect(firstOver.disputed == T.yuan("6.00"))
    }

    @Test("without a rate card the courier's default rule charges the slip, and a weight mismatch is not priced")
    func weightWithoutRateCard() {
        let slips = [
            T.slip(3, "SF1", weight: "2.0", destination: "西藏"), T.slip(4, "SF2", weight: "2.0", destination: "西藏"),
        ]
        let within = T.reconcile([T.sf(3, "SF1", amount: "30.00", weight: "2.5", destination: "西藏自治区")], slips)
            .lines[0]
        #expect(within.status == .matched)
        #expect(within.slipChargeableWeightKg == T.kg("2"))
        #expect(within.expectedFreight == nil)
        #expect(within.flags == [.notPriced])
        #expect(within.reasons == [.notPriced(courier: "顺丰", province: "西藏")])
        let over = T.reconcile([T.sf(4, "SF2", amount: "30.00", weight: "2.51", destination: "西藏自治区")], slips)
            .lines[0]
        #expect(over.status == .weightMismatch)
        #expect(over.disputed == .zero)
        #expect(over.toPay == T.yuan("30.00"))
        #expect(over.contractFreight == nil)
        #expect(over.weightEffect == nil)
        #expect(over.priceDifference == nil)
        #expect(over.reasons.contains(.notPriced(courier: "顺丰", province: "西藏")))
    }

    @Test("freight: 0.01 from the card is within, 0.02 over is fee_mismatch, 0.02 under is shown not disputed")
    func feeToleranceEdge() {
        let slips = ["SF1", "SF2", "SF3", "SF4"].enumerated().map { T.slip(3 + $0.offset, $0.element, weight: "3") }
        let lines = [
            T.sf(3, "SF1", amount: "27.01", weight: "3"), T.sf(4, "SF2", amount: "27.02", weight: "3"),
            T.sf(5, "SF3", amount: "26.99", weight: "3"), T.sf(6, "SF4", amount: "26.98", weight: "3"),
        ]
        let report = T.reconcile(lines, slips)
        #expect(report.lines.map(\.status) == [.matched, .feeMismatch, .matched, .feeMismatch])
        #expect(report.lines.map(\.disputed) == [.zero, T.yuan("0.02"), .zero, .zero])
        #expect(report.lines.map(\.toPay) == [T.yuan("27.01"), T.yuan("27.00"), T.yuan("26.99"), T.yuan("26.98")])
        #expect(
            report.lines.map(\.priceDifference) == [T.yuan("0.01"), T.yuan("0.02"), T.yuan("-0.01"), T.yuan("-0.02")])
        #expect(
            report.lines[3].reasons == [
                .freightDiffers(
                    billed: T.yuan("26.98"), rateCard: T.yuan("27.00"), billedKg: T.kg("3"), tolerance: T.yuan("0.01")),
                .undercharged(by: T.yuan("0.02")),
            ])
        #expect(report.figures.disputedTotal == T.yuan("0.02"))
        #expect(report.figures.toPayTotal == T.yuan("107.98"))
        #expect(report.figures.billedTotal == T.yuan("108.00"))
    }

    @Test("a tolerance from the settings is used, still strictly")
    func settingsTolerance() {
        var settings = CourierSettings()
        settings.weightToleranceKg = T.kg("1")
        settings.feeTolerance = T.yuan("0.50")
        let lines = [T.sf(3, "SF1", amount: "27.50", weight: "3"), T.sf(4, "SF2", amount: "33.00", weight: "4")]
        let slips = [T.slip(3, "SF1", weight: "3"), T.slip(4, "SF2", weight: "3")]
        let report = T.reconcile(lines, slips, settings: settings)
        // 27.50 is 0.50 above 27.00: within. 4 kg is 1 kg above 3: within; 33.00 is the card at 4 kg.
        #expect(report.lines.map(\.status) == [.matched, .matched])
        #expect(report.lines[1].weightEffect == T.yuan("6.00"))
    }

    @Test("fee_mismatch is judged when the slip has no weight; the weight effect is then 0")
    func feeWithoutSlipWeight() {
        let line = T.judge(T.sf(3, "SF1", amount: "30.00", weight: "3.0"), [T.slip(3, "SF1")])
        #expect(line.status == .feeMismatch)
        #expect(line.slipChargeableWeightKg == nil)
        #expect(line.contractFreight == nil)
        #expect(line.disputed == T.yuan("3.00"))
        #expect(line.toPay == T.yuan("27.00"))
        #expect(line.weightEffect == .zero)
        #expect(line.priceDifference == T.yuan("3.00"))
        #expect(line.flags == [.slipWithoutWeight])
        #expect(line.reasons.last == .slipWithoutWeight)
    }

    @Test("a slip without weight is never a weight mismatch, even 100 kg billed")
    func noSlipWeightNoWeightCheck() {
        // 100 kg at the card: 15 + 99 x 6 = 609.00: the freight agrees, so the line is matched.
        let line = T.judge(T.sf(3, "SF1", amount: "609.00", weight: "100"), [T.slip(3, "SF1")])
        #expect(line.status == .matched)
        #expect(line.expectedFreight == T.yuan("609.00"))
        #expect(line.reasons == [.slipWithoutWeight])
    }

    @Test("a bill line without weight is checked for neither weight nor freight")
    func noBilledWeight() {
        let line = T.judge(T.sf(3, "SF1", amount: "99.00"), [T.slip(3, "SF1", weight: "1")])
        #expect(line.status == .matched)
        #expect(line.expectedFreight == nil)
        #expect(line.contractFreight == T.yuan("15.00"))
        #expect(line.weightEffect == nil)
        #expect(line.flags == [.billWithoutWeight])
    }

    @Test("weight_mismatch comes before fee_mismatch, and its dispute is against the slip's weight")
    func weightBeforeFee() {
        // 5 kg billed at 45.00 (card at 5 kg: 39.00); slip 2 kg: contract 21.00.
        let line = T.judge(T.sf(3, "SF1", amount: "45.00", weight: "5"), [T.slip(3, "SF1", weight: "2")])
        #expect(line.status == .weightMismatch)
        #expect(line.expectedFreight == T.yuan("39.00"))
        #expect(line.disputed == T.yuan("24.00"))
        #expect(line.weightEffect == T.yuan("18.00"))
        #expect(line.priceDifference == T.yuan("6.00"))
        #expect(line.toPay == T.yuan("21.00"))
    }

    @Test("a weight mismatch billed below the contract is shown, not disputed")
    func weightMismatchUndercharge() {
        // 5 kg billed at only 20.00; contract at 2 kg is 21.00: 1.00 under, 0.00 disputed.
        let report = T.reconcile([T.sf(3, "SF1", amount: "20.00", weight: "5")], [T.slip(3, "SF1", weight: "2")])
        let line = report.lines[0]
        #expect(line.status == .weightMismatch)
        #expect(line.disputed == .zero)
        #expect(line.toPay == T.yuan("20.00"))
        #expect(report.figures.disputedTotal == .zero)
        #expect(report.accounts[0].disputed == .zero)
        #expect(report.accounts[0].toPay == T.yuan("20.00"))
        #expect(line.reasons.last == .undercharged(by: T.yuan("1.00")))
    }

    @Test("a bill with a freight column checks the freight; the amount pays the rest")
    func freightColumn() {
        // 中通 广东: 4 kg -> 5 + 3 x 4 = 17.00; 9 kg -> 37.00. Slip 3.9 kg -> 4 kg (step 1).
        let slip = T.slip(3, "700000000001", courier: "中通", weight: "3.9", destination: "广东省")
        let matched = T.judge(T.zto(2, "700000000001", amount: "18.48", freight: "17.00", weight: "4"), [slip])
        #expect(matched.status == .matched)
        #expect(matched.courier == "中通")
        #expect(matched.freight == T.yuan("17.00"))
        #expect(matched.expectedFreight == T.yuan("17.00"))
        let heavy = T.judge(T.zto(2, "700000000001", amount: "38.48", freight: "37.00", weight: "9"), [slip])
        #expect(heavy.status == .weightMismatch)
        #expect(heavy.disputed == T.yuan("20.00"))
        #expect(heavy.toPay == T.yuan("18.48"))
        let dear = T.judge(T.zto(2, "700000000001", amount: "19.48", freight: "18.00", weight: "4"), [slip])
        #expect(dear.status == .feeMismatch)
        #expect(dear.disputed == T.yuan("1.00"))
        #expect(dear.toPay == T.yuan("18.48"))
    }

    @Test("a bill with neither fee types nor a freight column takes the amount as freight")
    func amountAsFreight() {
        let slip = T.slip(3, "700000000001", courier: "中通", weight: "4", destination: "广东省")
        let line = T.judge(T.zto(2, "700000000001", amount: "17.50", weight: "4"), [slip])
        #expect(line.freight == T.yuan("17.50"))
        #expect(line.status == .feeMismatch)
        #expect(line.disputed == T.yuan("0.50"))
        #expect(line.toPay == T.yuan("17.00"))
    }
}
