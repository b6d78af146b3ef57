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
        var period: String

        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp("The as-of date (default: the last day of the period).", valueName: "YYYY-MM-DD"))
        var asOf: String?

        @Option(help: ArgumentHelp("A configuration file (see `monthend init`).", valueName: "FILE"))
        var config: String?

        @Option(
            help: ArgumentHelp(
                "The workbook's language (default zh) and the terminal's (default: zh for a zh_* locale, else en).",
                valueName: "zh|en"))
        var lang: String?

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

        @Argument(help: ArgumentHelp("Export files, or folders whose files are all read.", valueName: "PATH"))
        var paths: [String] = []

        /// The language `--lang` names, nil when not given.
        var language: RunRequest.Language? { lang.flatMap(RunRequest.Language.init(rawValue:)) }

        func validate() throws {
            let text = terminalText(language)
            guard Period(period) != nil else {
                throw ValidationError(text("--period must be a month like 2026-10, not \"\(period)\""))
            }
            if let asOf, LocalDate(iso: asOf) == nil {
                throw ValidationError(text("--as-of must be a date like 2026-10-31, not \"\(asOf)\""))
            }
            if let lang, RunRequest.Language(rawValue: lang) == nil {
                throw ValidationError(text("--lang must be zh or en, not \"\(lang)\""))
            }
            guard !paths.isEmpty else {
                throw ValidationError(text("name at least one export file or folder to read"))
            }
            _ = try kindOverrides()
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
            let request = RunRequest(
                period: Period(period)!,
                asOf: asOf.flatMap { LocalDate(iso: $0) },
                configPath: config,
                language: language ?? .zh,
                outputPath: out,
                json: json.map { $0 == "-" ? .standardOutput : .file($0) },
                kindOverrides: try kindOverrides(),
                paths: paths,
                createdEpochSeconds: SourceDateEpoch.value())
            let stderr = Terminal.standardError
            let text = terminalText(language)
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
                fail(error, text: text)
            }
            display?.finish(completed: true)
            if request.json == .standardOutput {
                FileHandle.standardOutput.write(Data(outcome.summaryJSON.utf8))
            }
            for line in outcome.digest { stderr.print(text(line)) }
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
