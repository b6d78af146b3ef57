import Foundation
import TestSupport

/// Runs scripts/workbook_check.py (openpyxl) on a written workbook and returns its JSON. A missing
/// python3 or openpyxl fails the test with the reason; it never skips.
enum WorkbookCheck {
    struct Failure: Error, CustomStringConvertible { let description: String }

    static func read(_ path: String) throws -> [String: Any] {
        let script = Fixtures.root.appendingPathComponent("scripts/workbook_check.py").path
        guard let json = try Python.json([script, path], what: "workbook_check.py (openpyxl)") as? [String: Any] else {
            throw Failure(description: "workbook_check.py printed no JSON object")
        }
        return json
    }

    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("wb-\(UUID().uuidString)-\(name)").path
    }
}
