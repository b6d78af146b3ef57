import Testing

@testable import MonthEndReconcile

@Suite("Courier: status order, fee items and duplicates")
struct CourierStatusOrderTests {
    typealias T = CourierTestData

    @Test("a waybill billed in three fee items and a duplicate of one of them")
    func threeFeeItemsAndADuplicate() {
        let lines = [
            T.sf(3, "SF200", fee: "运费", amount: "27.00", weight: "3"),
            T.sf(4, "SF200", fee: "保价", amount: "2.80", weight: "3"),
            T.sf(5, "SF200", fee: "包装服务", amount: "5.00", weight: "3"),
            T.sf(6, "SF300", fee: "运费", amount: "15.00", weight: "1"),
            T.sf(9, "SF200", fee: "保价", amount: "2.80", weight: "3"),
        ]
        let slips = [T.slip(3, "SF200", weight: "3", charge: true), T.slip(4, "SF300", weight: "1")]
        let report = T.reconcile(lines, slips)
        #expect(report.lines.map(\.status) == [.matched, .matched, .matched, .matched, .duplicate])
        #expect(report.lines.map(\.isFreightLine) == [true, false, false, true, false])
        #expect(report.lines[1].freight == nil)
        #expect(report.lines[1].expectedFreight == nil)
        #expect(report.lines[1].weightEffect == nil)
        let duplicate = report.lines[4]
        #expect(duplicate.disputed == T.yuan("2.80"))
        #expect(duplicate.toPay == .zero)
        #expect(duplicate.reasons == [.duplicate(first: SourceLocation(fileIndex: T.sfBill, line: 4), feeType: "保价")])
        #expect(
            duplicate.reasonText(TestPhrases.en, fileNames: T.fileNames)
                == "duplicate: the same waybill and fee item (保价) was billed at 顺丰月结账单.csv line 4")
        #expect(
            duplicate.reasonText(TestPhrases.zh, fileNames: T.fileNames) == "重复计费：同一运单同一费用项目（保价）已在顺丰月结账单.csv 第 4 行计费")
        #expect(report.figures.billLines == 5)
        #expect(report.figures.billedTotal == T.yuan("52.60"))
        #expect(report.figures.disputedTotal == T.yuan("2.80"))
        #expect(report.figures.count(.duplicate) == 1)
        #expect(report.figures.count(.matched) == 4)
        // Re-billing: the chargeable slip's three items and its duplicate (to pay 0).
        #expect(report.rebilling.count == 1)
        #expect(report.rebilling[0].billLines == 4)
        #expect(report.rebilling[0].toPay == T.yuan("34.80"))
        #expect(report.figures.rebillTotal == T.yuan("34.80"))
    }

    @Test("fee types compare after NFKC, white space and ASCII case: 运 费 and FREIGHT are freight")
    func feeTypeSpellings() {
        let lines = [
            T.sf(3, "SF1", fee: " 运 费", amount: "27.00", weight: "3"),
            T.sf(4, "SF1", fee: "运费", amount: "27.00", weight: "3"),
            T.sf(5, "SF2", fee: "FREIGHT", amount: "27.00", weight: "3"),
            T.sf(6, "SF3", fee: "基础运费", amount: "27.00", weight: "3"),
            T.sf(7, "SF4", fee: "快递费", amount: "27.00", weight: "3"),
            T.sf(8, "SF4", fee: "", amount: "1.00"),
        ]
        let slips = ["SF1", "SF2", "SF3", "SF4"].enumerated().map { T.slip(3 + $0.offset, $0.element, weight: "3") }
        let report = T.reconcile(lines, slips)
        #expect(report.lines.map(\.isFreightLine) == [true, true, true, true, true, false])
        #expect(report.lines.map(\.status) == [.matched, .duplicate, .matched, .matched, .matched, .matched])
    }

    @Test("on a bill without fee types the same waybill twice is a duplicate, whatever the amounts")
    func wholeWaybillDuplicate() {
        let slip = T.slip(3, "700000000001", courier: "中通", weight: "4", destination: "广东省")
        let lines = [
            T.zto(2, "700000000001", amount: "17.00", freight: "17.00", weight: "4"),
            T.zto(7, "700000000001", amount: "18.00", freight: "17.00", weight: "4"),
        ]
        let report = T.reconcile(lines, [slip])
        #expect(report.lines.map(\.status) == [.matched, .duplicate])
        #expect(report.lines[1].disputed == T.yuan("18.00"))
        #expect(report.lines[1].toPay == .zero)
        #expect(
            report.lines[1].reasons.first
                == .duplicate(first: SourceLocation(fileIndex: T.ztoBill, line: 2), feeType: nil))
        // The contract split is still shown on the duplicate's row.
        #expect(report.lines[1].weightEffect == .zero)
        #expect(report.lines[1].priceDifference == T.yuan("0.00"))
    }

    @Test("file-name order then line order decides which of two duplicates is first, whatever the input order")
    func firstOccurrenceBySource() {
        let slip = T.slip(3, "SF1", weight: "3")
        let early = T.sf(3, "SF1", amount: "27.00", weight: "3")
        let late = CourierBillLine(
            source: SourceLocation(fileIndex: 5, line: 2), waybill: "SF1", shipDate: T.day(6), amount: T.yuan("27.00"),
            feeType: "运费", weightKg: T.kg("3"), destination: "广东")
        let report = T.reconcile([late, early], [slip])
        #expect(report.lines.map(\.source) == [early.source, late.source])
        #expect(report.lines.map(\.status) == [.matched, .duplicate])
    }

    @Test("duplicate is checked first: a waybill with no slip billed twice is not_shipped, then duplicate")
    func duplicateBeforeNotShipped() {
        let lines = [T.sf(3, "SF9", amount: "18.75", weight: "2"), T.sf(4, "SF9", amount: "18.75", weight: "2")]
        let report = T.reconcile(lines, [])
        #expect(report.lines.map(\.status) == [.notShipped, .duplicate])
        #expect(report.lines.map(\.disputed) == [T.yuan("18.75"), T.yuan("18.75")])
        #expect(report.figures.disputedTotal == T.yuan("37.50"))
        #expect(report.figures.toPayTotal == .zero)
    }

    @Test("waybills compare after NFKC, white space and ASCII case")
    func waybillSpellings() {
        let line = T.judge(T.sf(3, "ＳＦ１２３", amount: "27.00", weight: "3"), [T.slip(3, "sf123 ", weight: "3")])
        #expect(line.status == .matched)
        #expect(line.waybill == "ＳＦ１２３")
        #expect(line.slipSource == SourceLocation(fileIndex: T.slipFile, line: 3))
    }

    @Test("not_shipped: no slip; its fee items are not_shipped too, each disputed in full")
    func notShippedWithComponents() {
        let lines = [
            T.sf(3, "SF404", amount: "27.00", weight: "3"), T.sf(4, "SF404", fee: "保价", amount: "1.40"),
        ]
        let report = T.reconcile(lines, [T.slip(3, "SF1", weight: "3")])
        #expect(report.lines.map(\.status) == [.notShipped, .notShipped])
        #expect(report.lines.map(\.disputed) == [T.yuan("27.00"), T.yuan("1.40")])
        #expect(report.lines[0].reasons == [.notShipped])
        // No courier column, no slip: the courier its account 0201234567 has on the slips.
        #expect(report.lines[0].courier == "顺丰")
        #expect(report.lines[0].account == "0201234567")
        // Priced from the bill alone (3 kg to 广东: 27.00); no slip, so no split.
        #expect(report.lines[0].expectedFreight == T.yuan("27.00"))
        #expect(report.lines[0].contractFreight == nil)
        #expect(report.lines[0].weightEffect == nil)
        #expect(report.figures.count(.notShipped) == 2)
        #expect(report.figures.disputedTotal == T.yuan("28.40"))
    }

    @Test("collect_billed: 到付 and 第三方付 slips billed to us, fee items included, before the weight check")
    func collectBilled() {
        let lines = [
            T.sf(3, "SF1", amount: "99.00", weight: "9"), T.sf(4, "SF1", fee: "保价", amount: "3.57"),
            T.sf(5, "SF2", amount: "27.00", weight: "3"),
        ]
        let slips = [
            T.slip(3, "SF1", weight: "1", payment: "到付", charge: true), T.slip(4, "SF2", weight: "3", payment: "第三方付"),
        ]
        let report = T.reconcile(lines, slips)
        #expect(report.lines.map(\.status) == [.collectBilled, .collectBilled, .collectBilled])
        #expect(report.lines.map(\.toPay) == [.zero, .zero, .zero])
        #expect(report.lines[0].reasons == [.collectBilled(paymentMode: "到付")])
        #expect(report.lines[0].reasonText(TestPhrases.en) == "the slip says 到付 (we do not pay), yet we are billed")
        #expect(report.figures.disputedTotal == T.yuan("129.57"))
        // The chargeable 到付 slip is listed for re-billing with nothing to pay.
        #expect(report.rebilling.map(\.toPay) == [.zero])
        #expect(report.figures.rebillTotal == .zero)
    }

    @Test("a component row of a matched waybill is matched whatever its amount")
    func componentsAreMatched() {
        let lines = [
            T.sf(3, "SF1", amount: "45.00", weight: "5"), T.sf(4, "SF1", fee: "保价", amount: "999.00", weight: "5"),
        ]
        let report = T.reconcile(lines, [T.slip(3, "SF1", weight: "2")])
        #expect(report.lines.map(\.status) == [.weightMismatch, .matched])
        #expect(report.lines[1].disputed == .zero)
        #expect(report.lines[1].toPay == T.yuan("999.00"))
    }
}
