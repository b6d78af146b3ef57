import ArgumentParser
import Foundation
import MonthEndApp
import MonthEndCore

/// The options every store command shares: where the store is.
struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp("The store (default: store.path of --config, else monthend.db here).", valueName: "PATH"))
    var store: String?

    @Option(help: ArgumentHelp("A configuration file, for store.path and the reviewer's name.", valueName: "FILE"))
    var config: String?

    func path() throws -> String { try PeriodLedger.storePath(store: store, configPath: config) }
}

extension MonthEndCommand {
    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Sign a period off: who, when and the reviewed workbook's SHA-256; a closed period is not run again.")

        @Option(help: ArgumentHelp("The month to close.", valueName: "YYYY-MM"))
        var period: Period

        @Option(
            help: ArgumentHelp("Who signs off (default: company.reviewed_by, else the login name).", valueName: "NAME"))
        var by: String?

        @Option(
            help: ArgumentHelp(
                "The reviewed workbook (default: the one the period's last run wrote).", valueName: "FILE"))
        var workbook: String?

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            do {
                let event = try PeriodLedger.close(
                    period: period, storePath: try storeOptions.path(),
                    who: try PeriodLedger.signer(by, configPath: storeOptions.config), workbook: workbook,
                    at: SourceDateEpoch.value())
                Terminal.standardError.print(
                    "closed \(period) by \(event.who); \(event.workbookPath ?? "") sha256 \(event.workbookSHA256 ?? "")"
                )
            } catch {
                throw failure(error)
            }
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reopen a closed period so it can be run again; the reason is recorded.")

        @Option(help: ArgumentHelp("The month to reopen.", valueName: "YYYY-MM"))
        var period: Period

        @Option(help: ArgumentHelp("Why it is reopened (recorded, shown by `monthend history`).", valueName: "TEXT"))
        var reason: String

        @Option(
            help: ArgumentHelp("Who reopens it (default: company.reviewed_by, else the login name).", valueName: "NAME")
        )
        var by: String?

        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("--reason must say why the period is reopened")
            }
        }

        func run() throws {
            do {
                let event = try PeriodLedger.reopen(
                    period: period, storePath: try storeOptions.path(),
                    who: try PeriodLedger.signer(by, configPath: storeOptions.config), reason: reason,
                    at: SourceDateEpoch.value())
                Terminal.standardError.print("reopened \(period) by \(event.who): \(reason)")
            } catch {
                throw failure(error)
            }
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the runs, closes and reopens kept in the store.")

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            do {
                let text = try PeriodLedger.history(storePath: try storeOptions.path())
                FileHandle.standardOutput.write(Data(text.utf8))
            } catch {
                throw failure(error)
            }
        }
    }
}
