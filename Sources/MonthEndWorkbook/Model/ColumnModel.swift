/// What a column holds: it decides the number format, and the review kind adds the drop-down.
public enum ColumnKind: Hashable, Sendable {
    case text
    /// `#,##0.00`.
    case money
    /// Weights and stock quantities, `#,##0.000`.
    case quantity
    /// `yyyy-mm-dd`, written as real dates.
    case date
    case integer
    /// `0.00%`.
    case percent
    /// Finance's review column: empty text with the agreed / query / adjust drop-down.
    case review
}

public struct ColumnModel: Hashable, Sendable {
    public var header: String
    public var kind: ColumnKind

    public init(_ header: String, _ kind: ColumnKind) {
        self.header = header
        self.kind = kind
    }
}
