/// What the stock-take says about one item. An item can carry several flags (an item above its
/// tolerance may also have no unit cost and a book that does not add up).
public enum StockFlag: String, Sendable, Hashable, CaseIterable {
    /// Counted, and |variance| is strictly more than the tolerance.
    case aboveTolerance = "variance"
    /// Counted with a non-zero variance no larger than the tolerance: valued, not an exception.
    case withinTolerance = "within_tolerance"
    /// The counted quantity was left blank.
    case notCounted = "not_counted"
    /// Counted, but with no book quantity at all: a 盘盈 find, valued as a surplus of its whole count.
    case notOnBook = "not_on_book"
    /// No unit cost: the variance has no value (0).
    case noUnitCost = "no_unit_cost"
    /// The book column differs from opening + received - issued (the book column is used).
    case bookDoesNotAddUp = "book_does_not_add_up"

    /// Label for the Chinese workbook.
    public var chineseLabel: String {
        switch self {
        case .aboveTolerance: return "差异超出允差"
        case .withinTolerance: return "差异在允差内"
        case .notCounted: return "未盘点"
        case .notOnBook: return "账外盘盈"
        case .noUnitCost: return "无单价"
        case .bookDoesNotAddUp: return "账存不平"
        }
    }

    /// Label for the English workbook.
    public var englishLabel: String {
        switch self {
        case .aboveTolerance: return "variance above tolerance"
        case .withinTolerance: return "within tolerance"
        case .notCounted: return "not counted"
        case .notOnBook: return "not on book (surplus find)"
        case .noUnitCost: return "no unit cost"
        case .bookDoesNotAddUp: return "book does not add up"
        }
    }

    public func label(english: Bool) -> String { english ? englishLabel : chineseLabel }

    /// Whether finance must look at it (RECONCILE.md section 5). A variance within tolerance is
    /// valued in the totals but accepted by the rule, so it raises no exception.
    public var raisesException: Bool { self != .withinTolerance }
}
