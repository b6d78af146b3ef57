/// The area of the month's work an exception belongs to.
public enum ExceptionArea: String, Sendable, Hashable, CaseIterable {
    case courier
    case receivables
    case stock
}

/// One row of the exceptions list (RECONCILE.md section 5): what finance must look at, the amount
/// at stake and the reason in plain words. The workbook adds the review column.
public struct ExceptionItem: Sendable, Hashable {
    public var area: ExceptionArea
    /// What identifies the line: a waybill, an invoice number, a payment reference, an item code.
    public var key: String
    /// A short status word: `not_shipped`, `overdue`, `unidentified`, `variance` ...
    public var kind: String
    public var amount: Money
    public var reason: String
    public var source: SourceLocation?

    public init(area: ExceptionArea, key: String, kind: String, amount: Money, reason: String, source: SourceLocation? = nil) {
        self.area = area
        self.key = key
        self.kind = kind
        self.amount = amount
        self.reason = reason
        self.source = source
    }
}
