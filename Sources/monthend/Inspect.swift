import ArgumentParser
import Foundation
import MonthEndApp
import MonthEndCore

extension MonthEndCommand {
    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Show how MonthEnd reads an export: encoding, delimiter, header, kind, column mapping, row counts.")

        @Option(help: ArgumentHelp("A configuration file, for its extra template folders.", valueName: "FILE"))
        var config: String?

        @Option(help: ArgumentHelp("How many rejected rows to show per file.", valueName: "N"))
        var rejected: Int = 10

        @Option(help: ArgumentHelp("Name the column that serves a field (repeatable).", valueName: "KIND.FIELD=HEADER"))
        var map: [String] = []

        @Option(
            help: ArgumentHelp(
                "The month the exports belong to (YYYY-MM): dates written without a year take their year from it.",
                valueName: "YYYY-MM"))
        var period: String?

        @Option(help: ArgumentHelp("The sheet to read from each .xlsx input (FILE#SHEET names one per file).", valueName: "NAME"))
        var sheet: String?

        @Argument(help: ArgumentHelp("Export files or folders.", valueName: "FILE"))
        var paths: [String] = []

        func validate() throws {
            guard !paths.isEmpty else { throw ValidationError("name at least one file to inspect") }
            guard rejected >= 0 else { throw ValidationError("--rejected must be 0 or more") }
            try ColumnMapOption.validate(map)
            if let period, Period(period) == nil { throw ValidationError("--period must be YYYY-MM, such as 2026-10") }
        }

        func run() throws {
            do {
                let text = try MonthEndInspector.inspect(
                    paths: paths, configPath: config, rejectedRowsShown: rejected, columnMaps: map,
                    period: period.flatMap { Period($0) }, sheetName: sheet)
                FileHandle.standardOutput.write(Data(text.utf8))
            } catch {
                throw failure(error)
            }
        }
    }
}
