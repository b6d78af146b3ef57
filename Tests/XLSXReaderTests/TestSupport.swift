import Foundation
import TestSupport
import Testing
import XLSXReader

/// A scratch folder per test, removed afterwards.
struct TemporaryFolder: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("xlsxreader-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Runs Fixtures/make_workbook.py (openpyxl, or raw OOXML parts) to write one of its cases.
/// A missing python3 or openpyxl is a test failure, never a skip (scripts/setup.sh --test installs it).
enum OpenpyxlWorkbook {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/make_workbook.py")

    static func write(_ name: String, to url: URL) throws {
        _ = try Python.run([script.path, name, url.path], what: "make_workbook.py \(name)")
    }
}

extension Array where Element == SheetRowSummary {
    subscript(row number: Int) -> SheetRowSummary? { first { $0.number == number } }
}

/// A row as the tests compare it: its number and the CSV text of each column up to the last value.
struct SheetRowSummary: Equatable, CustomStringConvertible {
    let number: Int
    let fields: [String]

    init(_ row: SheetRow) {
        number = row.number
        fields = row.csvFields()
    }

    init(_ number: Int, _ fields: [String]) {
        self.number = number
        self.fields = fields
    }

    var description: String { "\(number): \(fields)" }
}

extension XLSXWorkbook {
    func summaries(of name: String) throws -> [SheetRowSummary] {
        guard let sheet = sheet(named: name) else { throw OpenpyxlWorkbook.Failure(description: "no sheet \(name)") }
        return try rows(of: sheet).map(SheetRowSummary.init)
    }
}
