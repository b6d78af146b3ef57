/// One invoice (or credit note) as of the as-of date: what was billed, what has been settled, what
/// is still open and how old it is. One row of the receivables sheet.
public struct InvoiceBalance: Sendable, Hashable {
    public var source: SourceLocation
    public var invoiceNo: String
    /// The customer code, or the normalised name when the customer is in no master.
    public var customerKey: String
    public var customerName: String
    /// The invoice row's salesperson, else the master's.
    public var salesperson: String?
    public var invoiceDate: LocalDate
    public var dueDate: LocalDate
    /// Gross; negative for a credit note.
    public var amount: Money
    /// Settled by payments and credit notes dated on or before the as-of date. 0 for a credit note.
    public var paid: Money
    /// amount - paid for an invoice; 0 for a credit note (its unused part is an unapplied credit).
    public var openBalance: Money
    /// As-of date minus due date (negative: days still to run).
    public var daysPastDue: Int
    /// Days counted under the configured aging basis.
    public var agedDays: Int
    /// Index into the configured scheme's labels.
    public var bucketIndex: Int
    public var bucketLabel: String
    public var isCreditNote: Bool

    /// Open and past its due date as of the as-of date.
    public var isOverdue: Bool { openBalance.isPositive && daysPastDue > 0 }
}
