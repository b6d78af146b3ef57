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
        let first = month.firstDay
        let last = month.lastDay
        // (day, customer) -> its reminder, in a flat array by day of the month and customer id: an
        // overdue invoice is chased on every working day, a million (day, customer) look-ups in a
        // big month, and none of them hashes the customer's key again.
        var customerIDs: [String: Int] = [:]
        let customerOfInvoice = ordered.map { invoice in
            let next = customerIDs.count
            let id = customerIDs[invoice.customerKey, default: next]
            if id == next { customerIDs[invoice.customerKey] = next }
            return id
        }
        let days = Swift.max(0, Int(last.dayNumber) - Int(first.dayNumber) + 1)
        var reminderOf = ReminderIndex(days: days, customers: customerIDs.count)
        for (position, invoice) in ordered.enumerated() {
            let customer = customerOfInvoice[position]
            func add(on day: LocalDate) {
                self.add(
                    invoice, on: day, to: &reminders, slot: &reminderOf[Int(day.dayNumber - first.dayNumber), customer])
            }
            // Before due: due - lead <= d <= due, on the before-due weekdays.
            var day = Swift.max(first, invoice.dueDate.adding(days: -settings.leadDays))
            while day <= Swift.min(last, invoice.dueDate) {
                if !settings.holidays.contains(day), settings.beforeDueWeekdays.contains(day.isoWeekday) {
                    add(on: day)
                }
                day = day.adding(days: 1)
            }
            // After due: every overdue weekday and every extra working day.
            day = Swift.max(first, invoice.dueDate.adding(days: 1))
            while day <= last {
                if !settings.holidays.contains(day),
                    settings.overdueWeekdays.contains(day.isoWeekday) || settings.extraWorkdays.contains(day)
                {
                    add(on: day)
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

    /// The reminder of each (day of the month, customer id), -1 for none yet.
    private struct ReminderIndex {
        private var positions: [Int32]
        private let customers: Int

        init(days: Int, customers: Int) {
            self.customers = customers
            positions = Array(repeating: -1, count: days * customers)
        }

        subscript(day: Int, customer: Int) -> Int32 {
            get { positions[day * customers + customer] }
            set { positions[day * customers + customer] = newValue }
        }
    }

    private func add(
        _ invoice: OpenInvoice, on day: LocalDate, to reminders: inout [DunningReminder], slot: inout Int32
    ) {
        let item = DunningItem(
            invoiceNo: invoice.invoiceNo, dueDate: invoice.dueDate, openBalance: invoice.openBalance,
            daysPastDue: day.days(since: invoice.dueDate))
        if slot >= 0 {
            reminders[Int(slot)].items.append(item)
        } else {
            slot = Int32(reminders.count)
            reminders.append(
                DunningReminder(
                    date: day, customerKey: invoice.customerKey, customerName: invoice.customerName,
                    salesperson: invoice.salesperson, items: [item], kind: .beforeDue))
        }
    }
}
