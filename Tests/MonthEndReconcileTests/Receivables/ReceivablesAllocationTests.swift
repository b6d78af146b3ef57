import MonthEndCore
import Testing

@testable import MonthEndReconcile

/// Payments to invoices: the four allocation steps, customer identification, ordering, as-of cut.
@Suite struct ReceivablesAllocationTests {
    typealias F = ReceivablesFixtures

    static let master = [
        F.customer("C001", "华星光电(深圳)有限公司", salesperson: "王磊", line: 2),
        F.customer("C007", "武汉光谷通信设备有限公司", aliases: ["武汉光谷通信设备集团"], salesperson: "李娜", line: 3),
    ]

    @Test func lumpSumNamingTwoInvoicesSettlesThoseBeforeOlderOnes() {
        let report = F.reconcile(
            invoices: [
                F.invoice("26440000000000000003", "2026-08-01", "300.00", code: "C001", line: 2),
                F.invoice("26440000000000000001", "2026-09-01", "1000.00", code: "C001", line: 3),
                F.invoice("26440000000000000002", "2026-09-10", "2500.50", code: "C001", line: 4),
            ],
            payments: [
                F.payment(
                    "P1", "2026-10-12", "3500.50", code: "C001", memo: "26440000000000000001/26440000000000000002",
                    line: 2)
            ], customers: Self.master)
        let payment = report.payment("P1")!
        #expect(F.allocations(payment) == ["26440000000000000001:1000.00", "26440000000000000002:2500.50"])
        #expect(payment.unapplied == .zero)
        #expect(report.invoice("26440000000000000003")!.openBalance == F.money("300.00"))
        #expect(report.figures.appliedTotal == F.money("3500.50"))
        #expect(report.figures.outstandingTotal == F.money("300.00"))
    }

    @Test func partialPaymentLeavesTheRestOpenFirstInFirstOut() {
        let report = F.reconcile(
            invoices: [
                F.invoice("B", "2026-09-20", "800.00", code: "C001", line: 2),
                F.invoice("A", "2026-09-05", "500.00", code: "C001", line: 3),
            ],
            payments: [F.payment("P1", "2026-10-08", "650.00", code: "C001", line: 2)], customers: Self.master)
        #expect(F.allocations(report.payment("P1")!) == ["A:500.00", "B:150.00"])
        let b = report.invoice("B")!
        #expect(b.paid == F.money("150.00"))
        #expect(b.openBalance == F.money("650.00"))
        #expect(report.invoice("A")!.openBalance == .zero)
        #expect(report.figures.appliedTotal == F.money("650.00"))
        #expect(report.figures.unappliedTotal == .zero)
        #expect(report.figures.outstandingTotal == F.money("650.00"))
    }

    @Test func overpaymentIsAnUnappliedCreditAndAnException() {
        let report = F.reconcile(
            invoices: [F.invoice("A", "2026-10-02", "1000.00", code: "C001", line: 2)],
            payments: [F.payment("P1", "2026-10-20", "1200.00", payer: "华星光电(深圳)有限公司", line: 2)],
            customers: Self.master)
        let payment = report.payment("P1")!
        #expect(payment.customerKey == "C001")
        #expect(F.allocations(payment) == ["A:1000.00"])
        #expect(payment.unapplied == F.money("200.00"))
        #expect(report.figures.appliedTotal == F.money("1000.00"))
        #expect(report.figures.unappliedTotal == F.money("200.00"))
        #expect(report.figures.unidentifiedPayments == 0)
        #expect(report.customer("C001")!.figures.unappliedTotal == F.money("200.00"))
        let overpayments = report.exceptions(TestPhrases.zh).filter { $0.kind == "overpayment" }
        #expect(overpayments.map(\.key) == ["P1"])
        #expect(overpayments.map(\.amount) == [F.money("200.00")])
    }

    @Test func payerKnownOnlyByAliasIsTheMasterCustomer() {
        let report = F.reconcile(
            invoices: [F.invoice("W1", "2026-09-01", "23846.78", name: "武汉光谷通信设备有限公司 ", line: 2)],
            payments: [F.payment("P1", "2026-10-21", "23846.78", payer: "武汉光谷通信设备集团", memo: "10月货款", line: 2)],
            customers: Self.master)
        #expect(report.invoice("W1")!.customerKey == "C007")
        #expect(report.invoice("W1")!.customerName == "武汉光谷通信设备有限公司")
        #expect(report.invoice("W1")!.salesperson == "李娜")
        let payment = report.payment("P1")!
        #expect(payment.customerKey == "C007")
        #expect(F.allocations(payment) == ["W1:23846.78"])
        #expect(report.figures.outstandingTotal == .zero)
    }

    @Test func strangerWithAnInvoiceNumberInTheMemoPaysThatCustomer() {
        let report = F.reconcile(
            invoices: [
                F.invoice("26440766473208509494", "2026-08-21", "11365.07", name: "东莞松山湖电子有限公司", line: 2),
                F.invoice("26446170931039952712", "2026-09-14", "15869.12", name: "东莞松山湖电子有限公司 ", line: 3),
            ],
            payments: [
                F.payment("P1", "2026-10-09", "15869.12", payer: "张建国", memo: "付26446170931039952712货款", line: 2)
            ])
        let payment = report.payment("P1")!
        #expect(payment.customerKey == "东莞松山湖电子有限公司")
        #expect(F.allocations(payment) == ["26446170931039952712:15869.12"])
        #expect(report.figures.unidentifiedPayments == 0)
        #expect(report.figures.outstandingTotal == F.money("11365.07"))
    }

    @Test func strangerWithoutAnInvoiceNumberIsUnidentifiedEvenOnAnExactAmount() {
        let report = F.reconcile(
            invoices: [F.invoice("A", "2026-09-04", "17788.35", code: "C001", line: 2)],
            payments: [F.payment("P1", "2026-10-09", "17788.35", payer: "张建国", memo: "货款A1", line: 2)],
            customers: Self.master)
        let payment = report.payment("P1")!
        #expect(payment.isUnidentified)
        #expect(payment.allocations.isEmpty)
        #expect(payment.unapplied == F.money("17788.35"))
        #expect(report.figures.unidentifiedPayments == 1)
        #expect(report.figures.payments == 1)
        #expect(report.figures.unappliedTotal == F.money("17788.35"))
        #expect(report.figures.appliedTotal == .zero)
        #expect(report.invoice("A")!.openBalance == F.money("17788.35"))
        let unidentified = report.exceptions(TestPhrases.zh).filter { $0.kind == "unidentified" }
        #expect(unidentified.map(\.amount) == [F.money("17788.35")])
    }

    @Test func creditNoteSettlesItsOriginalButIsNoPayment() {
        let report = F.reconcile(
            invoices: [
                F.invoice("A", "2026-09-01", "1000.00", code: "C001", line: 2),
                F.invoice("B", "2026-10-01", "400.00", code: "C001", line: 3),
                F.invoice("B-R", "2026-10-05", "-300.00", code: "C001", original: "B", line: 4),
                F.invoice("X-R", "2026-10-06", "-1500.00", code: "C001", line: 5),
            ],
            payments: [F.payment("P1", "2026-10-20", "100.00", code: "C001", line: 2)], customers: Self.master)
        // B-R: 300 to its original B; X-R: no original, FIFO: A 1000, B 100, 400 left unused.
        let notes = report.creditNotes
        #expect(notes.map(\.reference) == ["B-R", "X-R"])
        #expect(F.allocations(notes[0]) == ["B:300.00"])
        #expect(F.allocations(notes[1]) == ["A:1000.00", "B:100.00"])
        #expect(notes[1].unapplied == F.money("400.00"))
        // The payment finds nothing open.
        #expect(report.payment("P1")!.unapplied == F.money("100.00"))
        #expect(report.figures.appliedTotal == .zero)
        #expect(report.figures.unappliedTotal == F.money("100.00"))
        #expect(report.figures.payments == 1)
        #expect(report.figures.invoices == 4)
        #expect(report.figures.invoicedInPeriod == F.money("-1400.00"))
        #expect(report.figures.outstandingTotal == .zero)
        #expect(report.invoice("B-R")!.isCreditNote)
        #expect(report.invoice("B-R")!.openBalance == .zero)
        #expect(report.invoice("B")!.paid == F.money("400.00"))
        #expect(report.customer("C001")!.unappliedCreditNotes == F.money("400.00"))
        #expect(
            report.exceptions(TestPhrases.zh).filter { $0.kind == "unapplied_credit_note" }.map(\.amount) == [
                F.money("400.00")
            ])
    }

    @Test func exactAmountPaysThatInvoiceRatherThanTheOldest() {
        let report = F.reconcile(
            invoices: [
                F.invoice("A", "2026-08-01", "500.00", code: "C001", line: 2),
                F.invoice("B", "2026-09-01", "800.00", code: "C001", line: 3),
                F.invoice("C", "2026-09-15", "800.00", code: "C001", line: 4),
            ],
            payments: [F.payment("P1", "2026-10-10", "800.00", code: "C001", line: 2)], customers: Self.master)
        #expect(F.allocations(report.payment("P1")!) == ["B:800.00"])
        #expect(report.invoice("A")!.openBalance == F.money("500.00"))
        #expect(report.invoice("C")!.openBalance == F.money("800.00"))
    }

    @Test func exactAmountMatchesAPartlyPaidBalanceAfterTheMemoStep() {
        let report = F.reconcile(
            invoices: [
                F.invoice("A", "2026-08-01", "500.00", code: "C001", line: 2),
                F.invoice("B", "2026-09-01", "1000.00", code: "C001", line: 3),
                F.invoice("C", "2026-09-05", "100.00", code: "C001", line: 4),
            ],
            payments: [
                F.payment("P1", "2026-10-01", "400.00", code: "C001", memo: "B", line: 2),
                // 100 to C by the memo, then 600 left equals B's open balance exactly.
                F.payment("P2", "2026-10-02", "700.00", code: "C001", memo: "付C款", line: 3),
            ], customers: Self.master)
        #expect(F.allocations(report.payment("P1")!) == ["B:400.00"])
        #expect(F.allocations(report.payment("P2")!) == ["C:100.00", "B:600.00"])
        #expect(report.invoice("A")!.openBalance == F.money("500.00"))
        #expect(report.figures.outstandingTotal == F.money("500.00"))
    }

    @Test func firstInFirstOutPassesOverAnInvoiceTheMemoAlreadyClosed() {
        let report = F.reconcile(
            invoices: [
                F.invoice("A", "2026-08-01", "100.00", code: "C001", line: 2),
                F.invoice("B", "2026-08-15", "200.00", code: "C001", line: 3),
                F.invoice("C", "2026-09-01", "300.00", code: "C001", line: 4),
            ],
            payments: [
                F.payment("P1", "2026-10-01", "200.00", code: "C001", memo: "付B", line: 2),
                F.payment("P2", "2026-10-02", "350.00", code: "C001", line: 3),
                F.payment("P3", "2026-10-03", "80.00", code: "C001", line: 4),
            ], customers: Self.master)
        #expect(F.allocations(report.payment("P1")!) == ["B:200.00"])
        #expect(F.allocations(report.payment("P2")!) == ["A:100.00", "C:250.00"])
        #expect(F.allocations(report.payment("P3")!) == ["C:50.00"])
        #expect(report.payment("P3")!.unapplied == F.money("30.00"))
        #expect(report.figures.appliedTotal == F.money("600.00"))
        #expect(report.figures.outstandingTotal == .zero)
    }

    @Test func prepaymentSettlesALaterInvoice() {
        let report = F.reconcile(
            invoices: [F.invoice("A", "2026-10-20", "1000.00", code: "C001", line: 2)],
            payments: [F.payment("P1", "2026-09-30", "600.00", code: "C001", line: 2)], customers: Self.master)
        #expect(F.allocations(report.payment("P1")!) == ["A:600.00"])
        #expect(report.invoice("A")!.openBalance == F.money("400.00"))
        #expect(report.figures.receivedInPeriod == .zero)
        #expect(report.figures.appliedTotal == F.money("600.00"))
    }

    @Test func paymentsOfOneDayGoByReferenceThenLine() {
        let report = F.reconcile(
            invoices: [F.invoice("A", "2026-10-01", "100.00", code: "C001", line: 2)],
            payments: [
                F.payment("002", "2026-10-15", "100.00", code: "C001", line: 2),
                F.payment("001", "2026-10-15", "60.00", code: "C001", line: 3),
            ], customers: Self.master)
        #expect(report.payments.map { $0.reference ?? "" } == ["001", "002"])
        #expect(F.allocations(report.payment("001")!) == ["A:60.00"])
        #expect(F.allocations(report.payment("002")!) == ["A:40.00"])
        #expect(report.payment("002")!.unapplied == F.money("60.00"))
    }

    @Test func onlyWhatIsDatedOnOrBeforeTheAsOfDateTakesPart() {
        let report = F.reconcile(
            invoices: [
                F.invoice("A", "2026-10-31", "100.00", code: "C001", line: 2),
                F.invoice("B", "2026-11-01", "900.00", code: "C001", line: 3),
            ],
            payments: [
                F.payment("P1", "2026-10-31", "30.00", code: "C001", line: 2),
                F.payment("P2", "2026-11-01", "70.00", code: "C001", line: 3),
            ], customers: Self.master)
        #expect(report.invoices.map(\.invoiceNo) == ["A"])
        #expect(report.payments.map { $0.reference ?? "" } == ["P1"])
        #expect(report.figures.invoices == 1)
        #expect(report.figures.invoicedInPeriod == F.money("100.00"))
        #expect(report.figures.payments == 1)
        #expect(report.figures.receivedInPeriod == F.money("30.00"))
        #expect(report.figures.outstandingTotal == F.money("70.00"))
    }

    @Test func payerMatchingANameAnInvoiceIsKeyedByNeedsNoMaster() {
        let report = F.reconcile(
            invoices: [F.invoice("A", "2026-10-01", "100.00", name: "深圳（前海）贸易有限公司", line: 2)],
            payments: [F.payment("P1", "2026-10-15", "100.00", payer: "深圳(前海)贸易有限公司 ", line: 2)])
        #expect(report.payment("P1")!.customerKey == "深圳(前海)贸易有限公司")
        #expect(report.invoice("A")!.openBalance == .zero)
        #expect(report.invoice("A")!.customerName == "深圳（前海）贸易有限公司")
    }

    @Test func memoRunsAreMaximalAsciiLetterAndDigitRuns() {
        #expect(ReceivablesMemoScanner.runs(in: "付26444571309911663589货款") == ["26444571309911663589"])
        #expect(ReceivablesMemoScanner.runs(in: "货款 发票号A12,B34/ＣＤ５") == ["A12", "B34", "CD5"])
        #expect(ReceivablesMemoScanner.runs(in: "货款").isEmpty)
    }
}
