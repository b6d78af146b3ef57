/// The reminder plan for the month after the period (催款计划): every invoice open at the as-of date is
/// assumed to stay open; a reminder is one customer on one day.
struct ReceivablesDunningPlanner {
    var settings: DunningSettings

    /// One open invoice to chase, with the customer facts a reminder shows.
    struct OpenInvoice {
        var invoiceNo: String
        var invoiceDate: LocalDate
        var dueDate: LocalDate
        var openBalance: Money
        var customerKey: String
        var customerName: String
        var salesperson: String?
    }

    /// Reminders by date, then customer key; items in FIFO order (due date, invoice date, number).
    func plan(_ invoices: [OpenInvoice], month: Period) -> [DunningReminder] {
        let ordered = invoices.sorted {
            ($0.dueDate, $0.invoiceDate, $0.invoiceNo) < ($1.dueDate, $1.invoiceDate, $1.invoiceNo)
        }
        var reminders: [DunningReminder] = []
        var indexOfDay: [DayCustomer: Int] = [:]
        let first = month.firstDay
        let last = month.lastDay
        for invoice in ordered {
            // Before due: due - lead <= d <= due, on the before-due weekdays.
            var day = Swift.max(first, invoice.dueDate.adding(days: -settings.leadDays))
            while day <= Swift.min(last, invoice.dueDate) {
                if !settings.holidays.contains(day), settings.beforeDueWeekdays.contains(day.isoWeekday) {
                    add(invoice, on: day, to: &reminders, index: &indexOfDay)
                }
                day = day.adding(days: 1)
            }
            // After due: every overdue weekday and every extra working day.
            day = Swift.max(first, invoice.dueDate.adding(days: 1))
            while day <= last {
                if !settings.holidays.contains(day),
                    settings.overdueWeekdays.contains(day.isoWeekday) || settings.extraWorkdays.contains(day)
                {
                    add(invoice, on: day, to: &reminders, index: &indexOfDay)
                }
                day = day.adding(days: 1)
            }
        }
        for position in reminders.indices {
            let items = reminders[position].items
            let overdue = items.contains { $0.daysPastDue > 0 }
            let beforeDue = items.contains { $0.daysPastDue <= 0 }
            reminders[position].kind = overdue && beforeDue ? .both : (overdue ? .overdue : .beforeDue)
        }
        return reminders.sorted { ($0.date, $0.customerKey) < ($1.date, $1.customerKey) }
    }

    private struct DayCustomer: Hashable {
        var day: LocalDate
        var customerKey: String
    }

    private func add(
        _ invoice: OpenInvoice, on day: LocalDate, to reminders: inout [DunningReminder],
        index: inout [DayCustomer: Int]
    ) {
        let item = DunningItem(
            invoiceNo: invoice.invoiceNo, dueDate: invoice.dueDate, openBalance: invoice.openBalance,
            daysPastDue: day.days(since: invoice.dueDate))
        let key = DayCustomer(day: day, customerKey: invoice.customerKey)
        if let position = index[key] {
            reminders[position].items.append(item)
        } else {
            index[key] = reminders.count
            reminders.append(
                DunningReminder(
                    date: day, customerKey: invoice.customerKey, customerName: invoice.customerName,
                    salesperson: invoice.salesperson, items: [item], kind: .beforeDue))
        }
    }
}
