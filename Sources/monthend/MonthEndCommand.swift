import ArgumentParser
import Foundation
import MonthEndApp
import MonthEndCore

/// The `monthend` command: parses options, calls the library, maps the outcome to an exit status
/// (0 written, 1 nothing written, 64 wrong usage).
@main
struct MonthEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monthend",
        abstract: "Month-end reconciliation of courier bills, receivables, stock-take and orders into one workbook.",
        discussion: """
            Drop the month's exports (courier bills and slips, rate cards, invoices, payments, customer master, \
            stock-take sheet, orders) in one folder and run:

              monthend run --period 2026-10 FOLDER

            Files are read as they come: GBK/GB18030, UTF-8 or UTF-16; title lines, totals rows and Excel's \
            damage to long numbers are handled. Use `monthend inspect FILE` to see how a new export is read.
            """,
        subcommands: [Run.self, Inspect.self, Init.self, Close.self, Reopen.self, History.self]
    )
}

/// Prints a MonthEnd error compiler-style on standard error, in the terminal's language; the command
/// throws the exit code it returns (1: nothing written), so ArgumentParser ends the process the one
/// way it ends every other.
func failure(_ error: Error, text: TerminalText = terminalText()) -> ExitCode {
    let rendered = (error as? MonthEndError).map(text.render) ?? "\(text.label("error"))\(error)"
    Terminal.standardError.print(Terminal.standardError.highlight(rendered, in: text))
    return ExitCode.failure
}

/// The terminal's words: `--lang` when given, else the locale's (zh_* is Chinese), else English.
func terminalText(_ explicit: RunRequest.Language? = nil) -> TerminalText {
    (try? TerminalText.load(TerminalText.language(explicit: explicit))) ?? .english
}
