import Foundation
import Testing

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
