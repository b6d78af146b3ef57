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

    public init(orders: [Order], period: Period) {
        let end = period.lastDay
        self.period = period
        self.orders = orders
        self.placed = orders.filter { period.contains($0.orderDate) }
        self.completed = orders.filter { OrderCompletion.isCompleted($0, in: period) }
        self.remaining = orders.filter {
            $0.orderDate <= end && !OrderCompletion.isCompleted($0, onOrBefore: end)
        }
    }

    /// The JSON summary's `orders` figures.
    public var placedCount: Int { placed.count }
    public var completedCount: Int { completed.count }
    public var remainingCount: Int { remaining.count }
}
