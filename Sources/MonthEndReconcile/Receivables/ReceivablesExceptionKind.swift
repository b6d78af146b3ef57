/// The kinds of the receivables' exceptions, as codes (the workbook says them in words).
public enum ReceivablesExceptionKind: String, Sendable, Hashable, CaseIterable {
    /// A payment no customer could be found for.
    case unidentified
    /// A payment above its customer's open invoices: the rest is an unapplied credit.
    case overpayment
    /// A credit note above its customer's open invoices.
    case unappliedCreditNote = "unapplied_credit_note"
    /// An invoice open past its due date.
    case overdue
}
