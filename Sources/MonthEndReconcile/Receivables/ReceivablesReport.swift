/// Receivables for one period as of one date (RECONCILE.md section 2): every invoice's balance, how
/// every payment was applied, the customers' aging, the next month's dunning plan, and exceptions.
public struct ReceivablesReport: Sendable, Hashable {
    public var period: Period
    public var asOf: LocalDate
    /// The scheme of `InvoiceBalance.bucketIndex` and `CustomerBalance.aging`.
    public var agingScheme: AgingScheme
    /// Invoices and credit notes dated on or before the as-of date, in file then line order.
    public var invoices: [InvoiceBalance]
    /// Payments dated on or before the as-of date, in allocation order (date, reference, line).
    public var payments: [PaymentApplication]
    /// Credit notes applied like payments, in allocation order.
    public var creditNotes: [PaymentApplication]
    /// Every customer with an invoice or an identified payment, by customer key.
    public var customers: [CustomerBalance]
    /// By date, then customer key.
    public var dunningPlan: [DunningReminder]
    public var figures: ReceivablesFigures
}
