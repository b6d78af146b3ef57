/// One row of the stock-take sheet (盘点差异) after reconciliation: the row as read (its fields read
/// through, as `line.itemCode`), its book quantity and where it came from, the variance, its value,
/// the tolerance used and the flags.
@dynamicMemberLookup
public struct StockItemLine: Sendable, Hashable {
    /// The accepted row, as the file gave it.
    public var row: StockCountRow
    /// The book quantity the item is judged against: the book column, else opening + received -
    /// issued; nil when the item is not on the books. (The row's own `bookQty` is the column.)
    public var bookQty: Quantity?
    public var bookSource: StockBookSource
    /// Opening + received - issued (an absent component is 0), when at least one is present.
    public var computedBookQty: Quantity?
    /// Counted - book; for an item not on the books, its whole count. nil when not counted.
    public var variance: Quantity?
    /// Variance / |book| x 100, rounded half up to two decimals (so the sign follows the variance).
    /// nil when not counted, when the book is 0, when there is no book quantity (and when too large to hold).
    public var variancePercent: Quantity?
    /// Variance x unit cost rounded half up to the fen; 0 without a unit cost or a count.
    public var varianceValue: Money
    public var tolerance: StockTolerance
    /// In the order of `StockFlag.allCases`; empty for a counted item without variance.
    public var flags: [StockFlag]

    /// A field of the row as read: `line.itemCode`, `line.countedQty`, `line.unitCost` ...
    public subscript<Value>(dynamicMember field: KeyPath<StockCountRow, Value>) -> Value { row[keyPath: field] }

    public func has(_ flag: StockFlag) -> Bool { flags.contains(flag) }

    public var isCounted: Bool { row.countedQty != nil }

    /// This item's part of `shortage_value`: -variance value when the variance is negative.
    public var shortageValue: Money { varianceValue.isNegative ? -varianceValue : .zero }

    /// This item's part of `surplus_value`: the variance value when positive (a not-on-book find
    /// is valued at its whole count).
    public var surplusValue: Money { varianceValue.isPositive ? varianceValue : .zero }

    /// The item as the exceptions list names it: its code, and its location when it has one.
    public var exceptionKey: String { row.location.isEmpty ? row.itemCode : row.itemCode + " @ " + row.location }
}

extension StockItemLine {
    /// Reconciles one accepted stock-take row under the settings (RECONCILE.md section 3).
    public init(row: StockCountRow, settings: StockSettings) {
        let components = [row.openingQty, row.receivedQty, row.issuedQty]
        let computed: Quantity? =
            components.contains { $0 != nil }
            ? (row.openingQty ?? .zero) + (row.receivedQty ?? .zero) - (row.issuedQty ?? .zero) : nil

        let book: Quantity?
        let bookSource: StockBookSource
        if let column = row.bookQty {
            (book, bookSource) = (column, .bookColumn)
        } else if let computed {
            (book, bookSource) = (computed, .computed)
        } else {
            (book, bookSource) = (nil, .none)
        }

        let tolerance = StockTolerance.resolve(itemCode: row.itemCode, unit: row.unit, book: book, settings: settings)

        var flags: Set<StockFlag> = []
        var variance: Quantity?
        var variancePercent: Quantity?
        if let counted = row.countedQty {
            if let book {
                let difference = counted - book
                variance = difference
                variancePercent = StockArithmetic.percent(difference, of: book.magnitude)
                if tolerance.isExceeded(by: difference, book: book) {
                    flags.insert(.aboveTolerance)
                } else if !difference.isZero {
                    flags.insert(.withinTolerance)
                }
            } else {
                variance = counted
                flags.insert(.notOnBook)
            }
        } else {
            flags.insert(.notCounted)
        }
        if row.unitCost == nil { flags.insert(.noUnitCost) }
        if let column = row.bookQty, let computed, column != computed { flags.insert(.bookDoesNotAddUp) }

        let value: Money
        if let variance, let cost = row.unitCost {
            value = StockArithmetic.value(of: variance, at: cost)
        } else {
            value = .zero
        }

        self.row = row
        self.bookQty = book
        self.bookSource = bookSource
        self.computedBookQty = computed
        self.variance = variance
        self.variancePercent = variancePercent
        self.varianceValue = value
        self.tolerance = tolerance
        self.flags = StockFlag.allCases.filter(flags.contains)
    }
}
