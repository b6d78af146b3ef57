/// The stock-take's key figures, named after the JSON summary's `stock` block (OUTPUTS.md).
/// Every amount is the sum of the item rows' rounded values, so it equals the sheet to the fen.
public struct StockFigures: Sendable, Hashable {
    /// `items`: accepted rows.
    public var items: Int
    /// `variance_items`: counted, with |variance| strictly above tolerance (not-on-book finds excluded).
    public var varianceItems: Int
    /// `not_counted`.
    public var notCounted: Int
    /// `not_on_book`: counted with no book quantity at all.
    public var notOnBook: Int
    /// `shortage_value`: -variance value over every counted item with a negative variance.
    public var shortageValue: Money
    /// `surplus_value`: variance value over every counted item with a positive variance, finds included.
    public var surplusValue: Money
    /// `net_variance_value`: surplus - shortage.
    public var netVarianceValue: Money { surplusValue - shortageValue }

    public init(
        items: Int = 0, varianceItems: Int = 0, notCounted: Int = 0, notOnBook: Int = 0,
        shortageValue: Money = .zero, surplusValue: Money = .zero
    ) {
        self.items = items
        self.varianceItems = varianceItems
        self.notCounted = notCounted
        self.notOnBook = notOnBook
        self.shortageValue = shortageValue
        self.surplusValue = surplusValue
    }

    /// Sums the item lines.
    public init(lines: [StockItemLine]) {
        self.init(
            items: lines.count,
            varianceItems: lines.count { $0.has(.aboveTolerance) },
            notCounted: lines.count { $0.has(.notCounted) },
            notOnBook: lines.count { $0.has(.notOnBook) },
            shortageValue: lines.map(\.shortageValue).sum(),
            surplusValue: lines.map(\.surplusValue).sum())
    }
}
