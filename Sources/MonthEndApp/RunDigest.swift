import MonthEndCore
import MonthEndReconcile
import MonthEndWorkbook

/// The few lines `monthend run` prints after writing: what each area found, so the assistant
/// knows where to look before opening the workbook.
enum RunDigest {
    static func lines(_ report: MonthReport) -> [String] {
        var lines: [String] = []
        if let c = report.courier?.figures {
            let notMatched = c.billLines - (c.statusCounts[.matched] ?? 0)
            lines.append(
                "courier:     \(c.billLines) bill lines, \(c.billedTotal) billed; \(notMatched) not matched, "
                    + "\(c.notBilled) slips not billed; \(c.disputedTotal) disputed, \(c.rebillTotal) to re-bill")
        }
        if let r = report.receivables?.figures {
            lines.append(
                "receivables: \(r.invoices) invoices, \(r.outstandingTotal) outstanding (\(r.overdueTotal) overdue); "
                    + "\(r.unidentifiedPayments) unidentified payments; \(r.dunningReminders) reminders planned")
        }
        if let s = report.stock?.figures {
            lines.append(
                "stock:       \(s.items) items, \(s.varianceItems) over tolerance, \(s.notCounted) not counted, "
                    + "\(s.notOnBook) not on book; net variance \(s.netVarianceValue)")
        }
        if let o = report.orders {
            // Without a status or completed-date column the export does not say what was done.
            let completed = o.completedCount.map(String.init) ?? "unknown"
            let remaining = o.remainingCount.map(String.init) ?? "unknown"
            lines.append("orders:      \(o.placedCount) placed, \(completed) completed, \(remaining) remaining")
        }
        if let carried = report.carried {
            let from = carried.fromPeriod.map { " from \($0)" } ?? ""
            lines.append(
                "carried:     \(carried.carriedInCount) open items\(from) (\(carried.carriedInAmount)), "
                    + "\(carried.cleared.count) cleared (\(carried.clearedAmount)); \(carried.repeats.count) repeat claims; "
                    + "\(carried.dropped.count) duplicate payments dropped (\(carried.droppedAmount))")
        }
        let rows = report.inputs.reduce(0) { $0 + $1.rows }
        let accepted = report.inputs.reduce(0) { $0 + $1.accepted }
        let skipped = report.inputs.reduce(0) { $0 + $1.skipped }
        let rejected = report.inputs.reduce(0) { $0 + $1.rejected }
        lines.append(
            "rows:        \(report.inputs.count) files, \(rows) rows = \(accepted) accepted + \(skipped) skipped + "
                + "\(rejected) rejected; \(report.exceptions.count) exceptions to review")
        return lines
    }
}
