import Dispatch

/// The month's reconciliation in one call: every area that has input (RECONCILE.md sections 1-4),
/// on both cores, within the memory the runner measured. An area without input has no report.
///
/// The courier area (the month's biggest by far) runs on a worker thread and frees its bill lines
/// and look-up tables as soon as it has judged them; in a big month receivables, stock and orders
/// start only then, on this thread, beside the courier's slip pass. Started together with the line
/// pass they put the phase's peak over 1 GB at 1M slips (1,036 MB against 910 MB; bench/README.md);
/// in a month of fewer courier records than `waitAbove` (100k slips: 206k records, 160 MB at the
/// peak) they start at once and this thread no longer idles through the line pass.
public struct MonthReconciler: Sendable {
    public var settings: Settings
    public var aliases: CourierAliases
    public var weightDefaults: CourierWeightDefaults
    /// Bill lines and slips above which the other areas wait for the courier's line pass.
    var waitAbove = 500_000

    public init(
        settings: Settings = Settings(), aliases: CourierAliases = CourierAliases(),
        weightDefaults: CourierWeightDefaults = CourierWeightDefaults()
    ) {
        self.settings = settings
        self.aliases = aliases
        self.weightDefaults = weightDefaults
    }

    /// `inputs` is consumed: the courier's records move to its thread as their only reference, so
    /// they can be freed part-way. `phrases` are the words of the exceptions' reasons; `fileNames`
    /// (by input file index) let a reason name the file of an earlier line. `progress` is told the
    /// bill lines judged so far, from the courier's thread.
    public func reconcile(
        _ inputs: consuming MonthInputs, period: Period, asOf: LocalDate, phrases: ReasonPhrases,
        fileNames: [String] = [],
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) -> MonthReport {
        let hasCourier = inputs.has(.courierBill) || inputs.has(.courierSlips)
        let wait = inputs.billLines.count + inputs.slips.count > waitAbove
        let courierRecords = Handoff((inputs.billLines, inputs.slips))
        inputs.billLines = []
        inputs.slips = []
        let rateCards = inputs.rateCards
        let others = inputs
        let courierReconciler = CourierReconciler(
            settings: settings.courier, aliases: aliases, weightDefaults: weightDefaults)
        let linesJudged = DispatchSemaphore(value: 0)
        let (courier, rest) = Parallel.both(
            { () -> (CourierReport, [ExceptionItem])? in
                let (billLines, slips) = courierRecords.take()
                guard hasCourier else {
                    linesJudged.signal()
                    return nil
                }
                let courier = courierReconciler.reconcile(
                    billLines: consume billLines, slips: consume slips, rateCards: rateCards, period: period,
                    linesJudged: { linesJudged.signal() }, progress: progress)
                // Never leave the other areas waiting, even if the reconciler returned early
                // (a second signal is harmless: nothing waits on it).
                linesJudged.signal()
                return (courier, courier.exceptions(phrases, fileNames: fileNames))
            },
            {
                if wait { linesJudged.wait() }
                return reconcileOtherAreas(others, period: period, asOf: asOf, phrases: phrases)
            })
        var report = rest
        report.courier = courier?.0
        report.exceptions = (courier?.1 ?? []) + rest.exceptions
        return report
    }

    /// Receivables, stock and orders: the areas that do not depend on the courier's.
    func reconcileOtherAreas(
        _ inputs: MonthInputs, period: Period, asOf: LocalDate, phrases: ReasonPhrases
    ) -> MonthReport {
        var report = MonthReport(period: period, asOf: asOf, company: settings.company, inputs: inputs.files)
        if inputs.has(.invoices) || inputs.has(.payments) {
            let receivables = ReceivablesReconciler(settings: settings).reconcile(
                invoices: inputs.invoices, payments: inputs.payments, customers: inputs.customers, period: period,
                asOf: asOf)
            report.receivables = receivables
            report.exceptions += receivables.exceptions(phrases)
        }
        if inputs.has(.stockCount) {
            let stock = StockReport(rows: inputs.stockRows, settings: settings.stock)
            report.stock = stock
            report.exceptions += stock.exceptions(phrases)
        }
        if inputs.has(.orders) {
            report.orders = OrdersReport(orders: inputs.orders, period: period)
        }
        return report
    }
}

/// A value passed to another thread as its only reference: `take()` moves it out, so the taker can
/// free it before the handoff itself is gone.
final class Handoff<Value: Sendable>: @unchecked Sendable {
    private var value: Value?

    init(_ value: Value) { self.value = value }

    /// The value, once; the taker runs after the handoff is made and nothing else reads it.
    func take() -> Value {
        guard let taken = value else { preconditionFailure("a handoff is taken once") }
        value = nil
        return taken
    }
}
