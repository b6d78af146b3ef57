import Foundation
import MonthEndCore
import MonthEndImport
import MonthEndReconcile
import MonthEndWorkbook

/// `monthend run`: read, reconcile, write. Nothing is written unless every stage succeeds, and an
/// earlier workbook is replaced only by a complete new one.
public enum MonthEndRunner {
    /// How many rejected rows are echoed on standard error; all of them are on the 拒收行 sheet.
    static let rejectionsEchoed = 20

    public static func run(_ request: RunRequest, reporter: RunReporter) throws -> RunOutcome {
        let clock = PhaseClock(
            enabled: ProcessInfo.processInfo.environment["MONTHEND_TIMINGS"] == "1", reporter: reporter)
        let settings = try request.configPath.map { try Configuration.load(path: $0) } ?? Settings()
        // The store (issue 16) first: a closed period, a locked or damaged store stop the run here.
        let store = try RunStore.path(request, settings: settings).map {
            try RunStore(path: $0, period: request.period, reporter: reporter)
        }

        var importer = try Importer(
            templateFolders: settings.templateFolders, kindOverrides: request.kindOverrides,
            columnMaps: settings.columnMaps + request.columnMaps)
        importer.context = ImportContext(
            period: request.period, ownNames: settings.company.ownNames,
            courierNames: try Templates.couriers(folders: settings.templateFolders).aliases.canonicalNames)
        let readTotal = ProgressCounter.bytes(of: (try? importer.inputFiles(request.paths).files) ?? [])
        let bytesRead = ProgressCounter()
        let rowsRead = ProgressCounter()
        reporter.progress(RunProgress(.read, done: 0, total: readTotal))
        importer.fileRead = { bytes, rows in
            reporter.progress(
                RunProgress(.read, done: bytesRead.add(bytes), total: readTotal, rows: rowsRead.add(rows)))
        }
        importer.sheetName = request.sheetName
        var imported = try importer.run(paths: request.paths)
        for note in imported.notes { reporter.warning(reporter.text.render(note)) }
        guard !imported.inputs.files.isEmpty else {
            throw MonthEndError(
                .emptyFile, "no export to read in \(request.paths.joined(separator: ", "))",
                hint: "name the folder holding the month's .csv, .txt or .tsv exports, or the files themselves")
        }
        echoRejections(imported.inputs.files, reporter: reporter)
        let inputRows = imported.inputs.files.reduce(0) { $0 + $1.rows }
        clock.lap("read", rows: inputRows)

        let linesToJudge = imported.inputs.billLines.count
        reporter.progress(RunProgress(.reconcile, done: 0, total: linesToJudge))
        // Handed over, not shared: reconcile frees the biggest record arrays as soon as it is done with them.
        var inputs = imported.inputs
        imported.inputs = MonthInputs()
        store?.carryIn(into: &inputs)  // issue 16: earlier not-billed slips in, repeated payments out
        var report = try reconcile(
            inputs, request: request, settings: settings,
            progress: { reporter.progress(RunProgress(.reconcile, done: $0, total: linesToJudge)) })
        let labels = try Templates.labels(request.language)
        store?.finish(&report, labels: labels)  // issue 16: outcomes of the carried items
        clock.lap("reconcile", rows: inputRows)

        let json = SummaryJSON.render(report)
        // Issue 16: the dispute statements beside the workbook; with a store, published inside the
        // transaction that records the run.
        let statements = try RunOutputs.write(
            report, summaryJSON: json, labels: labels, request: request, store: store,
            progress: { reporter.progress(RunProgress(.write, done: $0, total: $1)) })
        clock.lap("write", rows: inputRows)
        return RunOutcome(
            workbookPath: request.outputPath, summaryJSON: json, inputs: report.inputs, digest: RunDigest.lines(report),
            disputeStatements: statements)
    }

    /// The month's reconciler, with the courier templates when there are courier inputs.
    static func reconcile(
        _ inputs: consuming MonthInputs, request: RunRequest, settings: Settings,
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) throws -> MonthReport {
        var reconciler = MonthReconciler(settings: settings)
        if inputs.has(.courierBill) || inputs.has(.courierSlips) {
            (reconciler.aliases, reconciler.weightDefaults) = try Templates.couriers(folders: settings.templateFolders)
        }
        let fileNames = inputs.files.map { ($0.path as NSString).lastPathComponent }
        let phrases = try Templates.labels(request.language).reasonPhrases
        return reconciler.reconcile(
            consume inputs, period: request.period, asOf: request.asOf, phrases: phrases, fileNames: fileNames,
            progress: progress)
    }

    /// Echoes the first rejected rows compiler-style; the rest are counted and on the workbook's sheet.
    static func echoRejections(_ files: [InputFileReport], reporter: RunReporter) {
        let all = files.flatMap(\.rejections)
        for rejection in all.prefix(rejectionsEchoed) { reporter.warning(reporter.text.render(rejection)) }
        if all.count > rejectionsEchoed {
            let text = reporter.text
            reporter.warning(
                text.label("warning")
                    + text(
                        "\(all.count - rejectionsEchoed) more rows rejected; all are listed on the rejected-rows sheet")
            )
        }
    }
}

/// Per-phase figures on standard error when MONTHEND_TIMINGS=1 (for the benchmark): wall seconds,
/// input rows per second, and the peak resident memory so far (VmHWM), e.g.
/// `timing: read 4.102 s, 2308080 rows, 562672 rows/s, peak 651 MB`.
final class PhaseClock {
    let enabled: Bool
    let reporter: RunReporter
    var last = DispatchTime.now().uptimeNanoseconds

    init(enabled: Bool, reporter: RunReporter) {
        self.enabled = enabled
        self.reporter = reporter
    }

    func lap(_ phase: String, rows: Int) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let seconds = Double(now - last) / 1e9
        last = now
        let rate = seconds > 0 ? Int(Double(rows) / seconds) : 0
        let peak = Self.peakResidentMegabytes().map { ", peak \($0) MB" } ?? ""
        let line = "timing: \(phase) \(String(format: "%.3f", seconds)) s, \(rows) rows, \(rate) rows/s\(peak)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// The process's peak resident set so far, from /proc/self/status (Linux); nil elsewhere.
    static func peakResidentMegabytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first
        return kilobytes.map { $0 / 1024 }
    }
}
