import ArgumentParser
import Foundation
import MonthEndApp

extension MonthEndCommand {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a commented configuration file with every setting at its default.")

        @Argument(help: "Where to write it.")
        var path: String = "monthend.yaml"

        @Flag(help: "Replace an existing file.")
        var force = false

        func run() throws {
            if FileManager.default.fileExists(atPath: path) && !force {
                throw failure(MonthEndAppError.exists(path))
            }
            do {
                try AtomicOutput.write(text: Configuration.defaultText, to: path)
            } catch {
                throw failure(error)
            }
            Terminal.standardError.print(terminalText()("wrote \(path); pass it with `monthend run --config \(path)`"))
        }
    }
}
