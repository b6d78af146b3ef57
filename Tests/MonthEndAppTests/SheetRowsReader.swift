import Foundation
import TestSupport

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
        let json = try Python.json(["-c", script, file.path, sheet], what: "openpyxl reading \(sheet) of \(file.path)")
        guard let rows = json as? [[String]] else {
            throw Failure(description: "openpyxl gave no rows for \(sheet) of \(file.path)")
        }
        // Trailing empty cells carry nothing a test reads.
        return rows.map { row in Array(row.reversed().drop(while: \.isEmpty).reversed()) }
    }
}
