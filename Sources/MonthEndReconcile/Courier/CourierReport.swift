/// The month's courier bill reconciliation (RECONCILE.md section 1): everything the workbook's
/// courier sheets, the exceptions list and the JSON summary need.
public struct CourierReport: Sendable, Hashable {
    public var period: Period
    /// One per bill line, in file-name order then line order.
    public var lines: [CourierLineResult]
    /// In file-name order then line order.
    public var notBilled: [CourierUnbilledSlip]
    /// In file-name order then line order of the slips.
    public var rebilling: [CourierRebillItem]
    /// Sorted by courier, then account.
    public var accounts: [CourierAccountSummary]
    public var figures: CourierFigures

    public init(
        period: Period, lines: [CourierLineResult], notBilled: [CourierUnbilledSlip], rebilling: [CourierRebillItem],
        accounts: [CourierAccountSummary], figures: CourierFigures
    ) {
        self.period = period
        self.lines = lines
        self.notBilled = notBilled
        self.rebilling = rebilling
        self.accounts = accounts
        self.figures = figures
    }

    /// One exception per line not `matched` (amount at stake: its disputed amount, 0 for an
    /// undercharge or a weight mismatch not priced) and per `not_billed` slip (amount at stake:
    /// the rate card's freight for its chargeable weight, the bill we still expect; 0 when it cannot
    /// be priced). Lines first, then slips, each in source order.
    public func exceptions(_ phrases: ReasonPhrases, fileNames: [String] = []) -> [ExceptionItem] {
        var items: [ExceptionItem] = []
        // A hint only (figures of a hand-built report may not add up): one allocation, no regrowth.
        items.reserveCapacity(max(0, figures.billLines - figures.count(.matched)) + notBilled.count)
        for line in lines where line.status != .matched {
            items.append(
                ExceptionItem(
                    area: .courier, key: line.waybill, kind: line.status.rawValue, amount: line.disputed,
                    reason: line.reasonText(phrases, fileNames: fileNames), source: line.source))
        }
        for unbilled in notBilled {
            items.append(
                ExceptionItem(
                    area: .courier, key: unbilled.slip.waybill, kind: CourierUnbilledSlip.status,
                    amount: unbilled.expectedFreight ?? .zero,
                    reason: unbilled.reasonText(phrases, fileNames: fileNames),
                    source: unbilled.slip.source))
        }
        return items
    }
}
