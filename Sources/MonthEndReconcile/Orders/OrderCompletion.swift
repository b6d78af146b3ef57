/// When an order counts as completed (RECONCILE.md section 4). With a completed-date column the
/// date decides; without one, a done status decides and the order counts as completed when it was
/// placed (the status is all the export says of when).
enum OrderCompletion {
    /// Statuses that mean done, compared after trimming, ASCII case-insensitive and whole (未完成
    /// contains 完成 but is not done).
    static let completedStatuses: Set<String> = ["已完成", "完成", "已交付", "已发货", "closed"]

    static func statusSaysCompleted(_ status: String?) -> Bool {
        guard let status else { return false }
        return completedStatuses.contains(fold(status))
    }

    /// Completed within the period.
    static func isCompleted(_ order: Order, in period: Period) -> Bool {
        if order.fileHasCompletedDate {
            guard let date = order.completedDate else { return false }
            return period.contains(date)
        }
        return statusSaysCompleted(order.status) && period.contains(order.orderDate)
    }

    /// Completed on or before `date`.
    static func isCompleted(_ order: Order, onOrBefore date: LocalDate) -> Bool {
        if order.fileHasCompletedDate {
            guard let completed = order.completedDate else { return false }
            return completed <= date
        }
        return statusSaysCompleted(order.status) && order.orderDate <= date
    }

    private static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if (0x41...0x5A).contains(value) { value += 0x20 }
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
