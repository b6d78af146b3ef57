import Foundation
import Testing

/// Runs scripts/xlsx_read.py (openpyxl) on a written file and returns its JSON, so the tests check
/// what an independent reader sees. A missing python3 or openpyxl is a test failure, never a skip.
enum OpenpyxlReader {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let script: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/xlsx_read.py")

    static func read(_ file: URL) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, file.path]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run python3 (needed with openpyxl to verify workbooks): \(error)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            if errText.contains("No module named 'openpyxl'") {
                throw Failure(description: "openpyxl is not installed for python3: run `pip install openpyxl`")
            }
            throw Failure(description: "xlsx_read.py exited \(process.terminationStatus): \(errText)")
        }
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(description: "xlsx_read.py printed no JSON object")
        }
        return json
    }
}

/// A scratch folder per test, removed afterwards.
struct TemporaryFolder: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("xlsxwriter-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Dictionary navigation for the reader's JSON: `json["worksheets", "Data", "cells", "B2", "value"]`.
extension Dictionary where Key == String, Value == Any {
    subscript(path: String...) -> Any? {
        var current: Any? = self
        for key in path {
            current = (current as? [String: Any])?[key]
        }
        return current
    }
}
