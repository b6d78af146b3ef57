import Foundation
import Testing

@testable import MonthEndReconcile

/// The one entry point: each area reconciled as its own reconciler does it, only areas with input,
/// exceptions in area order, and the courier's progress told.
@Suite("Month: one reconcile entry point")
struct MonthReconcilerTests {
    typealias T = CourierTestData
    typealias R = ReceivablesFixtures

    static func file(_ kind: FileKind, _ index: Int) -> InputFileReport {
        InputFileReport(
            path: "f\(index).csv", kind: kind, encoding: .utf8, delimiter: ",", headerLine: 1, sha256: "")
    }

    static func inputs() -> MonthInputs {
        var inputs = MonthInputs()
        inputs.files = [
            file(.courierBill, 0), file(.courierBill, 1), file(.courierSlips, 2), file(.rateCard, 3),
            file(.invoices, 4), file(.payments, 5), file(.stockCount, 6),
        ]
        inputs.billLines = CourierMonthTests.lines
        inputs.slips = CourierMonthTests.slips
        inputs.rateCards = T.cards
        inputs.invoices = [R.invoice("INV1", "2026-08-01", "100.00", code: "C1", line: 2)]
        inputs.payments = [R.payment("P1", "2026-10-05", "30.00", payer: "无名氏", line: 2)]
        inputs.stockRows = StockReportTests.rows
        return inputs
    }

    @Test("every area with input, as its own reconciler gives it; exceptions courier, receivables, stock")
    func everyArea() {
        let progress = ProgressLog()
        let reconciler = MonthReconciler(aliases: T.aliases)
        let report = reconciler.reconcile(
            Self.inputs(), period: T.period, asOf: R.endOfOctober, phrases: TestPhrases.zh, fileNames: T.fileNames,
            progress: { progress.add($0) })
        let courier = T.reconcile(CourierMonthTests.lines, CourierMonthTests.slips)
        #expect(report.courier == courier)
        let receivables = ReceivablesReconciler(settings: Settings()).reconcile(
            invoices: Self.inputs().invoices, payments: Self.inputs().payments, customers: [], period: T.period,
            asOf: R.endOfOctober)
        #expect(report.receivables == receivables)
        #expect(report.stock == StockReportTests.report)
        #expect(report.orders == nil)
        #expect(report.inputs.count == 7)
        let expected =
            courier.exceptions(TestPhrases.zh, fileNames: T.fileNames) + receivables.exceptions(TestPhrases.zh)
            + StockReportTests.report.exceptions(TestPhrases.zh)
        #expect(report.exceptions == expected)
        #expect(report.exceptions.map(\.area).first == .courier)
        #expect(report.exceptions.map(\.area).last == .stock)
        // Ten bill lines: told once at the end (blocks are 65,536 lines).
        #expect(progress.values == [10])
    }

    @Test("the other areas started with the courier's line pass or after it give the same report")
    func waitingOrNot() {
        var reports: [MonthReport] = []
        for waitAbove in [0, Int.max] {
            var reconciler = MonthReconciler(aliases: T.aliases)
            reconciler.waitAbove = waitAbove
            reports.append(
                reconciler.reconcile(
                    Self.inputs(), period: T.period, asOf: R.endOfOctober, phrases: TestPhrases.zh,
                    fileNames: T.fileNames))
        }
        #expect(reports[0] == reports[1])
        #expect(reports[0].courier != nil && reports[0].receivables != nil && reports[0].stock != nil)
    }

    @Test("without courier inputs there is no courier report, and the other areas still run")
    func noCourier() {
        var inputs = Self.inputs()
        inputs.files.removeAll { [.courierBill, .courierSlips, .rateCard].contains($0.kind) }
        inputs.billLines = []
        inputs.slips = []
        let report = MonthReconciler().reconcile(
            inputs, period: T.period, asOf: R.endOfOctober, phrases: TestPhrases.en)
        #expect(report.courier == nil)
        #expect(report.receivables != nil)
        #expect(report.stock != nil)
        #expect(report.exceptions.allSatisfy { $0.area != .courier })
    }
}

/// Progress values as told, from whichever thread.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var told: [Int] = []

    func add(_ value: Int) {
        lock.lock()
        told.append(value)
        lock.unlock()
    }

    var values: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return told
    }
}
