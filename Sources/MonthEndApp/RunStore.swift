import Foundation
import MonthEndCore
import MonthEndReconcile
import MonthEndStore
import MonthEndWorkbook

/// A run's use of the store (issue 16), in the order the run calls it: opened and checked before
/// anything is read (a closed period, a locked or damaged store stop the run there), the earlier
/// period's open items carried into the inputs, their outcomes added to the report, and the run
/// recorded in one transaction with the publishing of its files.
final class RunStore {
    let path: String
    /// nil until the store exists: it is created when the first run is recorded, so a run that
    /// fails before then leaves no file behind.
    private var store: MonthEndStore?
    let carried: CarriedIn
    /// Set by `carryIn`: the payments dropped, the carried slips' file index, each payment's key.
    private var dropped: [PaymentDeduplication.Dropped] = []
    private var carriedSlipFile = 0
    private(set) var paymentKeys: [SourceLocation: String] = [:]
    private var keptPayments: [Payment] = []

    /// Where the store of a run is: `--store PATH`; else `store.path` of the configuration (beside
    /// it); without a configuration, beside the output workbook. nil for `--no-store`.
    static func path(_ request: RunRequest, settings: Settings) -> String? {
        switch request.store {
        case .none: return nil
        case .path(let path): return path
        case .automatic:
            if request.configPath != nil { return settings.storePath }
            let folder = (request.outputPath as NSString).deletingLastPathComponent
            return folder.isEmpty ? "monthend.db" : folder + "/monthend.db"
        }
    }

    /// Opens an existing store (checking that it is usable) and refuses a closed period.
    init(path: String, period: Period, reporter: RunReporter) throws {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else {
            carried = CarriedIn()
            return
        }
        let store = try MonthEndStore(path: path)
        self.store = store
        if let event = try store.lastEvent(of: period), event.action == .close {
            throw MonthEndStore.closedError(event, path: path)
        }
        carried = try store.carriedIn(before: period)
        if let from = carried.fromPeriod, !carried.fromClosedPeriod {
            reporter.warning(
                "\(path): note: carrying \(carried.items.count) open items from \(from), which is not closed yet "
                    + "(`monthend close --period \(from)` signs it off)")
        }
    }

    /// Adds the carried not-billed slips to the month's slips (a file of their own, after the
    /// run's files) and drops the payments an earlier period or an earlier file already took.
    func carryIn(into inputs: inout MonthInputs) {
        carriedSlipFile = inputs.files.count
        inputs.slips += CarryInReconciler.slips(carried.items, fileIndex: carriedSlipFile)
        let (kept, dropped) = PaymentDeduplication.apply(inputs.payments, seen: carried.paymentsSeen)
        self.dropped = dropped
        keptPayments = kept
        paymentKeys = Dictionary(
            zip(kept.map(\.source), PaymentDeduplication.keys(kept)), uniquingKeysWith: { first, _ in first })
        inputs.payments = kept
    }

    /// What became of the carried items; the repeat claims join the exceptions after the courier's.
    func finish(_ report: inout MonthReport, labels: WorkbookLabels) {
        let outcomes = CarryInReconciler.outcomes(
            carried.items, fromPeriod: carried.fromPeriod, courier: report.courier, receivables: report.receivables,
            stock: report.stock, dropped: dropped)
        // Nothing carried and nothing dropped (a store's first period): the workbook and summary
        // are those of a run without a store.
        guard outcomes.fromPeriod != nil || !outcomes.dropped.isEmpty else { return }
        report.carried = outcomes
        let repeats = CarryInExceptions.repeatClaims(outcomes, labels: labels)
        let afterCourier = report.exceptions.lastIndex { $0.area == .courier }.map { $0 + 1 } ?? 0
        report.exceptions.insert(contentsOf: repeats, at: afterCourier)
    }

    /// Records the run in one transaction; `publish` (moving the finished files into place) runs
    /// inside it, last, so a failure anywhere keeps neither the record nor the files.
    func record(
        _ report: MonthReport, request: RunRequest, summaryJSON: String, workbookSHA256: String,
        publish: () throws -> Void
    ) throws {
        let own = OpenItemCollector.openItems(
            period: report.period, courier: report.courier, receivables: report.receivables, stock: report.stock,
            paymentKeys: paymentKeys, phrases: try Templates.labels(request.language).reasonPhrases,
            fileNames: report.inputs.map(\.path))
        let keys = PaymentDeduplication.keys(keptPayments)
        let run = RunRecord(
            period: report.period, asOf: report.asOf, recordedAt: request.createdEpochSeconds,
            workbookPath: Self.absolute(request.outputPath), workbookSHA256: workbookSHA256, summaryJSON: summaryJSON,
            inputs: report.inputs.map {
                RunRecord.Input(path: $0.path, kind: $0.kind.rawValue, sha256: $0.sha256, rows: $0.rows)
            },
            openItems: CarryInReconciler.openItemsToRecord(own: own, carried: report.carried),
            paymentKeys: zip(keptPayments, keys).map { payment, key in
                PaymentKeyRecord(
                    key: key, date: payment.paymentDate, amount: payment.amount, payer: payment.payer,
                    reference: payment.paymentId)
            })
        let store = try self.store ?? MonthEndStore(path: path)
        try store.record(run, publish: publish)
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}
