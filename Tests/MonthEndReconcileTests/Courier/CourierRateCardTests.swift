import Testing

@testable import MonthEndReconcile

@Suite("Courier: rate cards, couriers and destinations")
struct CourierRateCardTests {
    typealias T = CourierTestData

    @Test("rate card freight: first weight, step, additional price, rounded half up once")
    func freightFormula() {
        let card = T.card(2, "顺丰", "广东", first: "1", price: "10", additional: "3.335", step: "0.5")
        #expect(card.chargeableWeight(T.kg("0.2")) == T.kg("1"))
        #expect(card.chargeableWeight(T.kg("1.000001")) == T.kg("1.5"))
        #expect(card.chargeableWeight(T.kg("2.5")) == T.kg("2.5"))
        #expect(card.freight(at: T.kg("0.2")) == T.yuan("10.00"))
        // 10 + 0.5 x 3.335 = 11.6675 -> 11.67 (half up).
        #expect(card.freight(at: T.kg("1.2")) == T.yuan("11.67"))
        // 10 + 1.5 x 3.335 = 15.0025 -> 15.00.
        #expect(card.freight(at: T.kg("2.5")) == T.yuan("15.00"))
        // 10 + 0.5 x 0.009999 = 10.0049995: 10.00 from the exact value (rounding the product to six
        // decimals first would give 10.005000 and then 10.01).
        let fine = T.card(3, nil, "广东", first: "1", price: "10", additional: "0.009999", step: "0.5")
        #expect(fine.freight(at: T.kg("1.5")) == T.yuan("10.00"))
        // 10 + 1 x 0.005 = 10.005 -> 10.01 (exactly half, up).
        let half = T.card(4, nil, "广东", first: "1", price: "10", additional: "0.005", step: "1")
        #expect(half.freight(at: T.kg("2")) == T.yuan("10.01"))
        // First weight 0.5 kg, step 0.5: 3.2 kg -> 3.5 kg: 8 + 3.0 x 2.5 = 15.50.
        let halfKilo = T.card(5, nil, "广东", first: "0.5", price: "8", additional: "2.5", step: "0.5")
        #expect(halfKilo.freight(at: T.kg("3.2")) == T.yuan("15.50"))
    }

    @Test("the courier comes from the slip when the bill has no courier column, through the aliases")
    func courierFromSlip() {
        // Bill: no courier; slip: 顺丰速运; card: 顺丰.
        let line = T.judge(
            T.sf(3, "SF1", amount: "27.00", weight: "3"), [T.slip(3, "SF1", courier: "SF Express", weight: "3")])
        #expect(line.courier == "顺丰")
        #expect(line.expectedFreight == T.yuan("27.00"))
    }

    @Test("the bill's own courier and account win over the slip's")
    func ownColumnsFirst() {
        let bill = T.zto(
            2, "700000000001", amount: "17.00", weight: "4", destination: "广东", courier: "ZTO", account: "ZT0001")
        let slip = T.slip(3, "700000000001", courier: "顺丰速运", weight: "4", account: "0201234567")
        let line = T.judge(bill, [slip])
        #expect(line.courier == "中通")
        #expect(line.account == "ZT0001")
        // 中通快递 广东省: 5 + 3 x 4 = 17.00.
        #expect(line.expectedFreight == T.yuan("17.00"))
        #expect(line.status == .matched)
    }

    @Test("a line with no courier and no slip takes its account's one courier, if the account has one")
    func courierOfAccount() {
        let lines = [
            T.sf(3, "SF404", amount: "27.00", weight: "3", account: "0201234567"),
            T.sf(4, "SF405", amount: "27.00", weight: "3", account: "SHARED"),
            T.sf(5, "SF406", amount: "27.00", weight: "3", account: "NOBODY"),
        ]
        let slips = [
            T.slip(3, "SF1", weight: "3", account: "0201234567"), T.slip(4, "SF2", weight: "3", account: "SHARED"),
            T.slip(5, "700000000001", courier: "中通", weight: "3", account: "SHARED"),
        ]
        let report = T.reconcile(lines, slips)
        #expect(report.lines.map(\.courier) == ["顺丰", "", ""])
        // Sorted by courier then account (Unicode order: 中通 before 顺丰); the not-billed slips count too.
        #expect(report.accounts.map(\.courier) == ["", "", "中通", "顺丰", "顺丰"])
        #expect(report.accounts.map(\.account) == ["NOBODY", "SHARED", "SHARED", "0201234567", "SHARED"])
        #expect(report.accounts.map(\.lines) == [1, 1, 0, 1, 0])
        #expect(report.accounts.map(\.notBilled) == [0, 0, 1, 1, 1])
    }

    @Test("a rate-card row without a courier applies to every courier; a courier's own row wins")
    func cardWithoutCourier() {
        let lines = [
            T.sf(3, "SF1", amount: "14.00", weight: "3", destination: "江苏省"),
            T.zto(2, "700000000001", amount: "21.00", weight: "3", destination: "江苏"),
        ]
        let slips = [
            T.slip(3, "SF1", weight: "3", destination: "江苏"),
            T.slip(4, "700000000001", courier: "中通", weight: "3", destination: "江苏"),
        ]
        let report = T.reconcile(lines, slips)
        // 顺丰 to 江苏 through the row for every courier: 10 + 2 x 2 = 14.00 (step 1).
        #expect(report.lines[0].expectedFreight == T.yuan("14.00"))
        #expect(report.lines[0].rateCardSource == SourceLocation(fileIndex: T.cardFile, line: 4))
        // 中通 to 江苏 through its own row: 11 + 2 x 5 = 21.00.
        #expect(report.lines[1].expectedFreight == T.yuan("21.00"))
        #expect(report.lines[1].rateCardSource == SourceLocation(fileIndex: T.cardFile, line: 6))
        #expect(report.lines.map(\.status) == [.matched, .matched])
    }

    @Test("of two rows for one courier and province, the first in file order wins")
    func firstRowWins() {
        let cards = [
            T.card(9, "顺丰", "广东省", price: "99", additional: "9"), T.card(2, "顺丰速运", "广东", price: "15", additional: "6"),
        ]
        let line = T.judge(T.sf(3, "SF1", amount: "27.00", weight: "3"), [T.slip(3, "SF1", weight: "3")], cards: cards)
        #expect(line.expectedFreight == T.yuan("27.00"))
    }

    @Test("a destination without a rate card: not priced, no fee check, no split")
    func destinationWithoutCard() {
        let line = T.judge(
            T.sf(3, "SF1", amount: "11.99", weight: "7.5", destination: "新疆维吾尔自治区"),
            [T.slip(3, "SF1", weight: "7.5", destination: "新疆")])
        #expect(line.status == .matched)
        #expect(line.province == "新疆")
        #expect(line.expectedFreight == nil)
        #expect(line.contractFreight == nil)
        #expect(line.weightEffect == nil)
        #expect(line.priceDifference == nil)
        #expect(line.flags == [.notPriced])
        #expect(line.reasonText(TestPhrases.en) == "not priced: no rate card for 顺丰 to 新疆")
        #expect(line.reasonText(TestPhrases.zh) == "价格表未覆盖顺丰到新疆：未计价")
    }

    @Test("the destination is the bill's, else the slip's; provinces compare after normalisation")
    func destinationFallback() {
        let slips = [
            T.slip(3, "SF1", weight: "3", destination: "广东"), T.slip(4, "SF2", weight: "3", destination: "四川省"),
        ]
        let lines = [
            T.sf(3, "SF1", amount: "27.00", weight: "3", destination: "广东省深圳市"),
            T.sf(4, "SF2", amount: "30.00", weight: "3", destination: nil),
        ]
        let report = T.reconcile(lines, slips)
        #expect(report.lines[0].destination == "广东省深圳市")
        #expect(report.lines[0].province == "广东")
        #expect(report.lines[0].flags.isEmpty)
        #expect(report.lines[1].destination == "四川省")
        #expect(report.lines[1].province == "四川")
        // 顺丰 四川: 20 + 2 x 5 = 30.00.
        #expect(report.lines[1].expectedFreight == T.yuan("30.00"))
        #expect(report.lines.map(\.status) == [.matched, .matched])
    }

    @Test("bill and slip in different provinces: said in the reason, priced at the bill's")
    func destinationsDiffer() {
        // Billed to 四川 (30.00 at 3 kg); the slip says 广东 (27.00).
        let line = T.judge(
            T.sf(3, "SF1", amount: "30.00", weight: "3", destination: "四川"),
            [T.slip(3, "SF1", weight: "3", destination: "广东省")])
        #expect(line.status == .matched)
        #expect(line.flags == [.destinationDiffers])
        #expect(line.expectedFreight == T.yuan("30.00"))
        #expect(line.reasons == [.destinationDiffers(bill: "四川", slip: "广东省")])
        #expect(
            line.reasonText(TestPhrases.en)
                == "the bill's destination (四川) and the slip's (广东省) are different provinces; priced at the bill's")
        let mismatch = T.judge(
            T.sf(3, "SF1", amount: "35.00", weight: "3", destination: "四川"),
            [T.slip(3, "SF1", weight: "3", destination: "广东省")])
        #expect(mismatch.status == .feeMismatch)
        #expect(mismatch.disputed == T.yuan("5.00"))
        #expect(mismatch.reasons.count == 2)
        #expect(mismatch.reasons[1] == .destinationDiffers(bill: "四川", slip: "广东省"))
    }

    @Test("two couriers with one waybill format each, grouped by (courier, account)")
    func twoCouriers() {
        let lines = [
            T.sf(3, "SF1001", amount: "27.00", weight: "3"),
            T.sf(4, "SF1002", amount: "30.00", weight: "3"),
            T.zto(2, "700000000001", amount: "18.48", freight: "17.00", weight: "4"),
            T.zto(3, "700000000002", amount: "12.00", freight: "12.00", weight: "2"),
        ]
        let slips = [
            T.slip(3, "SF1001", weight: "3"), T.slip(4, "SF1002", weight: "3"),
            T.slip(5, "700000000001", courier: "中通", weight: "4"),
            T.slip(6, "700000000002", courier: "中通", weight: "2"),
        ]
        let report = T.reconcile(lines, slips)
        #expect(report.lines.map(\.courier) == ["顺丰", "顺丰", "中通", "中通"])
        #expect(report.lines.map(\.status) == [.matched, .feeMismatch, .matched, .feeMismatch])
        #expect(report.accounts.count == 2)
        let zto = report.accounts[0]
        #expect(zto.courier == "中通")
        #expect(zto.account == "ZT8800123")
        #expect(zto.lines == 2)
        #expect(zto.billed == T.yuan("30.48"))
        // 中通 广东 2 kg: 5 + 4 = 9.00; billed 12.00.
        #expect(zto.disputed == T.yuan("3.00"))
        #expect(zto.toPay == T.yuan("27.48"))
        #expect(zto.count(.matched) == 1)
        #expect(zto.count(.feeMismatch) == 1)
        let sf = report.accounts[1]
        #expect(sf.courier == "顺丰")
        #expect(sf.account == "0201234567")
        #expect(sf.billed == T.yuan("57.00"))
        #expect(sf.disputed == T.yuan("3.00"))
        #expect(sf.toPay == T.yuan("54.00"))
        #expect(report.figures.billedTotal == zto.billed + sf.billed)
        #expect(report.figures.toPayTotal == zto.toPay + sf.toPay)
    }
}
