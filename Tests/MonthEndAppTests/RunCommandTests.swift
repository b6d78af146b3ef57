import Foundation
import Testing

/// `monthend run` end to end on the bundled fixture month, the sample month and bad input.
@Suite struct RunCommandTests {
    static let fixtures = MonthEndCLI.packageRoot.appendingPathComponent("Fixtures/2026-10").path
    static let golden = MonthEndCLI.packageRoot.appendingPathComponent("Tests/MonthEndAppTests/Golden/fixtures-2026-10.json")
    static let epoch = ["SOURCE_DATE_EPOCH": "1793404800"]

    /// The summary of the fixture month equals its golden file (re-record on purpose with
    /// MONTHEND_RECORD_GOLDEN=1, then review the diff).
    @Test func fixtureMonthMatchesGoldenSummary() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let result = try MonthEndCLI.run(
            ["run", "--period", "2026-10", "--out", dir.appendingPathComponent("m.xlsx").path, "--json", "-", "Fixtures/2026-10"],
            environment: Self.epoch)
        #expect(result.status == 0, "\(result.stderr)")
        if ProcessInfo.processInfo.environment["MONTHEND_RECORD_GOLDEN"] == "1" {
            try result.stdout.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(result.stdout == expected)
        // Rejected rows are reported compiler-style on standard error.
        #expect(result.stderr.contains("中通对账单10月.csv:4:2: warning: row rejected: waybill \"7.50000E+11\""))
        #expect(result.stderr.contains("寄件登记2026-10.csv:25:1: warning: row rejected: ship_date \"2026-02-30\""))
        #expect(result.stderr.contains("wrote "))
        // What each area found, for the terminal.
        #expect(result.stderr.contains("courier:     21 bill lines, 303.53 billed; 9 not matched, 3 slips not billed; 61.02 disputed, 41.50 to re-bill"))
        #expect(result.stderr.contains("rows:        9 files, 90 rows = 78 accepted + 8 skipped + 4 rejected; 22 exceptions to review"))
    }

    @Test func rerunWithSourceDateEpochGivesTheSameBytes() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        var digests: [Data] = []
        for name in ["a.xlsx", "b.xlsx"] {
            let out = dir.appendingPathComponent(name).path
            let result = try MonthEndCLI.run(["run", "--period", "2026-10", "--out", out, Self.fixtures], environment: Self.epoch)
            #expect(result.status == 0, "\(result.stderr)")
            digests.append(try Data(contentsOf: URL(fileURLWithPath: out)))
        }
        #expect(digests[0] == digests[1])
        #expect(digests[0].count > 10_000)
    }

    @Test func jsonFileAndEnglishWorkbook() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let json = dir.appendingPathComponent("s.json").path
        let out = dir.appendingPathComponent("en.xlsx").path
        let result = try MonthEndCLI.run(
            ["run", "--period", "2026-10", "--lang", "en", "--out", out, "--json", json, Self.fixtures], environment: Self.epoch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: json, encoding: .utf8)
        #expect(written.contains("\"disputed_total\": \"61.02\""))
        #expect(FileManager.default.fileExists(atPath: out))
    }

    /// MONTHEND_TIMINGS=1 (the benchmark's switch) prints one line per phase with the month's
    /// 90 input rows and the peak memory so far, which never falls from one phase to the next.
    @Test func timingsNameEveryPhaseWithRowsAndPeakMemory() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let result = try MonthEndCLI.run(
            ["run", "--period", "2026-10", "--out", dir.appendingPathComponent("t.xlsx").path, Self.fixtures],
            environment: ["MONTHEND_TIMINGS": "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("timing: ") }
        #expect(lines.map { $0.split(separator: " ")[1] } == ["read", "reconcile", "write"])
        var peaks: [Int] = []
        for line in lines {
            let words = line.split(separator: " ")
            #expect(words.count == 11, "\(line)")
            #expect(words[3] == "s," && words[4] == "90" && words[5] == "rows," && words[7] == "rows/s,")
            #expect(words[8] == "peak" && words[10] == "MB")
            peaks.append(Int(words[9]) ?? -1)
        }
        #expect(peaks.count == 3 && peaks[0] > 0 && peaks == peaks.sorted())
    }

    /// A run that cannot finish writes nothing and leaves the earlier workbook as it was.
    @Test func failedRunLeavesEarlierWorkbookUntouched() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let out = dir.appendingPathComponent("m.xlsx").path
        let earlier = Data("an earlier workbook".utf8)
        try earlier.write(to: URL(fileURLWithPath: out))
        // An export whose kind cannot be told: a header that names no kind's required columns.
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data("名称,数量\n胶带,3\n".utf8).write(to: inputs.appendingPathComponent("unknown.csv"))
        let result = try MonthEndCLI.run(["run", "--period", "2026-10", "--out", out, "--json", "-", inputs.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("unknown.csv"))
        #expect(result.stderr.contains("error:"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == earlier)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["in", "m.xlsx"])
    }

    @Test func undecodableFileStopsTheRunNamingOffsetAndLine() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let file = dir.appendingPathComponent("bill.csv")
        // Valid UTF-8 first line, then bytes that are neither UTF-8 nor GB18030.
        try Data("运单号,寄件日期,金额\n".utf8 + [0x41, 0xFF, 0xFF, 0x0A]).write(to: file)
        let result = try MonthEndCLI.run(["run", "--period", "2026-10", "--out", dir.appendingPathComponent("m.xlsx").path, file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bill.csv"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("m.xlsx").path))
    }

    @Test func unwritableOutputIsAnErrorAndWritesNothing() throws {
        let result = try MonthEndCLI.run(["run", "--period", "2026-10", "--out", "/nonexistent-folder/m.xlsx", Self.fixtures])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent-folder/m.xlsx"))
    }

    @Test func emptyAndMissingInputs() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let empty = dir.appendingPathComponent("empty.csv")
        try Data().write(to: empty)
        let r1 = try MonthEndCLI.run(["run", "--period", "2026-10", "--out", dir.appendingPathComponent("m.xlsx").path, empty.path])
        #expect(r1.status == 1)
        #expect(r1.stderr.contains("empty.csv"))
        let r2 = try MonthEndCLI.run(["run", "--period", "2026-10", "--out", dir.appendingPathComponent("m.xlsx").path, dir.appendingPathComponent("nope.csv").path])
        #expect(r2.status == 1)
        #expect(r2.stderr.contains("no such file or folder"))
        // A folder with nothing readable in it: the PDF is left out with a note, then nothing to read.
        let folder = dir.appendingPathComponent("onlypdf")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("%PDF".utf8).write(to: folder.appendingPathComponent("bill.pdf"))
        let r3 = try MonthEndCLI.run(["run", "--period", "2026-10", "--out", dir.appendingPathComponent("m.xlsx").path, folder.path])
        #expect(r3.status == 1)
        #expect(r3.stderr.contains("bill.pdf: note: left out"))
        // A file named .xlsx that is no workbook (.xlsx files are read by content) stops the run.
        try Data("PK".utf8).write(to: folder.appendingPathComponent("bill.xlsx"))
        let r4 = try MonthEndCLI.run(["run", "--period", "2026-10", "--out", dir.appendingPathComponent("m.xlsx").path, folder.path])
        #expect(r4.status == 1)
        #expect(r4.stderr.contains("bill.xlsx: error: this is not an Excel workbook (.xlsx files are ZIP archives)"))
    }

    /// Hostile text in names, a formula-looking cell, a huge cell and an unterminated quote are
    /// findings, not failures: the workbook is still written and every text stays text.
    @Test func hostileInputStillGivesAWorkbook() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let huge = String(repeating: "长", count: 40_000)
        let slips = """
            寄件日期,运单号,客户名称,付款方式
            2026-10-01,SF1,"=HYPERLINK(""http://x"",""y"")",寄付
            2026-10-02,SF2,\(huge),寄付
            2026-10-03,SF3,"unterminated
            """
        try Data(slips.utf8).write(to: dir.appendingPathComponent("寄件登记.csv"))
        let out = dir.appendingPathComponent("m.xlsx").path
        let result = try MonthEndCLI.run(["run", "--period", "2026-10", "--out", out, "--json", "-", dir.path], environment: Self.epoch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"slips\": 2") || result.stdout.contains("\"slips\": 3"))
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try MonthEndCLI.run(["run", "--period", "2026-13", "x"]).status == 64)
        #expect(try MonthEndCLI.run(["run", "--period", "2026-10"]).status == 64)
        #expect(try MonthEndCLI.run(["run", "--period", "2026-10", "--lang", "fr", "x"]).status == 64)
        #expect(try MonthEndCLI.run(["run", "--period", "2026-10", "--kind", "bills=x.csv", "x"]).status == 64)
        #expect(try MonthEndCLI.run(["frobnicate"]).status == 64)
        let badMap = try MonthEndCLI.run(["run", "--period", "2026-10", "--map", "payments.waybill=单号", "x"])
        #expect(badMap.status == 64 && badMap.stderr.contains("payments has no field 'waybill'"))
        let help = try MonthEndCLI.run(["run", "--help"])
        #expect(help.status == 0 && help.stdout.contains("--period"))
    }

    /// `--map` (and the configuration's `map:`) names a column MonthEnd does not know: here a header
    /// that reads 交易日期, 摘要 and 转账金额, whose amount word no synonym has.
    @Test func mapNamesAColumnForOneRunAndInTheConfiguration() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let file = dir.appendingPathComponent("bank.csv")
        try Data("交易日期,对方户名,转账金额\n2026-10-08,甲公司,1200.00\n".utf8).write(to: file)
        let out = dir.appendingPathComponent("m.xlsx").path
        let refused = try MonthEndCLI.run(["run", "--period", "2026-10", "--out", out, file.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the nearest is line 1, which looks most like payments"))
        let mapped = try MonthEndCLI.run(
            ["run", "--period", "2026-10", "--map", "payments.amount=转账金额", "--out", out, "--json", "-", file.path])
        #expect(mapped.status == 0, "\(mapped.stderr)")
        #expect(mapped.stdout.contains("\"received_in_period\": \"1200.00\""))
        let config = dir.appendingPathComponent("monthend.yaml")
        try Data("map:\n  payments.amount: 转账金额\n".utf8).write(to: config)
        let configured = try MonthEndCLI.run(
            ["run", "--period", "2026-10", "--config", config.path, "--out", out, "--json", "-", file.path])
        #expect(configured.status == 0 && configured.stdout.contains("\"received_in_period\": \"1200.00\""))
    }

    @Test func kindOverrideReadsAFileDetectionCannot() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        // Only 单号 and 日期: both courier_bill (without amount) and courier_slips could claim it.
        let file = dir.appendingPathComponent("register.csv")
        try Data("运单号,寄件日期\nSF9,2026-10-05\n".utf8).write(to: file)
        let out = dir.appendingPathComponent("m.xlsx").path
        let result = try MonthEndCLI.run(
            ["run", "--period", "2026-10", "--kind", "courier_slips=\(file.path)", "--out", out, "--json", "-", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"kind\": \"courier_slips\""))
        #expect(result.stdout.contains("\"not_billed\": 1"))
    }
}

@Suite struct InitAndInspectTests {
    @Test func initWritesTheDefaultConfigurationOnce() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let first = try MonthEndCLI.run(["init"], in: dir)
        #expect(first.status == 0)
        let text = try String(contentsOf: dir.appendingPathComponent("monthend.yaml"), encoding: .utf8)
        #expect(text.contains("weight_tolerance_kg: 0.5"))
        let second = try MonthEndCLI.run(["init"], in: dir)
        #expect(second.status == 1)
        #expect(second.stderr.contains("--force"))
        // The written file is a valid configuration for a run.
        let out = dir.appendingPathComponent("m.xlsx").path
        let run = try MonthEndCLI.run(["run", "--period", "2026-10", "--config", dir.appendingPathComponent("monthend.yaml").path, "--out", out, RunCommandTests.fixtures])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func badConfigurationIsAnErrorNamingLineAndSetting() throws {
        let dir = try MonthEndCLI.temporaryFolder()
        let config = dir.appendingPathComponent("bad.yaml")
        try Data("courier:\n  fee_tolerance: lots\n".utf8).write(to: config)
        let r = try MonthEndCLI.run(["run", "--period", "2026-10", "--config", config.path, "--out", dir.appendingPathComponent("m.xlsx").path, RunCommandTests.fixtures])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.yaml:2:18: error: setting courier.fee_tolerance"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("m.xlsx").path))
    }

    @Test func inspectShowsHowAFileIsRead() throws {
        let r = try MonthEndCLI.run(["inspect", "Fixtures/2026-10/顺丰月结账单_202610.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("kind:        courier_bill (detected from the header)"))
        #expect(r.stdout.contains("encoding:    gb18030"))
        #expect(r.stdout.contains("header line: 2"))
        #expect(r.stdout.contains("rows: 17 = 15 accepted + 1 skipped + 1 rejected"))
        #expect(r.stdout.contains("3. 运单号码 -> waybill"))
        #expect(r.stdout.contains("weight_kg \"约3kg\" is not a number"))
    }
}
