import MonthEndCore
import Testing

@testable import MonthEndReconcile

/// Due dates, days past due, aging buckets under both bases, and the summary's overdue figure.
@Suite struct ReceivablesAgingTests {
    typealias F = ReceivablesFixtures

    @Test func invoiceDueExactlyOnTheAsOfDateIsCurrentNotOverdue() {
        let report = F.reconcile(invoices: [
            F.invoice("ON", "2026-10-01", "1000.00", code: "C001", terms: .days(30), line: 2),
            F.invoice("LATE", "2026-09-30", "250.00", code: "C001", terms: .days(30), line: 3),
        ])
        let onTime = report.invoice("ON")!
        #expect(onTime.dueDate == F.date("2026-10-31"))
        #expect(onTime.daysPastDue == 0)
        #expect(onTime.bucketLabel == "current")
        #expect(!onTime.isOverdue)
        let late = report.invoice("LATE")!
        #expect(late.daysPastDue == 1)
        #expect(late.bucketLabel == "1-30")
        #expect(report.figures.overdueTotal == F.money("250.00"))
        #expect(report.figures.aging.amount(for: "current") == F.money("1000.00"))
        #expect(report.figures.aging.amount(for: "1-30") == F.money("250.00"))
        #expect(report.exceptions(TestPhrases.zh).map(\.key) == ["LATE"])
        #expect(report.exceptions(TestPhrases.zh).map(\.kind) == ["overdue"])
        #expect(report.exceptions(TestPhrases.zh).map(\.amount) == [F.money("250.00")])
    }

    @Test func monthEndTermsCountFromTheEndOfTheInvoiceMonth() {
        let report = F.reconcile(invoices: [
            F.invoice("M", "2026-09-10", "5000.00", code: "C001", terms: .endOfMonthPlus(30), line: 2),
            F.invoice("F", "2026-02-03", "80.00", code: "C001", terms: .endOfMonthPlus(30), line: 3),
        ])
        // End of September + 30 days.
        let invoice = report.invoice("M")!
        #expect(invoice.dueDate == F.date("2026-10-30"))
        #expect(invoice.daysPastDue == 1)
        #expect(invoice.bucketLabel == "1-30")
        #expect(report.invoice("F")!.dueDate == F.date("2026-03-30"))
        #expect(report.figures.overdueTotal == F.money("5080.00"))
    }

    @Test func dueDateColumnThenRowTermsThenMasterTermsThenDefault() {
        let report = F.reconcile(
            invoices: [
                F.invoice("COL", "2026-09-01", "1.00", code: "C006", due: "2026-09-05", terms: .days(90), line: 2),
                F.invoice("ROW", "2026-09-01", "2.00", code: "C006", terms: .days(10), line: 3),
                F.invoice("MASTER", "2026-09-01", "3.00", name: "成都天府软件有限公司", line: 4),
                F.invoice("DEFAULT", "2026-09-01", "4.00", name: "不在档案的公司", line: 5),
            ],
            customers: [F.customer("C006", "成都天府软件有限公司", terms: .days(60), line: 2)])
        #expect(report.invoice("COL")!.dueDate == F.date("2026-09-05"))
        #expect(report.invoice("ROW")!.dueDate == F.date("2026-09-11"))
        #expect(report.invoice("MASTER")!.dueDate == F.date("2026-10-31"))
        #expect(report.invoice("DEFAULT")!.dueDate == F.date("2026-10-01"))
        #expect(report.invoice("DEFAULT")!.customerKey == "不在档案的公司")
    }

    @Test func agingByInvoiceDateWithCustomBuckets() {
        var settings = ReceivablesSettings()
        settings.agingBasis = .invoiceDate
        settings.agingBuckets = [15, 45]
        let report = F.reconcile(
            invoices: [
                F.invoice("D0", "2026-10-31", "10.00", code: "C001", line: 2),
                F.invoice("D11", "2026-10-20", "20.00", code: "C001", line: 3),
                F.invoice("D15", "2026-10-16", "40.00", code: "C001", line: 4),
                F.invoice("D30", "2026-10-01", "80.00", code: "C001", line: 5),
                F.invoice("D60", "2026-09-01", "160.00", code: "C001", line: 6),
            ], receivables: settings)
        #expect(report.agingScheme.labels == ["current", "1-15", "16-45", "45+"])
        #expect(report.invoices.map(\.agedDays) == [0, 11, 15, 30, 60])
        #expect(report.invoices.map(\.bucketLabel) == ["current", "1-15", "1-15", "16-45", "45+"])
        let customer = report.customer("C001")!
        #expect(customer.aging.amounts == ["10.00", "60.00", "80.00", "160.00"].map(F.money))
        #expect(customer.total == F.money("310.00"))
        // The summary keeps the standard scheme: due date + 30 days.
        #expect(report.figures.aging.labels == ["current", "1-30", "31-60", "61-90", "90+"])
        #expect(report.figures.aging.amounts == ["150.00", "160.00", "0.00", "0.00", "0.00"].map(F.money))
        #expect(report.figures.overdueTotal == F.money("160.00"))
    }

    @Test func standardBucketEdges() {
        let scheme = AgingScheme.standard
        #expect([-5, 0, 1, 30, 31, 60, 61, 90, 91, 400].map(scheme.bucketIndex) == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4])
    }

    @Test func customerFiguresAddUpToTheSummary() {
        let report = F.reconcile(
            invoices: [
                F.invoice("A", "2026-06-01", "900.00", code: "C001", line: 2),
                F.invoice("B", "2026-10-10", "300.00", code: "C002", salesperson: "赵六", line: 3),
            ],
            payments: [F.payment("P1", "2026-10-05", "100.00", code: "C001", line: 2)],
            customers: [F.customer("C001", "甲公司", salesperson: "王磊", line: 2)])
        #expect(report.customers.map(\.customerKey) == ["C001", "C002"])
        #expect(report.customers.map { $0.salesperson ?? "" } == ["王磊", "赵六"])
        #expect(report.customers.map(\.total).sum() == report.figures.outstandingTotal)
        #expect(report.figures.outstandingTotal == F.money("1100.00"))
        #expect(report.figures.aging.amount(for: "90+") == F.money("800.00"))
        #expect(report.figures.aging.total == report.figures.outstandingTotal)
        let first = report.customer("C001")!.figures
        #expect(first.invoices == 1)
        #expect(first.payments == 1)
        #expect(first.appliedTotal == F.money("100.00"))
        #expect(first.overdueTotal == F.money("800.00"))
        #expect(report.customer("C002")!.figures.invoicedInPeriod == F.money("300.00"))
    }
}
