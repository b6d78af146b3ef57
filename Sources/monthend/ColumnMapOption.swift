import ArgumentParser
import MonthEndApp
import MonthEndCore

/// `--map KIND.FIELD=HEADER`: a wrong kind or field is wrong usage (exit 64), said before any reading.
enum ColumnMapOption {
    static func validate(_ maps: [String]) throws {
        do {
            try ColumnMaps.check(maps)
        } catch let error as MonthEndError {
            throw ValidationError(error.message + (error.hint.map { "; " + $0 } ?? ""))
        }
    }
}
