import Testing

@testable import MonthEndReconcile

/// A month with a known answer for every status and every kind of slip.
@Suite("Courier: a whole month")
struct CourierMonthTests {
    typealias T = CourierTestData

    static let lines: [CourierBillLine] = [
        // 顺丰 bill, fee items.
        T.sf(3, "SF01", amount: "27.00", weight: "3"),  // matched
        T.sf(4, "SF01", fee: "保价", amount: "2.80"),  // matched component
        T.sf(5, "SF02", amount: "27.00", weight: "3.0"),  // weight_mismatch: slip 2.0 -> dispute 6.00
        T.sf(6, "SF03", amount: "30.00", weight: "3"),  // fee_mismatch: +3.00
        T.sf(7, "SF04", amount: "18.75", weight: "2", destination: "西藏"),  // not_shipped
        T.sf(8, "SF05", amount: "52.50", weight: "7.5", destination: "四川省"),  // collect_billed (到付)
        T.sf(9, "SF01", fee: "保价", amount: "2.80"),  // duplicate
        T.sf(10, "SF06", amount: "11.99", weight: "7.5", destination: "新疆维吾尔自治区"),  // matched, not priced
        // 中通 bill, one row per waybill.
        T.zto(2, "700000000001", amount: "18.48", freight: "17.00", weight: "4"),  // matched
        T.zto(3, "700000000002", amount: "8.00", freight: "8.00", weight: "2"),  // fee_mismatch, 1.00 under: 0.00
    ]

    static let slips: [CourierSlip] = [
        T.slip(3, "SF01", weight: "2.6", charge: true),
        T.slip(4, "SF02", weight: "2.0"),
        T.slip(5, "SF03", weight: "3"),
        T.slip(6, "SF05", weight: "7.5", destination: "四川", payment: "到付", charge: true),
        T.slip(7, "SF06", weight: "7.5", destination: "新疆"),
        T.slip(8, "700000000001", courier: "中通", weight: "3.9"),
        T.slip(9, "700000000002", courier: "中通", weight: "2"),
        // Not billed: paid by us, in the period; 顺丰 广东 1.2 kg -> 1.5 kg: 18.00.
        T.slip(10, "SF07", weight: "1.2", charge: true),
        // Not billed and cannot be priced (no weight).
        T.slip(11, "700000000003", courier: "中通", day: 31),
        // Not on a bill but 第三方付: not ours to pay, not listed.
        T.slip(12, "SF08", weight: "1", payment: "第三方付"),
        // Last month's slip: not counted, not listed.
        T.slip(13, "SF09", weight: "1", charge: true, day: 30, month: 9),
    ]

    static let report = T.reconcile(lines, slips)

    /// The runner starts the other areas from this call: it must come exactly once (a missing call
    /// would leave them waiting), and handing the arrays over must not change the report.
    @Test("linesJudged is called once, and consuming the arrays gives the same report")
    func linesJudgedOnce() {
        var calls = 0
        let consumed = CourierReconciler(settings: CourierSettings(), aliases: T.aliases).reconcile(
            billLines: Self.lines.map { $0 }, slips: Self.slips.map { $0 }, rateCards: T.cards, period: T.period,
            linesJudged: { calls += 1 })
        #expect(calls == 1)
        #expect(consumed == Self.report)
        var emptyCalls = 0
        _ = CourierReconciler(settings: CourierSettings(), aliases: T.aliases).reconcile(
            billLines: [], slips: [], rateCards: [], period: T.period, linesJudged: { emptyCalls += 1 })
        #expect(emptyCalls == 1)
    }

    @Test("every status once or more, with its disputed amount and to pay")
    func statuses() {
        let report = Self.report
        #expect(
            report.lines.map(\.status) == [
                .matched, .matched, .weightMismatch, .feeMismatch, .notShipped, .collectBilled, .duplicate, .matched,
                .matched, .feeMismatch,
            ])
        #expect(
            report.lines.map(\.disputed) == [
                .zero, .zero, T.yuan("6.00"), T.yuan("3.00"), T.yuan("18.75"), T.yuan("52.50"), T.yuan("2.80"), .zero,
                .zero, .zero,
            ])
        #expect(
            report.lines.map(\.toPay) == [
                T.yuan("27.00"), T.yuan("2.80"), T.yuan("21.00"), T.yuan("27.00"), .zero, .zero, .zero, T.yuan("11.99"),
                T.yuan("18.48"), T.yuan("8.00"),
            ])
    }

    @Test("figures: counts of all six statuses, totals, slips in the period, not billed, re-billing")
    func figures() {
        let figures = Self.report.figures
        #expect(figures.billLines == 10)
        #expect(figures.billedTotal == T.yuan("199.32"))
        #expect(figures.slips == 10)
        #expect(
            figures.statusCounts == [
                .matched: 4, .duplicate: 1, .notShipped: 1, .collectBilled: 1, .weightMismatch: 1, .feeMismatch: 2,
            ])
        #expect(figures.notBilled == 2)
        #expect(figures.disputedTotal == T.yuan("83.05"))
        #expect(figures.toPayTotal == T.yuan("116.27"))
        #expect(figures.billedTotal - figures.disputedTotal == figures.toPayTotal)
        // SF01: 27.00 + 2.80 + 0 (duplicate); SF05: 0 (到付); SF07: not billed yet.
        #expect(figures.rebillTotal == T.yuan("29.80"))
    }

    @Test("not_billed slips: paid by us, dated in the period, on no bill line")
    func notBilled() {
        let notBilled = Self.report.notBilled
        #expect(notBilled.map(\.slip.waybill) == ["SF07", "700000000003"])
        #expect(notBilled[0].courier == "顺丰")
        #expect(notBilled[0].chargeableWeightKg == T.kg("1.5"))
        #expect(notBilled[0].expectedFreight == T.yuan("18.00"))
        #expect(notBilled[0].reasons == [.notBilled])
        #expect(notBilled[1].courier == "中通")
        #expect(notBilled[1].expectedFreight == nil)
        #expect(notBilled[1].reasons == [.notBilled, .slipWithoutWeight])
    }

    @Test("re-billing: chargeable slips of the month with the to-pay of their bill lines")
    func rebilling() {
        let rebilling = Self.report.rebilling
        #expect(rebilling.map(\.slip.waybill) == ["SF01", "SF05", "SF07"])
        #expect(rebilling.map(\.billLines) == [3, 1, 0])
        #expect(rebilling.map(\.toPay) == [T.yuan("29.80"), .zero, .zero])
    }

    @Test("per (courier, account): lines, billed, disputed, to pay, counts, not billed")
    func accounts() {
        let accounts = Self.report.accounts
        #expect(accounts.map(\.courier) == ["中通", "顺丰"])
        #expect(accounts.map(\.lines) == [2, 8])
        #expect(accounts.map(\.billed) == [T.yuan("26.48"), T.yuan("172.84")])
        #expect(accounts.map(\.disputed) == [.zero, T.yuan("83.05")])
        #expect(accounts.map(\.toPay) == [T.yuan("26.48"), T.yuan("89.79")])
        #expect(accounts.map(\.notBilled) == [1, 1])
        #expect(
            accounts[1].statusCounts == [
                .matched: 3, .duplicate: 1, .notShipped: 1, .collectBilled: 1, .weightMismatch: 1, .feeMismatch: 1,
            ])
        for account in accounts { #expect(account.billed - account.disputed == account.toPay) }
    }

    @Test("exceptions: every line not matched (its disputed amount) and every not_billed slip (expected freight)")
    func exceptions() {
        let items = Self.report.exceptions(TestPhrases.en, fileNames: T.fileNames)
        #expect(items.map(\.key) == ["SF02", "SF03", "SF04", "SF05", "SF01", "700000000002", "SF07", "700000000003"])
        #expect(
            items.map(\.kind) == [
                "weight_mismatch", "fee_mismatch", "not_shipped", "collect_billed", "duplicate", "fee_mismatch",
                "not_billed", "not_billed",
            ])
        #expect(
            items.map(\.amount) == [
                T.yuan("6.00"), T.yuan("3.00"), T.yuan("18.75"), T.yuan("52.50"), T.yuan("2.80"), .zero,
                T.yuan("18.00"), .zero,
            ])
        #expect(items.allSatisfy { $0.area == .courier })
        #expect(items[2].reason == "no slip has this waybill: billed, but we never sent it")
        #expect(Self.report.lines[4].courier == "顺丰")
        #expect(
            items[6].reason == "sent this month and paid by us, but on no bill line (it may be on next month's bill)")
        #expect(items[6].source == SourceLocation(fileIndex: T.slipFile, line: 10))
        let chinese = Self.report.exceptions(TestPhrases.zh)
        #expect(chinese[0].reason == "计费重量 3 kg 比寄件计费重量 2 kg 多 1 kg，超过容差 0.5 kg")
    }

    @Test("an empty month has all six status counts at zero")
    func emptyMonth() {
        let report = T.reconcile([], [])
        #expect(report.figures.statusCounts.count == 6)
        #expect(report.figures.statusCounts.values.allSatisfy { $0 == 0 })
        #expect(report.figures.billedTotal == .zero)
        #expect(report.lines.isEmpty && report.accounts.isEmpty && report.notBilled.isEmpty)
    }
}
