/// The courier block of the JSON summary and the Summary sheet.
public struct CourierFigures: Sendable, Hashable {
    /// Accepted bill lines.
    public var billLines = 0
    public var billedTotal = Money.zero
    /// Accepted slips dated in the period.
    public var slips = 0
    /// All six statuses, zero when none.
    public var statusCounts: [CourierStatus: Int] = Dictionary(
        uniqueKeysWithValues: CourierStatus.allCases.map { ($0, 0) })
    public var notBilled = 0
    /// The sum of every line's disputed amount (never negative: an undercharge disputes 0).
    public var disputedTotal = Money.zero
    /// `billedTotal - disputedTotal`: the sum of every line's to-pay.
    public var toPayTotal = Money.zero
    public var rebillTotal = Money.zero

    public init() {}

    public func count(_ status: CourierStatus) -> Int { statusCounts[status] ?? 0 }
}
