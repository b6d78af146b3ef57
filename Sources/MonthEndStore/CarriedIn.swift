import MonthEndCore

/// What a period's run carries in: the open items of the last run of the latest earlier period.
public struct CarriedIn: Sendable, Hashable {
    /// The earlier period they come from; nil when the store has no earlier run.
    public var fromPeriod: Period?
    /// Whether that period was closed (a carry from a period still open is noted on the terminal).
    public var fromClosedPeriod: Bool
    public var items: [OpenItem]
    /// Payments taken part in earlier periods, by key, with the period that took them.
    public var paymentsSeen: [String: Period]

    public init(
        fromPeriod: Period? = nil, fromClosedPeriod: Bool = false, items: [OpenItem] = [],
        paymentsSeen: [String: Period] = [:]
    ) {
        self.fromPeriod = fromPeriod
        self.fromClosedPeriod = fromClosedPeriod
        self.items = items
        self.paymentsSeen = paymentsSeen
    }
}
