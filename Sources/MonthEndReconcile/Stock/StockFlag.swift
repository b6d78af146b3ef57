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

    /// Whether finance must look at it (RECONCILE.md section 5). A variance within tolerance is
    /// valued in the totals but accepted by the rule, so it raises no exception.
    public var raisesException: Bool { self != .withinTolerance }
}
