import Foundation
import GRDB
import MonthEndCore
import Testing

@testable import MonthEndStore

/// The store on its own: migrations, one transaction per run, and the errors a user can act on.
@Suite struct MonthEndStoreTests {
    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("monthend-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static let october = Period(year: 2026, month: 10)
    static let november = Period(year: 2026, month: 11)

    static func run(_ period: Period, items: [OpenItem] = [], keys: [String] = []) -> RunRecord {
        RunRecord(
            period: period, asOf: period.lastDay, recordedAt: 100, workbookPath: "/tmp/m.xlsx", workbookSHA256: "ab",
            summaryJSON: "{}", inputs: [RunRecord.Input(path: "bill.csv", kind: "courier_bill", sha256: "cd", rows: 3)],
            openItems: items,
            paymentKeys: keys.map {
                PaymentKeyRecord(key: $0, date: period.lastDay, amount: Money(fen: 100), payer: "李四", reference: nil)
            })
    }

    static let slip = OpenItem(
        kind: .notBilledSlip, period: october, key: "SF1013", date: LocalDate(iso: "2026-10-15"), courier: "顺丰",
        account: "0201234567", amount: Money(fen: 1650), reason: "not billed", weightKg: Quantity(micros: 2_500_000),
        destination: "广东", paymentMode: "月结", chargeCustomer: false)

    @Test func openItemsAndPaymentKeysComeBackExactlyForTheNextPeriod() throws {
        let store = try MonthEndStore(path: try Self.folder() + "/monthend.db")
        try store.record(Self.run(Self.october, items: [Self.slip], keys: ["ref:b0005"])) {}
        let carried = try store.carriedIn(before: Self.november)
        #expect(carried.fromPeriod == Self.october)
        #expect(carried.fromClosedPeriod == false)
        #expect(carried.items == [Self.slip])
        #expect(carried.paymentsSeen == ["ref:b0005": Self.october])
        // A re-run of October carries nothing from October itself.
        #expect(try store.carriedIn(before: Self.october) == CarriedIn())
    }

    @Test func aFailureAfterTheWritesStartedLeavesTheStoreAsBefore() throws {
        let store = try MonthEndStore(path: try Self.folder() + "/monthend.db")
        try store.record(Self.run(Self.october, items: [Self.slip])) {}
        struct Injected: Error {}
        // The run's rows are inserted, then publishing (moving the workbook into place) fails.
        #expect(throws: Injected.self) {
            try store.record(Self.run(Self.november, items: [Self.slip, Self.slip], keys: ["ref:x"])) {
                throw Injected()
            }
        }
        #expect(try store.history().count == 1)
        #expect(try store.lastRun(of: Self.november) == nil)
        let counts = try store.queue.read { db in
            try [
                Int.fetchOne(db, sql: "SELECT COUNT(*) FROM open_item")!,
                Int.fetchOne(db, sql: "SELECT COUNT(*) FROM payment_key")!,
                Int.fetchOne(db, sql: "SELECT COUNT(*) FROM run_input")!,
            ]
        }
        #expect(counts == [1, 0, 1])
    }

    @Test func aStoreOfTheFirstVersionIsMigratedWithItsRuns() throws {
        let path = try Self.folder() + "/monthend.db"
        // A store as the first version wrote it: v1 only, with a run in it.
        let old = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(old, upTo: StoreSchema.identifiers[0])
        try old.write { db in
            try db.execute(
                sql: """
                    INSERT INTO run (period, as_of, recorded_at, workbook_path, workbook_sha256, summary_json)
                    VALUES ('2026-09', '2026-09-30', 50, '/tmp/sep.xlsx', 'ef', '{}')
                    """)
        }
        try old.close()
        let store = try MonthEndStore(path: path)
        #expect(try store.appliedMigrations() == StoreSchema.identifiers.sorted())
        #expect(try store.lastRun(of: Period(year: 2026, month: 9))?.workbookPath == "/tmp/sep.xlsx")
        try store.record(Self.run(Self.october, keys: ["ref:b0001"])) {}
        #expect(try store.carriedIn(before: Self.november).paymentsSeen == ["ref:b0001": Self.october])
    }

    @Test func aStoreOfANewerVersionIsRefusedNotChanged() throws {
        let path = try Self.folder() + "/monthend.db"
        _ = try MonthEndStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')") }
        try queue.close()
        let error = try #require(throws: MonthEndError.self) { try MonthEndStore(path: path) }
        #expect(error.description.hasPrefix("\(path): error: the store was written by a newer version of MonthEnd"))
    }

    @Test func aDamagedStoreSaysWhatToDo() throws {
        let path = try Self.folder() + "/monthend.db"
        let garbage = Data(repeating: 0x5A, count: 4096)
        try garbage.write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: MonthEndError.self) { try MonthEndStore(path: path) }
        #expect(
            error.description == """
                \(path): error: the store is damaged: it is not a readable MonthEnd database
                note: restore the file from a backup, or move it aside to start a new store (workbooks already \
                written are not affected); nothing was written
                """)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
    }

    @Test func aLockedStoreSaysWhatToDo() throws {
        let path = try Self.folder() + "/monthend.db"
        let store = try MonthEndStore(path: path, busyTimeout: 0.1)
        // Another program holds the write lock.
        var holding = Configuration()
        holding.allowsUnsafeTransactions = true  // the lock outlives one access on purpose
        let other = try DatabaseQueue(path: path, configuration: holding)
        try other.inDatabase { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        let error = try #require(throws: MonthEndError.self) { try store.record(Self.run(Self.october)) {} }
        #expect(error.description.hasPrefix("\(path): error: the store is locked by another program"))
        try other.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        #expect(try store.history().isEmpty)
    }

    @Test func closeAndReopenAlternate() throws {
        let path = try Self.folder() + "/monthend.db"
        let store = try MonthEndStore(path: path)
        let close = PeriodEvent(period: Self.october, action: .close, at: 10, who: "王芳", workbookSHA256: "ab")
        try store.append(close)
        #expect(try store.lastEvent(of: Self.october) == close)
        let again = try #require(throws: MonthEndError.self) { try store.append(close) }
        #expect(again.code == .periodClosed)
        // A run of a closed period is refused inside the transaction too.
        let refused = try #require(throws: MonthEndError.self) { try store.record(Self.run(Self.october)) {} }
        #expect(refused.code == .periodClosed)
        try store.append(PeriodEvent(period: Self.october, action: .reopen, at: 20, who: "王芳", reason: "补录"))
        let notClosed = try #require(throws: MonthEndError.self) {
            try store.append(PeriodEvent(period: Self.october, action: .reopen, at: 30, who: "王芳", reason: "x"))
        }
        #expect(notClosed.message == "period 2026-10 is not closed: there is nothing to reopen")
        try store.record(Self.run(Self.october)) {}
        #expect(try store.history().map(\.at) == [10, 20, 100])
    }

    @Test func historyKeepsTheOrderOfRecordingWhateverTheClockSays() throws {
        let store = try MonthEndStore(path: try Self.folder() + "/monthend.db")
        try store.record(Self.run(Self.october)) {}  // at 100
        try store.append(PeriodEvent(period: Self.october, action: .close, at: 100, who: "王芳"))
        try store.append(PeriodEvent(period: Self.october, action: .reopen, at: 40, who: "王芳", reason: "补录"))
        try store.record(Self.run(Self.october)) {}  // at 100 again
        let actions = try store.history().map { entry -> String in
            switch entry {
            case .run: return "run"
            case .event(let event): return event.action.rawValue
            }
        }
        #expect(actions == ["run", "close", "reopen", "run"])
    }
}
