import Foundation
import Testing

/// The store from the command line: --no-store is today's run, where the store goes, and a
/// store that cannot be used stops the run before anything is written.
@Suite struct StoreCommandTests {
    static let epoch = ["SOURCE_DATE_EPOCH": "1"]

    /// The bytes the bundled October gave before the store existed (commit 1313383, this exact
    /// command line): a run with --no-store must still give them. Re-pin only on a deliberate change
    /// of the workbook, together with the golden JSON.
    static let workbookBeforeTheStore = "6c1bd16da9854faf35a9c0748ead22c9140d664e881d2795be1618dafec24bda"
    static let summaryBeforeTheStore = "fa371739bcf13e2addbd796109fb6dbdde5dd7506e4a3d81ddbbbb5b0f2f5f0f"

    @Test func noStoreGivesTodaysWorkbookByteForByteAndNoStore() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let out = dir.appendingPathComponent("oct.xlsx")
        let json = dir.appendingPathComponent("oct.json")
        let result = try MonthEndCLI.run(
            ["run", "--period", "2026-10", "--no-store", "--out", out.path, "--json", json.path, "Fixtures/2026-10"],
            environment: Self.epoch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.sha256(out) == Self.workbookBeforeTheStore)
        #expect(try Self.sha256(json) == Self.summaryBeforeTheStore)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("monthend.db").path))
    }

    @Test func theStoreGoesBesideTheConfigurationElseBesideTheWorkbook() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let books = dir.appendingPathComponent("books")
        try FileManager.default.createDirectory(at: books, withIntermediateDirectories: true)
        var result = try MonthEndCLI.run(
            ["run", "--period", "2026-10", "--out", books.appendingPathComponent("m.xlsx").path, "Fixtures/2026-10"],
            environment: Self.epoch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: books.appendingPathComponent("monthend.db").path))

        let config = dir.appendingPathComponent("conf/monthend.yaml")
        try FileManager.default.createDirectory(
            at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "store:\n  path: ledger/month.db\n".write(to: config, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("conf/ledger"), withIntermediateDirectories: true)
        result = try MonthEndCLI.run(
            [
                "run", "--period", "2026-10", "--config", config.path, "--out",
                books.appendingPathComponent("n.xlsx").path,
                "Fixtures/2026-10",
            ], environment: Self.epoch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("conf/ledger/month.db").path))
        result = try MonthEndCLI.run(["history", "--config", config.path])
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    @Test func aDamagedStoreStopsTheRunBeforeAnythingIsWritten() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let store = dir.appendingPathComponent("monthend.db")
        try Data(repeating: 0x41, count: 2048).write(to: store)
        let out = dir.appendingPathComponent("m.xlsx")
        let result = try MonthEndCLI.run(
            [
                "run", "--period", "2026-10", "--out", out.path, "--json", dir.appendingPathComponent("m.json").path,
                "Fixtures/2026-10",
            ], environment: Self.epoch)
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "\(store.path): error: the store is damaged: it is not a readable MonthEnd database\nnote: restore the file"
            ))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["monthend.db"])
    }

    @Test func closeNeedsARunAndHistoryNeedsAStore() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let store = dir.appendingPathComponent("monthend.db").path
        var result = try MonthEndCLI.run(["history", "--store", store])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(store): error: no store here: nothing has been run with a store yet"))
        result = try MonthEndCLI.run(["run", "--period", "2026-10", "--store", store, "--no-store", "Fixtures/2026-10"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--store and --no-store exclude each other"))
        result = try MonthEndCLI.run(["close", "--period", "2026-13", "--store", store])
        #expect(result.status == 64)
    }

    static func sha256(_ file: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", file.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return String(text.prefix(64))
    }
}

/// A run killed inside its transaction (its rows written, nothing committed) leaves the store and
/// the folder as they were: the next run sees only what was committed before.
@Suite struct StoreCrashTests {
    @Test func aRunKilledMidTransactionLeavesTheStoreAsBefore() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let store = dir.appendingPathComponent("monthend.db").path
        var result = try MonthEndCLI.run(
            [
                "run", "--period", "2026-10", "--store", store, "--out", dir.appendingPathComponent("oct.xlsx").path,
                "Fixtures/2026-10",
            ], environment: ["SOURCE_DATE_EPOCH": "1000"])
        #expect(result.status == 0, "\(result.stderr)")
        let before = try MonthEndCLI.run(["history", "--store", store]).stdout

        let process = Process()
        process.executableURL = MonthEndCLI.executable
        process.currentDirectoryURL = MonthEndCLI.packageRoot
        process.arguments = [
            "run", "--period", "2026-11", "--store", store, "--out", dir.appendingPathComponent("nov.xlsx").path,
            TwoMonthScenarioTests.november,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["MONTHEND_PAUSE_IN_TRANSACTION"] = "30"
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        try process.run()
        // Wait until it says it is inside the transaction, then kill it there.
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("paused in the store's transaction") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += chunk
        }
        #expect(String(decoding: seen, as: UTF8.self).contains("paused in the store's transaction"))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        result = try MonthEndCLI.run(["history", "--store", store])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == before)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("nov.xlsx").path))
        // November runs afterwards as if the killed run had never been.
        result = try MonthEndCLI.run(
            [
                "run", "--period", "2026-11", "--store", store, "--out", dir.appendingPathComponent("nov.xlsx").path,
                "--json", "-", TwoMonthScenarioTests.november,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"carried_in\": 16"))
    }
}

/// A store another program holds locked: the run waits a few seconds, then stops with what to do,
/// exit 1, and writes nothing.
@Suite struct StoreLockTests {
    @Test func aLockedStoreStopsTheRunBeforeAnythingIsWritten() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let store = dir.appendingPathComponent("monthend.db").path
        let out = dir.appendingPathComponent("oct.xlsx")
        var result = try MonthEndCLI.run(
            ["run", "--period", "2026-10", "--store", store, "--out", out.path, "Fixtures/2026-10"],
            environment: ["SOURCE_DATE_EPOCH": "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let before = try Data(contentsOf: out)

        // Another program (Python's sqlite3) takes the store's exclusive lock and keeps it.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = [
            "python3", "-c",
            "import sqlite3, sys, time\n"
                + "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                + "c.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\ntime.sleep(30)\n",
            store,
        ]
        let said = Pipe()
        holder.standardOutput = said
        try holder.run()
        defer {
            kill(holder.processIdentifier, SIGKILL)
            holder.waitUntilExit()
        }
        let line = String(decoding: said.fileHandleForReading.availableData, as: UTF8.self)
        #expect(line.hasPrefix("locked"))

        result = try MonthEndCLI.run(
            [
                "run", "--period", "2026-11", "--store", store, "--out", dir.appendingPathComponent("nov.xlsx").path,
                TwoMonthScenarioTests.november,
            ])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("\(store): error: the store is locked by another program (another monthend run?)"))
        #expect(result.stderr.contains("note: wait for the other run to finish"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("nov.xlsx").path))
        #expect(try Data(contentsOf: out) == before)
    }
}
