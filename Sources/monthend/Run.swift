import ArgumentParser
import Foundation
import MonthEndApp
import MonthEndCore

extension MonthEndCommand {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reconcile one month and write the workbook finance reviews.",
            discussion: """
                Exit status: 0 the workbook was written (exceptions and rejected rows are findings, not \
                failures); 1 nothing was written; 64 wrong usage.
                """)

        @Option(help: ArgumentHelp("The month to reconcile.", valueName: "YYYY-MM"))
        var period: Period

        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp("The as-of date (default: the last day of the period).", valueName: "YYYY-MM-DD"))
        var asOf: LocalDate?

        @Option(help: ArgumentHelp("A configuration file (see `monthend init`).", valueName: "FILE"))
        var config: String?

        @Option(
            help: ArgumentHelp(
                "The workbook's language (default zh) and the terminal's (default: zh for a zh_* locale, else en).",
                valueName: "zh|en"))
        var lang: RunRequest.Language?

        @Flag(help: "No progress bars (they show only on a terminal anyway).")
        var quiet = false

        @Option(
            help: ArgumentHelp("The workbook to write (default: monthend-PERIOD.xlsx here).", valueName: "FILE.xlsx"))
        var out: String?

        @Option(
            help: ArgumentHelp("Write the JSON summary to FILE, or to standard output with -.", valueName: "FILE|-"))
        var json: String?

        @Option(help: ArgumentHelp("Name a file's kind when detection cannot (repeatable).", valueName: "KIND=FILE"))
        var kind: [String] = []

        @Option(help: ArgumentHelp("Name the column that serves a field (repeatable).", valueName: "KIND.FIELD=HEADER"))
        var map: [String] = []

        @Option(
            help: ArgumentHelp(
                "The sheet to read from each .xlsx input (else every sheet is screened; FILE#SHEET names one per file).",
                valueName: "NAME"))
        var sheet: String?

        @Option(
            help: ArgumentHelp(
                "The store of runs and open items (default: monthend.db beside --config, else beside the workbook).",
                valueName: "PATH"))
        var store: String?

        @Flag(name: .customLong("no-store"), help: "Run without the store: nothing carried in, nothing recorded.")
        var noStore = false

        @Argument(help: ArgumentHelp("Export files, or folders whose files are all read.", valueName: "PATH"))
        var paths: [String] = []

        func validate() throws {
            let text = terminalText(lang)
            if store != nil && noStore {
                throw ValidationError(text("--store and --no-store exclude each other"))
            }
            guard !paths.isEmpty else {
                throw ValidationError(text("name at least one export file or folder to read"))
            }
            _ = try kindOverrides()
            try ColumnMapOption.validate(map)
        }

        func kindOverrides() throws -> [String: FileKind] {
            var result: [String: FileKind] = [:]
            for item in kind {
                let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let kind = FileKind(rawValue: parts[0]), !parts[1].isEmpty else {
                    let kinds = FileKind.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ValidationError("--kind takes KIND=FILE with KIND one of \(kinds); got \"\(item)\"")
                }
                result[parts[1]] = kind
            }
            return result
        }

        func run() throws {
            var request = RunRequest(
                period: period,
                asOf: asOf,
                configPath: config,
                language: lang ?? .zh,
                outputPath: out,
                json: json.map { $0 == "-" ? .standardOutput : .file($0) },
                kindOverrides: try kindOverrides(),
                columnMaps: map,
                paths: paths,
                createdEpochSeconds: SourceDateEpoch.value())
            request.store = noStore ? .none : store.map { .path($0) } ?? .automatic
            request.sheetName = sheet
            let stderr = Terminal.standardError
            let text = terminalText(lang)
            let display = stderr.isInteractive && !quiet ? ProgressDisplay(terminal: stderr, text: text) : nil
            let reporter = RunReporter(
                text: text, progress: { display?.update($0) },
                warning: { message in
                    let line = stderr.highlight(message, in: text)
                    if let display { display.print(line) } else { stderr.print(line) }
                })
            let outcome: RunOutcome
            do {
                outcome = try MonthEndRunner.run(request, reporter: reporter)
            } catch {
                display?.finish(completed: false)
                throw failure(error, text: text)
            }
            display?.finish(completed: true)
            if request.json == .standardOutput {
                FileHandle.standardOutput.write(Data(outcome.summaryJSON.utf8))
            }
            for line in outcome.digest { stderr.print(text(line)) }
            for statement in outcome.disputeStatements { stderr.print(text("wrote \(statement)")) }
            stderr.print(text("wrote \(outcome.workbookPath)"))
        }
    }
}

/// The workbook's creation time: SOURCE_DATE_EPOCH when set (reproducible builds' convention),
/// else now.
enum SourceDateEpoch {
    static func value() -> Int64 {
        if let raw = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int64(raw) {
            return seconds
        }
        return Int64(Date().timeIntervalSince1970)
    }
}
