/// One customer's receivables: the figures of the summary restricted to it, and its open balances
/// aged in the configured scheme. One row of the aging sheet.
public struct CustomerBalance: Sendable, Hashable {
    public var customerKey: String
    public var customerName: String
    /// The master's, else the first one on the customer's invoices.
    public var salesperson: String?
    /// In the configured scheme; `aging.total` equals `figures.outstandingTotal`.
    public var aging: AgingAmounts
    public var figures: ReceivablesFigures
    /// Unused credit of the customer's credit notes (not part of `unappliedTotal`, which is payments').
    public var unappliedCreditNotes: Money

    public var total: Money { aging.total }
}
