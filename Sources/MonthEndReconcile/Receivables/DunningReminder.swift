/// One invoice raised in a reminder.
public struct DunningItem: Sendable, Hashable {
    public var invoiceNo: String
    public var dueDate: LocalDate
    public var openBalance: Money
    /// Reminder date minus due date: negative while the invoice is still to fall due.
    public var daysPastDue: Int
}

/// One customer to call on one day of the month after the period (催款计划).
public struct DunningReminder: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case beforeDue = "before_due"
        case overdue
        /// Some invoices are still to fall due and others are past due.
        case both
    }

    public var date: LocalDate
    public var customerKey: String
    public var customerName: String
    public var salesperson: String?
    /// In the order of allocation: due date, invoice date, invoice number.
    public var items: [DunningItem]
    public var kind: Kind

    public var totalOpen: Money { items.map(\.openBalance).sum() }
}
