/// The receivables figures of the JSON summary (OUTPUTS.md), for the whole month or one customer.
public struct ReceivablesFigures: Sendable, Hashable {
    /// Accepted invoices (credit notes included) dated on or before the as-of date.
    public var invoices = 0
    /// Net amount of those dated in the period.
    public var invoicedInPeriod = Money.zero
    /// Accepted incoming payments dated on or before the as-of date.
    public var payments = 0
    public var receivedInPeriod = Money.zero
    /// Settled against invoices by payments (credit notes excluded), whatever the payment's month.
    public var appliedTotal = Money.zero
    /// Overpayments plus unidentified payments.
    public var unappliedTotal = Money.zero
    public var unidentifiedPayments = 0
    public var outstandingTotal = Money.zero
    /// Open balances of invoices more than 0 days past due.
    public var overdueTotal = Money.zero
    /// Always in the standard scheme (due date; current, 1-30, 31-60, 61-90, 90+).
    public var aging = AgingAmounts(scheme: .standard)
    /// Customer-days of the dunning plan.
    public var dunningReminders = 0

    public init() {}
}
