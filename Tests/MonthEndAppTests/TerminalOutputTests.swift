import Foundation
import Testing

/// What `monthend run` prints on standard error: in Chinese with `--lang zh` or a zh_* locale, in
/// English otherwise; progress bars on a terminal only, never with `--quiet` or through a pipe.
@Suite struct TerminalOutputTests {
    static let fixtures = MonthEndCLI.packageRoot.appendingPathComponent("Fixtures/2026-10").path
    /// No language from the environment unless a test sets one.
    static let neutral = ["LANG": "C", "LC_ALL": "", "LC_MESSAGES": ""]

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> MonthEndCLI.Result {
        let dir = try MonthEndCLI.temporaryFolder()
        let env = neutral.merging(environment) { $1 }
        return try MonthEndCLI.run(
            ["run", "--period", "2026-10", "--out", dir.appendingPathComponent("m.xlsx").path] + arguments,
            environment: env)
    }

    @Test func chineseWithLangZh() throws {
        let result = try Self.run(["--lang", "zh", Self.fixtures])
        #expect(result.status == 0)
        #expect(
            result.stderr.contains(
                "中通对账单10月.csv:4:2: 警告：拒收行：运单号“7.50000E+11”是科学计数法：Excel 把编号当成了数字，部分数字已丢失"))
        #expect(result.stderr.contains("快递：21 行账单，金额 303.53；9 行不符，3 件已寄未出账；争议金额 61.02，可向客户收费 41.50"))
        #expect(result.stderr.contains("应收：6 张发票，未收余额 10340.00（逾期 10340.00）；1 笔回款无法识别；计划催款 21 次"))
        #expect(result.stderr.contains("盘点：8 个物料，3 个差异超出允差，1 个未盘点，1 个账外盘盈；净差异金额 -1052.63"))
        #expect(result.stderr.contains("订单：本期下单 3，本期完成 2，期末未完成 3"))
        #expect(result.stderr.contains("数据行：9 个文件，90 行 = 接受 78 + 跳过 8 + 拒收 4；22 项异常待复核"))
        #expect(result.stderr.contains("已写入 "))
        #expect(!result.stderr.contains("warning:"))
        #expect(!result.stderr.contains("courier:"))
    }

    @Test func chineseErrorsWithAZhLocale() throws {
        for variable in ["LANG", "LC_MESSAGES", "LC_ALL"] {
            let result = try Self.run(["/no/such/folder"], environment: [variable: "zh_CN.UTF-8"])
            #expect(result.status == 1)
            #expect(
                result.stderr == "/no/such/folder: 错误：没有这个文件或文件夹\n提示：请检查路径；给出存放导出文件的文件夹，或文件本身\n",
                "\(variable)")
        }
        // LC_ALL overrides LANG; --lang overrides both.
        let english = try Self.run(["/no/such/folder"], environment: ["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"])
        #expect(english.stderr.hasPrefix("/no/such/folder: error: no such file or folder\n"))
        let named = try Self.run(["--lang", "en", "/no/such/folder"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(named.stderr.hasPrefix("/no/such/folder: error: no such file or folder\n"))
        let usage = try Self.run(
            ["--store", "x.db", "--no-store", Self.fixtures], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--store 和 --no-store 不能同时使用"))
    }

    @Test func englishOtherwise() throws {
        let result = try Self.run([Self.fixtures])
        #expect(result.status == 0)
        #expect(result.stderr.contains("中通对账单10月.csv:4:2: warning: row rejected: waybill \"7.50000E+11\""))
        #expect(result.stderr.contains("courier:     21 bill lines, 303.53 billed; 9 not matched"))
        #expect(result.stderr.contains("wrote "))
        #expect(!result.stderr.contains("警告"))
        // The workbook is Chinese by default all the same: --lang only names the terminal's language
        // when it is given.
        let missing = try Self.run(["/no/such/folder"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(missing.stderr.hasPrefix("/no/such/folder: error: no such file or folder\n"))
    }

    /// Runs `monthend` with a pseudo-terminal as its standard output and error (python3's pty
    /// module) and returns what the terminal received.
    static func runOnTerminal(_ arguments: [String], environment: [String: String] = [:]) throws -> (Int32, String) {
        let dir = try MonthEndCLI.temporaryFolder()
        let script = """
            import os, sys
            pid, fd = os.forkpty()
            if pid == 0:
                os.execv(sys.argv[1], sys.argv[1:])
            out = bytearray()
            while True:
                try:
                    data = os.read(fd, 65536)
                except OSError:
                    break
                if not data:
                    break
                out += data
            _, status = os.waitpid(pid, 0)
            sys.stdout.buffer.write(bytes(out))
            sys.exit(os.waitstatus_to_exitcode(status))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "python3", "-c", script, MonthEndCLI.executable.path, "run", "--period", "2026-10", "--out",
                dir.appendingPathComponent("m.xlsx").path,
            ] + arguments
        process.currentDirectoryURL = MonthEndCLI.packageRoot
        var env = ProcessInfo.processInfo.environment.merging(neutral) { $1 }
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func progressBarsOnATerminalOnly() throws {
        let (status, shown) = try Self.runOnTerminal([Self.fixtures])
        #expect(status == 0, "\(shown)")
        // Each phase ends on its full bar, with what it counted.
        let reading = #/reading +\[#{24}\] 100%  [0-9.]+ / [0-9.]+ KB, 90 rows  0:0\d/#
        #expect(shown.contains(reading), "\(shown)")
        #expect(shown.contains("reconciling  [########################] 100%  21 / 21 lines judged  0:0"), "\(shown)")
        #expect(shown.contains(#/writing +\[#{24}\] 100%  157 / 157 rows written  0:0\d/#), "\(shown)")
        // Warnings and the closing summary still come through, on lines of their own.
        #expect(shown.contains("\nrows:        9 files, 90 rows"))
        #expect(shown.contains("warning: row rejected: waybill \"7.50000E+11\""))

        let (_, chinese) = try Self.runOnTerminal(["--lang", "zh", Self.fixtures])
        #expect(chinese.contains("核对         [########################] 100%  21 / 21 行已核对"), "\(chinese)")
        #expect(chinese.contains("写入         [########################] 100%  157 / 157 行已写入"), "\(chinese)")

        let (quietStatus, quiet) = try Self.runOnTerminal(["--quiet", Self.fixtures])
        #expect(quietStatus == 0)
        #expect(!quiet.contains("[#"))
        #expect(!quiet.contains("reading"))
        #expect(quiet.contains("rows:        9 files, 90 rows"))

        // Through a pipe: no bars, no control characters.
        let piped = try Self.run([Self.fixtures])
        #expect(!piped.stderr.contains("[#"))
        #expect(!piped.stderr.contains("\u{1B}"))
        #expect(!piped.stderr.contains("\r"))
    }
}
