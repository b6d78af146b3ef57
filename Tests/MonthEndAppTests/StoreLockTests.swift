import Foundation
import Testing

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
