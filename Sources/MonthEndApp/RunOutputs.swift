import Foundation
import MonthEndCore
import MonthEndStore
import MonthEndWorkbook

/// Writes a run's files: the JSON summary (when asked), one dispute statement per courier account
/// with disputed lines (beside the workbook) and the workbook; all complete before any replaces an
/// earlier file; `progress` is told the workbook's rows written. With a store, they are moved into place inside the transaction recording the run.
enum RunOutputs {
    /// The dispute statements written, by path.
    /// `concurrentStatementLines`: see `concurrentStatementLinesDefault`; tests lower it.
    static func write(
        _ report: MonthReport, summaryJSON: String, labels: WorkbookLabels, request: RunRequest, store: RunStore?,
        progress: WorkbookExporter.Progress? = nil, concurrentStatementLines: Int = concurrentStatementLinesDefault
    ) throws -> [String] {
        let outputs = StagedOutputs()
        defer { outputs.discard() }
        if case .file(let jsonPath) = request.json {
            try outputs.stage(jsonPath) { temporary in
                guard FileManager.default.createFile(atPath: temporary, contents: Data(summaryJSON.utf8)) else {
                    throw MonthEndError(
                        .writeFailed, "cannot write the file", path: jsonPath, hint: "check that the folder is writable"
                    )
                }
            }
        }
        let stageWorkbook = { () throws -> Void in
            try outputs.stage(request.outputPath) { temporary in
                try WorkbookExporter.write(
                    report, labels: labels, to: temporary, createdEpochSeconds: request.createdEpochSeconds,
                    progress: progress)
            }
        }
        let statements: (staged: [StagedOutputs.File], error: (any Error)?)
        if disputedLines(report) <= concurrentStatementLines {
            // The dispute statements are small workbooks of their own: written on a second thread
            // while this one writes the month's (whose closing, zlib over every sheet, uses one core).
            let (written, workbook) = Parallel.both(
                { stageStatements(report, labels: labels, request: request) }, { Result { try stageWorkbook() } })
            statements = written
            outputs.adopt(written.staged)
            try workbook.get()
        } else {
            try stageWorkbook()
            statements = stageStatements(report, labels: labels, request: request)
            outputs.adopt(statements.staged)
        }
        if let error = statements.error { throw error }
        if let store, let workbook = outputs.temporary(for: request.outputPath) {
            let sha256 = try FileDigest.sha256(path: workbook)
            try store.record(report, request: request, summaryJSON: summaryJSON, workbookSHA256: sha256) {
                pauseForCrashTest()
                try outputs.publish()
            }
        } else {
            try outputs.publish()
        }
        return statements.staged.map(\.target)
    }

    /// Statements of at most this many disputed lines in all are written beside the workbook on a
    /// second thread; bigger ones after it, so that their cells (held by libxlsxwriter until each
    /// closes) do not add to the workbook's peak: at 1M slips ~26,000 lines, +50 MB over 1.1 GB.
    static let concurrentStatementLinesDefault = 10_000

    static func disputedLines(_ report: MonthReport) -> Int {
        report.courier?.lines.reduce(0) { $0 + ($1.disputed.isPositive ? 1 : 0) } ?? 0
    }

    /// The dispute statements, each written complete at its temporary path, in order; on a failure,
    /// those written before it and the error.
    static func stageStatements(_ report: MonthReport, labels: WorkbookLabels, request: RunRequest) -> (
        staged: [StagedOutputs.File], error: (any Error)?
    ) {
        let outputs = StagedOutputs()
        let folder = (request.outputPath as NSString).deletingLastPathComponent
        do {
            for statement in DisputeStatementLayout(labels: labels).statements(for: report) {
                let path = folder.isEmpty ? statement.fileName : folder + "/" + statement.fileName
                try outputs.stage(path) { temporary in
                    try WorkbookExporter.write(
                        statement.model, to: temporary, createdEpochSeconds: request.createdEpochSeconds)
                }
            }
        } catch {
            return (outputs.handOver(), error)
        }
        return (outputs.handOver(), nil)
    }

    /// MONTHEND_PAUSE_IN_TRANSACTION=SECONDS holds the run here, its rows written and not
    /// committed, so a test can kill the process mid-transaction and check the store is as before.
    static func pauseForCrashTest() {
        guard let raw = ProcessInfo.processInfo.environment["MONTHEND_PAUSE_IN_TRANSACTION"], let seconds = UInt32(raw)
        else { return }
        FileHandle.standardError.write(Data("paused in the store's transaction\n".utf8))
        sleep(seconds)
    }
}
