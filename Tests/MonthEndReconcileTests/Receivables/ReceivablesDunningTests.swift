import MonthEndCore
import Testing

@testable import MonthEndReconcile

/// The reminder plan for the month after the period: 2026-11 starts on a Sunday.
@Suite struct ReceivablesDunningTests {
    typealias F = ReceivablesFixtures

    static func plan() -> ReceivablesReport {
        var dunning = DunningSettings()
        dunning.holidays = [F.date("2026-11-09"), F.date("2026-11-20")]
        dunning.extraWorkdays = [F.date("2026-11-01"), F.date("2026-11-28")]
        return F.reconcile(
            invoices: [
                F.invoice("P", "2026-10-13", "1000.00", code: "C001", due: "2026-11-12", line: 2),
                F.invoice("R", "2026-10-21", "200.00", code: "C001", due: "2026-11-20", line: 3),
                F.invoice("Q", "2026-09-15", "500.00", code: "C002", due: "2026-10-15", line: 4),
                F.invoice("PAID", "2026-09-15", "70.00", code: "C002", due: "2026-10-15", line: 5),
                F.invoice("CN", "2026-10-20", "-5.00", code: "C003", line: 6),
                F.invoice("LATER", "2026-10-30", "9.00", code: "C003", due: "2026-12-20", line: 7),
            ],
            payments: [F.payment("X", "2026-10-16", "70.00", code: "C002", memo: "PAID", line: 2)],
            customers: [F.customer("C001", "甲公司", salesperson: "王磊", line: 2)], dunning: dunning)
    }

    @Test func oneReminderPerCustomerPerDay() {
        let report = Self.plan()
        #expect(F.date("2026-11-01").isoWeekday == 7)
        let first = report.dunningPlan.filter { $0.customerKey == "C001" }
        let second = report.dunningPlan.filter { $0.customerKey == "C002" }
        #expect(first.map(\.date.day) == [2, 5, 12, 13, 16, 17, 18, 19, 23, 24, 25, 26, 27, 28, 30])
        // Every weekday but the two holidays, plus the two extra working days.
        #expect(
            second.map(\.date.day) == [1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 16, 17, 18, 19, 23, 24, 25, 26, 27, 28, 30])
        #expect(report.dunningPlan.count == 36)
        #expect(report.figures.dunningReminders == 36)
        #expect(report.customer("C001")!.figures.dunningReminders == 15)
        #expect(report.dunningPlan.allSatisfy { $0.customerKey != "C003" })
        // By date, then customer.
        #expect(
            report.dunningPlan.prefix(3).map { "\($0.date.day) \($0.customerKey)" } == ["1 C002", "2 C001", "2 C002"])
    }

    @Test func reminderListsItsInvoicesWithDaysToOrPastDue() {
        let report = Self.plan()
        func reminder(_ day: String, _ customer: String) -> DunningReminder? {
            report.dunningPlan.first { $0.date == F.date(day) && $0.customerKey == customer }
        }
        let both = reminder("2026-11-12", "C001")!
        #expect(both.items.map(\.invoiceNo) == ["P", "R"])
        #expect(both.items.map(\.daysPastDue) == [0, -8])
        #expect(both.kind == .beforeDue)
        #expect(both.totalOpen == F.money("1200.00"))
        #expect(both.salesperson == "王磊")
        #expect(both.customerName == "甲公司")
        let mixed = reminder("2026-11-16", "C001")!
        #expect(mixed.items.map(\.daysPastDue) == [4, -4])
        #expect(mixed.kind == .both)
        let overdue = reminder("2026-11-23", "C001")!
        #expect(overdue.kind == .overdue)
        #expect(overdue.items.map(\.daysPastDue) == [11, 3])
        let sunday = reminder("2026-11-01", "C002")!
        #expect(sunday.kind == .overdue)
        #expect(sunday.items.map(\.invoiceNo) == ["Q"])
        #expect(sunday.items.map(\.daysPastDue) == [17])
        #expect(sunday.totalOpen == F.money("500.00"))
        #expect(reminder("2026-11-09", "C002") == nil)
        #expect(reminder("2026-11-20", "C001") == nil)
        #expect(reminder("2026-11-07", "C002") == nil)
    }

    @Test func beforeDueReminderDaysFollowTheSettings() {
        var dunning = DunningSettings()
        dunning.leadDays = 3
        dunning.beforeDueWeekdays = [2]
        dunning.overdueWeekdays = [3]
        let report = F.reconcile(
            invoices: [F.invoice("A", "2026-10-01", "10.00", code: "C001", due: "2026-11-10", line: 2)],
            dunning: dunning)
        // Tuesday 11-10 (the due day itself) before due; Wednesdays after.
        #expect(report.dunningPlan.map(\.date.day) == [10, 11, 18, 25])
        #expect(report.dunningPlan.map(\.kind) == [.beforeDue, .overdue, .overdue, .overdue])
    }
}
