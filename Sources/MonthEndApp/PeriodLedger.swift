import Foundation
import MonthEndCore
import MonthEndStore

/// `monthend close`, `reopen` and `history` (issue 16): signing a period off, reopening it with a
/// reason, and the list of runs and closes, all kept in the store.
public enum PeriodLedger {
    /// The store these commands use: `--store PATH`; else `store.path` of the configuration;
    /// else monthend.db here (where `monthend run` puts it by default, beside its workbook).
    public static func storePath(store: String?, configPath: String?) throws -> String {
        if let store { return store }
        if let configPath { return try Configuration.load(path: configPath).storePath }
        return "monthend.db"
    }

    /// Who signs: `--by`, else the configuration's reviewer, else the login name.
    public static func signer(_ by: String?, configPath: String?) throws -> String {
        if let by, !by.isEmpty { return by }
        if let configPath {
            let reviewer = try Configuration.load(path: configPath).company.reviewedBy
            if !reviewer.isEmpty { return reviewer }
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }

    /// Closes `period`: its last run's workbook (or `workbook`) is hashed as signed off.
    public static func close(
        period: Period, storePath: String, who: String, workbook: String?, at: Int64
    ) throws -> PeriodEvent {
        let store = try MonthEndStore(path: storePath, create: false)
        guard let run = try store.lastRun(of: period) else {
            throw MonthEndError(
                .usage, "no run of \(period) is recorded in this store: there is nothing to sign off", path: storePath,
                hint: "run `monthend run --period \(period) ...` first; `monthend history` lists what was run")
        }
        let path = workbook ?? run.workbookPath
        guard FileManager.default.fileExists(atPath: path) else {
            throw MonthEndError(
                .unreadableFile, "the workbook of \(period)'s last run is not there any more", path: path,
                hint: "name the reviewed workbook with --workbook FILE")
        }
        let event = PeriodEvent(
            period: period, action: .close, at: at, who: who, workbookPath: path,
            workbookSHA256: try FileDigest.sha256(path: path))
        try store.append(event)
        return event
    }

    public static func reopen(period: Period, storePath: String, who: String, reason: String, at: Int64) throws
        -> PeriodEvent
    {
        let store = try MonthEndStore(path: storePath, create: false)
        let event = PeriodEvent(period: period, action: .reopen, at: at, who: who, reason: reason)
        try store.append(event)
        return event
    }

    /// One line per run, close and reopen, oldest first.
    public static func history(storePath: String) throws -> String {
        let store = try MonthEndStore(path: storePath, create: false)
        let lines = try store.history().map { entry -> String in
            switch entry {
            case .run(let run):
                return "\(run.period)  run     \(Timestamp.text(run.recordedAt))  as of \(run.asOf), "
                    + "\(run.inputCount) files, \(run.openItemCount) open items; \(run.workbookPath) "
                    + "(sha256 \(run.workbookSHA256.prefix(12)))"
            case .event(let event) where event.action == .close:
                return "\(event.period)  close   \(Timestamp.text(event.at))  by \(event.who); "
                    + "\(event.workbookPath ?? "") (sha256 \((event.workbookSHA256 ?? "").prefix(12)))"
            case .event(let event):
                return "\(event.period)  reopen  \(Timestamp.text(event.at))  by \(event.who): \(event.reason ?? "")"
            }
        }
        return lines.isEmpty ? "no runs recorded yet\n" : lines.joined(separator: "\n") + "\n"
    }
}
