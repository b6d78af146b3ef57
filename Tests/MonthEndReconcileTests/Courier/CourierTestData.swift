import MonthEndCore

@testable import MonthEndReconcile

/// Builders for courier test months: weights and amounts written as the exports write them.
/// Bill files are file 0 (顺丰, with fee types) and file 1 (中通, one row per waybill); slips are
/// file 2; the rate card is file 3.
enum CourierTestData {
    static let period = Period(year: 2026, month: 10)
    static let sfBill = 0
    static let ztoBill = 1
    static let slipFile = 2
    static let cardFile = 3
    static let fileNames = ["顺丰月结账单.csv", "中通对账单.csv", "寄件登记.csv", "价格表.csv"]

    static func kg(_ text: String) -> Quantity {
        guard let value = Quantity(plain: Substring(text)) else { fatalError("bad test weight \(text)") }
        return value
    }

    static func kg(_ text: String?) -> Quantity? { text.map { kg($0) } }

    static func yuan(_ text: String) -> Money {
        Money(roundingHalfUp: kg(text))
    }

    static func yuan(_ text: String?) -> Money? { text.map { yuan($0) } }

    static func day(_ day: Int, month: Int = 10) -> LocalDate { LocalDate(year: 2026, month: month, day: day)! }

    /// A line of the 顺丰 bill: one row per fee item, no courier column, amount 应付金额.
    static func sf(
        _ line: Int, _ waybill: String, fee: String = "运费", amount: String, weight: String? = nil,
        destination: String? = "广东省", account: String? = "0201234567", day: Int = 5
    ) -> CourierBillLine {
        CourierBillLine(
            source: SourceLocation(fileIndex: sfBill, line: line), waybill: waybill, shipDate: Self.day(day),
            amount: yuan(amount), feeType: fee, weightKg: kg(weight), destination: destination, account: account)
    }

    /// A line of the 中通 bill: one row per waybill, 运费 as freight and 合计费用 as amount.
    static func zto(
        _ line: Int, _ waybill: String, amount: String, freight: String? = nil, weight: String? = nil,
        destination: String? = "广东", courier: String? = nil, account: String? = "ZT8800123", day: Int = 5
    ) -> CourierBillLine {
        CourierBillLine(
            source: SourceLocation(fileIndex: ztoBill, line: line), waybill: waybill, shipDate: Self.day(day),
            amount: yuan(amount), freight: yuan(freight), weightKg: kg(weight), destination: destination,
            account: account, courier: courier)
    }

    static func slip(
        _ line: Int, _ waybill: String, courier: String? = "顺丰速运", weight: String? = nil,
        destination: String? = "广东省", account: String? = nil, payment: String? = "月结", charge: Bool? = nil,
        day: Int = 5, month: Int = 10
    ) -> CourierSlip {
        CourierSlip(
            source: SourceLocation(fileIndex: slipFile, line: line), waybill: waybill,
            shipDate: Self.day(day, month: month), weightKg: kg(weight), destination: destination,
            account: account ?? (courier == "中通" ? "ZT8800123" : "0201234567"), courier: courier,
            customer: "上海浦江电子有限公司", paymentMode: payment, chargeCustomer: charge)
    }

    static func card(
        _ line: Int, _ courier: String?, _ destination: String, first: String = "1", price: String,
        additional: String, step: String = "1"
    ) -> RateCardRow {
        RateCardRow(
            source: SourceLocation(fileIndex: cardFile, line: line), courier: courier, destination: destination,
            firstWeightKg: kg(first), firstPrice: kg(price), additionalPrice: kg(additional), stepKg: kg(step))
    }

    /// 顺丰 to 广东: 15 + 6 per kg over 1 kg, in steps of 0.5 kg; 中通 to 广东: 5 + 4, steps of 1 kg;
    /// to 江苏 any courier 10 + 2, but 中通 has its own 11 + 5.
    static let cards = [
        card(2, "顺丰", "广东", price: "15", additional: "6", step: "0.5"),
        card(3, "顺丰", "四川省", price: "20", additional: "5", step: "0.5"),
        card(4, nil, "江苏", price: "10", additional: "2"),
        card(5, "中通快递", "广东省", price: "5", additional: "4"),
        card(6, "中通快递", "江苏", price: "11", additional: "5"),
    ]

    static let aliases = CourierAliases(entries: [
        (canonical: "顺丰", aliases: ["顺丰速运", "SF", "SF Express"]),
        (canonical: "中通", aliases: ["中通快递", "ZTO"]),
    ])

    static func reconcile(
        _ lines: [CourierBillLine], _ slips: [CourierSlip], cards: [RateCardRow] = cards,
        settings: CourierSettings = CourierSettings()
    ) -> CourierReport {
        CourierReconciler(settings: settings, aliases: aliases)
            .reconcile(billLines: lines, slips: slips, rateCards: cards, period: period)
    }

    /// The single line of a one-line month.
    static func judge(_ line: CourierBillLine, _ slips: [CourierSlip], cards: [RateCardRow] = cards)
        -> CourierLineResult
    {
        reconcile([line], slips, cards: cards).lines[0]
    }
}
