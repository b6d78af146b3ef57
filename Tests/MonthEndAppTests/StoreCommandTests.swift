import Foundation
import Testing

/// The store from the command line: --no-store is today's run, where the store goes, and a
/// store that cannot be used stops the run before anything is written.
@Suite struct StoreCommandTests {
    static let epoch = ["SOURCE_DATE_EPOCH": "1"]

    /// The bytes the bundled October gives without a store (this exact command line): a run with
    /// --no-store must still give them. Re-pin only on a deliberate change of the workbook, together
    /// with the golden JSON. Re-pinned for issue 17 (status words from the labels, an undercharge
    /// disputing 0.00 on 快递对账); the JSON summary is unchanged.
    static let workbookBeforeTheStore = "2a720394c39be99fecdd7a34708ba0678bb06a1bf965692e139cb0883d901ccd"
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
