import Foundation

/// The rows of one sheet as openpyxl (an independent reader) sees them, cached formula values
/// included, as text: dates as ISO days, numbers as Python prints them, empty cells as "".
enum SheetRowsReader {
    struct Failure: Error, CustomStringConvertible { let description: String }

    static let script = """
        import json, sys, datetime, openpyxl
        ws = openpyxl.load_workbook(sys.argv[1], data_only=True)[sys.argv[2]]
        def text(v):
            if v is None: return ""
            if isinstance(v, datetime.datetime): return v.date().isoformat()
            if isinstance(v, float) and v.is_integer(): return str(int(v))
            return str(v)
        print(json.dumps([[text(v) for v in row] for row in ws.iter_rows(values_only=True)], ensure_ascii=False))
        """

    static func rows(_ file: URL, sheet: String) throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path, sheet]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let rows = try JSONSerialization.jsonObject(with: data) as? [[String]]
        else {
            throw Failure(description: "openpyxl could not read \(sheet) of \(file.path): \(errText)")
        }
        // Trailing empty cells carry nothing a test reads.
        return rows.map { row in Array(row.reversed().drop(while: \.isEmpty).reversed()) }
    }
}
