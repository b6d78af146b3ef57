/// One part of a payment or credit note settled against one invoice.
public struct InvoiceAllocation: Sendable, Hashable {
    public var invoiceNo: String
    public var amount: Money

    public init(invoiceNo: String, amount: Money) {
        self.invoiceNo = invoiceNo
        self.amount = amount
    }
}

/// How one payment (or credit note) was spread over invoices, in allocation order. One row of the
/// payments sheet.
public struct PaymentApplication: Sendable, Hashable {
    public enum Origin: String, Sendable, Hashable {
        case payment
        /// A negative invoice, applied like a payment on its date.
        case creditNote = "credit_note"
    }

    public var origin: Origin
    public var source: SourceLocation
    public var date: LocalDate
    /// The payment's reference (交易流水号 ...), or the credit note's own number.
    public var reference: String?
    public var payer: String?
    public var memo: String?
    /// nil: unidentified (no code, no known payer name, no invoice number in the memo).
    public var customerKey: String?
    public var customerName: String?
    /// Positive: the money received, or the credit note's amount as a credit.
    public var amount: Money
    public var allocations: [InvoiceAllocation]
    /// What no invoice took: an overpayment, or the whole amount when unidentified.
    public var unapplied: Money

    public var applied: Money { amount - unapplied }
    public var isUnidentified: Bool { customerKey == nil }
}
