import Foundation
import TestSupport

/// A workbook written by `monthend`, read back by openpyxl (scripts/workbook_check.py): per sheet,
/// the formulas as written and the values stored with them. A missing python3 or openpyxl fails
/// the test with the reason; it never skips.
struct WorkbookReadBack {
    struct Failure: Error, CustomStringConvertible { let description: String }

    struct Sheet {
        /// Row by row from row 1: the cell as written (a formula starts with `=`).
        var written: [[Any]]
        /// The same cells' values as stored (a formula's cached result).
        var stored: [[Any]]
    }

    var sheetNames: [String]
    var sheets: [String: Sheet]

    init(path: String) throws {
        let script = MonthEndCLI.packageRoot.appendingPathComponent("scripts/workbook_check.py").path
        guard let json = try Python.json([script, path], what: "workbook_check.py (openpyxl)") as? [String: Any],
            let names = json["sheets"] as? [String], let detail = json["detail"] as? [String: [String: Any]]
        else { throw Failure(description: "workbook_check.py printed no sheets and detail") }
        sheetNames = names
        sheets = [:]
        for (name, sheet) in detail {
            sheets[name] = Sheet(
                written: sheet["rows"] as? [[Any]] ?? [], stored: sheet["stored"] as? [[Any]] ?? [])
        }
    }

    /// A stored number in fen (amounts have two decimals; counts are whole); nil for text or blank.
    static func fen(_ value: Any) -> Int? {
        guard let number = value as? NSNumber, !(value is String) else { return nil }
        return Int((number.doubleValue * 100).rounded())
    }

    static func text(_ value: Any) -> String? { value as? String }
}

/// The flat `key: value` lines of templates/labels.LANG.yaml, read as the tests need them.
enum LabelFile {
    static func read(_ language: String) throws -> [String: String] {
        let url = MonthEndCLI.packageRoot.appendingPathComponent("templates/labels.\(language).yaml")
        var labels: [String: String] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            guard !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { continue }
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
            }
            labels[String(line[..<colon])] = value
        }
        return labels
    }
}
