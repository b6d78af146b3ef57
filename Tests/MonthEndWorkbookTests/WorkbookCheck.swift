import Foundation

/// Runs scripts/workbook_check.py (openpyxl) on a written workbook and returns its JSON. A missing
/// python3 or openpyxl fails the test with the reason; it never skips.
enum WorkbookCheck {
    struct Failure: Error, CustomStringConvertible { let description: String }

    static func read(_ path: String) throws -> [String: Any] {
        let script = Fixtures.root.appendingPathComponent("scripts/workbook_check.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, path]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            throw Failure(description: "cannot run python3 (needed with openpyxl to check workbooks): \(error)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "workbook_check.py failed (\(process.terminationStatus)): \(errText)")
        }
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(description: "workbook_check.py printed no JSON object")
        }
        return json
    }

    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("wb-\(UUID().uuidString)-\(name)").path
    }
}
