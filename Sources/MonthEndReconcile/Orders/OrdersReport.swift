/// The month's order statistics (RECONCILE.md section 4), with the orders behind each figure in
/// source order so the workbook can list them.
public struct OrdersReport: Sendable, Hashable {
    public var period: Period
    /// Every accepted order, whatever its month.
    public var orders: [Order]
    /// Order date in the period.
    public var placed: [Order]
    /// Completed date in the period; without a completed-date column, a done status
    /// (已完成, 完成, 已交付, 已发货, closed) and an order date in the period.
    public var completed: [Order]
    /// Placed on or before the period end and not completed on or before it.
    public var remaining: [Order]
    /// False when some order's file has neither a status nor a completed-date column: then the
    /// export does not say which orders were done, and `completed` and `remaining` are unknown
    /// (empty here, `null` in the JSON, 未知 in the workbook), not zero.
    public var completionKnown: Bool

    public init(orders: [Order], period: Period) {
        let end = period.lastDay
        self.period = period
        self.orders = orders
        self.placed = orders.filter { period.contains($0.orderDate) }
        self.completionKnown = orders.allSatisfy { $0.fileHasCompletedDate || $0.fileHasStatus }
        guard completionKnown else {
            self.completed = []
            self.remaining = []
            return
        }
        self.completed = orders.filter { OrderCompletion.isCompleted($0, in: period) }
        self.remaining = orders.filter {
            $0.orderDate <= end && !OrderCompletion.isCompleted($0, onOrBefore: end)
        }
    }

    /// The JSON summary's `orders` figures.
    public var placedCount: Int { placed.count }
    /// nil when completion is unknown.
    public var completedCount: Int? { completionKnown ? completed.count : nil }
    public var remainingCount: Int? { completionKnown ? remaining.count : nil }
}
