import Foundation
import GRDB
import MonthEndCore

/// The store of runs, open items and period closes: one SQLite file (monthend.db) through GRDB.
/// Every change is one transaction; every failure is a `MonthEndError` naming the file and what to
/// do, so a locked or damaged store stops a run before anything is written.
public final class MonthEndStore: @unchecked Sendable {
    // A DatabaseQueue serialises every access itself: sharing the class across threads is safe.
    let queue: DatabaseQueue
    public let path: String

    /// Opens the store at `path`, creating it when `create` (a run) and it does not exist; upgrades an
    /// older store with the missing migrations. `busyTimeout`: how long to wait for another
    /// program's lock before giving up.
    public init(path: String, create: Bool = true, busyTimeout: TimeInterval = 5) throws(MonthEndError) {
        self.path = path
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw MonthEndError(
                .storeFailed, "no store here: nothing has been run with a store yet", path: path,
                hint: "run `monthend run --period YYYY-MM ...` first, or name the store with --store PATH")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            let migrator = StoreSchema.migrator
            let superseded = try queue.read { db in try migrator.hasBeenSuperseded(db) }
            if superseded {
                throw MonthEndError(
                    .storeFailed, "the store was written by a newer version of MonthEnd", path: path,
                    hint: "run this month with the newer monthend, or with --no-store")
            }
            try migrator.migrate(queue)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// The migrations applied to the file, oldest first.
    public func appliedMigrations() throws(MonthEndError) -> [String] {
        try access { db in try StoreSchema.migrator.appliedIdentifiers(db).sorted() }
    }

    // MARK: - Reading

    /// The latest close or reopen of `period`; the period is closed when it is a close.
    public func lastEvent(of period: Period) throws(MonthEndError) -> PeriodEvent? {
        try access { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM period_event WHERE period = ? ORDER BY id DESC LIMIT 1",
                arguments: [period.description]
            ).map(Self.event)
        }
    }

    /// The last run of `period`, if any.
    public func lastRun(of period: Period) throws(MonthEndError) -> StoredRun? {
        try access { db in try Self.runs(db, where: "r.period = ?", [period.description]).last }
    }

    /// What a run of `period` carries in: the open items left by the last run of the latest period
    /// before it, and the payment keys of the last run of every earlier period.
    public func carriedIn(before period: Period) throws(MonthEndError) -> CarriedIn {
        try access { db in
            var carried = CarriedIn()
            let lastRunOfEachPeriod = """
                SELECT MAX(id) AS id, period FROM run WHERE period < ? GROUP BY period
                """
            let earlier = try Row.fetchAll(db, sql: lastRunOfEachPeriod, arguments: [period.description])
            guard let latest = earlier.max(by: { ($0["period"] as String) < ($1["period"] as String) }) else {
                return carried
            }
            let fromPeriod = Period(latest["period"] as String)
            carried.fromPeriod = fromPeriod
            if let fromPeriod {
                let event = try Row.fetchOne(
                    db, sql: "SELECT * FROM period_event WHERE period = ? ORDER BY id DESC LIMIT 1",
                    arguments: [fromPeriod.description]
                ).map(Self.event)
                carried.fromClosedPeriod = event?.action == .close
            }
            let runID: Int64 = latest["id"]
            carried.items = try Row.fetchAll(
                db, sql: "SELECT * FROM open_item WHERE run_id = ? ORDER BY rowid", arguments: [runID]
            ).compactMap(Self.openItem)
            for row in earlier {
                let id: Int64 = row["id"]
                guard let runPeriod = Period(row["period"] as String) else { continue }
                for key in try String.fetchAll(db, sql: "SELECT key FROM payment_key WHERE run_id = ?", arguments: [id])
                {
                    if carried.paymentsSeen[key] == nil { carried.paymentsSeen[key] = runPeriod }
                }
            }
            return carried
        }
    }

    /// Every run and every close and reopen, in the order they were recorded.
    public func history() throws(MonthEndError) -> [HistoryEntry] {
        try access { db in
            // A run sorts by its id; an event after the last run it followed, events by their id.
            var keyed: [(run: Int64, event: Int64, entry: HistoryEntry)] = try Self.runs(db, where: "1", []).map {
                ($0.id, 0, .run($0))
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM period_event ORDER BY id") {
                keyed.append((row["after_run"], row["id"], .event(Self.event(row))))
            }
            return keyed.sorted { ($0.run, $0.event) < ($1.run, $1.event) }.map(\.entry)
        }
    }

    // MARK: - Writing

    /// Records a run in one transaction, taking the write lock first (a locked store fails here,
    /// before anything is written). `publish` runs last inside the transaction (the caller moves the
    /// finished workbook into place there): if it throws, nothing of the run is kept. A period
    /// closed meanwhile refuses the run.
    public func record(_ run: RunRecord, publish: () throws -> Void) throws {
        do {
            try queue.inTransaction(.immediate) { db in
                if let event = try Row.fetchOne(
                    db, sql: "SELECT * FROM period_event WHERE period = ? ORDER BY id DESC LIMIT 1",
                    arguments: [run.period.description]
                ).map(Self.event), event.action == .close {
                    throw Self.closedError(event, path: path)
                }
                try db.execute(
                    sql: """
                        INSERT INTO run (period, as_of, recorded_at, workbook_path, workbook_sha256, summary_json)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        run.period.description, run.asOf.description, run.recordedAt, run.workbookPath,
                        run.workbookSHA256, run.summaryJSON,
                    ])
                let runID = db.lastInsertedRowID
                for input in run.inputs {
                    try db.execute(
                        sql: "INSERT INTO run_input (run_id, path, kind, sha256, rows) VALUES (?, ?, ?, ?, ?)",
                        arguments: [runID, input.path, input.kind, input.sha256, input.rows])
                }
                for item in run.openItems { try Self.insert(item, runID: runID, db) }
                for payment in run.paymentKeys {
                    try db.execute(
                        sql: """
                            INSERT INTO payment_key (run_id, key, date, amount_fen, payer, reference)
                            VALUES (?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            runID, payment.key, payment.date.description, payment.amount.fen, payment.payer,
                            payment.reference,
                        ])
                }
                try publish()
                return .commit
            }
        } catch let error as MonthEndError {
            throw error
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: path)
        }
    }

    /// Appends a close or reopen. A close of a closed period, or a reopen of an open one, is refused.
    public func append(_ event: PeriodEvent) throws(MonthEndError) {
        do {
            try queue.inTransaction(.immediate) { db in
                let last = try Row.fetchOne(
                    db, sql: "SELECT * FROM period_event WHERE period = ? ORDER BY id DESC LIMIT 1",
                    arguments: [event.period.description]
                ).map(Self.event)
                switch event.action {
                case .close where last?.action == .close:
                    throw Self.closedError(last!, path: path)
                case .reopen where last?.action != .close:
                    throw MonthEndError(
                        .usage, "period \(event.period) is not closed: there is nothing to reopen", path: path,
                        hint: "`monthend history` lists the closes and reopens")
                default: break
                }
                try db.execute(
                    sql: """
                        INSERT INTO period_event (period, action, at, who, workbook_path, workbook_sha256, reason,
                          after_run)
                        VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(id), 0) FROM run))
                        """,
                    arguments: [
                        event.period.description, event.action.rawValue, event.at, event.who, event.workbookPath,
                        event.workbookSHA256, event.reason,
                    ])
                return .commit
            }
        } catch let error as MonthEndError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    // MARK: - Helpers

    /// Runs a read, mapping database errors to the store's error.
    private func access<T>(_ body: (Database) throws -> T) throws(MonthEndError) -> T {
        do {
            return try queue.read(body)
        } catch let error as MonthEndError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// The refusal of a closed period, with who closed it and how to reopen it.
    public static func closedError(_ close: PeriodEvent, path: String) -> MonthEndError {
        MonthEndError(
            .periodClosed,
            "period \(close.period) was closed by \(close.who) on \(Timestamp.text(close.at))"
                + (close.workbookSHA256.map { " (workbook sha256 \($0.prefix(12))…)" } ?? "")
                + ": a closed period is not run again",
            path: path,
            hint: "if it must change, run `monthend reopen --period \(close.period) --reason \"...\"` first; "
                + "the reopen is recorded")
    }

    /// A database failure in words a user can act on.
    static func storeError(_ error: Error, path: String) -> MonthEndError {
        if let error = error as? MonthEndError { return error }
        guard let database = error as? DatabaseError else {
            return MonthEndError(.storeFailed, "cannot use the store: \(error)", path: path)
        }
        switch database.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return MonthEndError(
                .storeFailed, "the store is locked by another program (another monthend run?)", path: path,
                hint: "wait for the other run to finish, or close the program that has the file open, then run again; "
                    + "nothing was written")
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return MonthEndError(
                .storeFailed, "the store is damaged: it is not a readable MonthEnd database", path: path,
                hint: "restore the file from a backup, or move it aside to start a new store (workbooks already "
                    + "written are not affected); nothing was written")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR, .SQLITE_FULL:
            return MonthEndError(
                .storeFailed, "cannot open or write the store: \(database.message ?? "\(database.resultCode)")",
                path: path, hint: "check that the folder exists and is writable and the disk is not full")
        default:
            return MonthEndError(
                .storeFailed, "the store failed: \(database.message ?? "\(database.resultCode)")", path: path,
                hint: "run with --no-store to reconcile without it, and report this message")
        }
    }
}
