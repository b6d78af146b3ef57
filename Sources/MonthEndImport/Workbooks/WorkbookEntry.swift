import Foundation
import XLSXReader

/// A sheet of a workbook read as one input: `bill.xlsx#账单明细`. The run lists such an entry for
/// each sheet it reads, so reports, row fates and rejections name the sheet as they name a file.
public struct WorkbookEntry: Sendable, Hashable {
    public var file: String
    public var sheet: String

    public init(file: String, sheet: String) {
        self.file = file
        self.sheet = sheet
    }

    /// `file#sheet`.
    public var path: String { file + "#" + sheet }

    /// The entry a path names: `file#sheet` where `file` exists and is a workbook (the sheet name
    /// is after the last `#`); nil for a plain file.
    public static func parse(_ path: String) -> WorkbookEntry? {
        guard let mark = path.lastIndex(of: "#") else { return nil }
        let file = String(path[..<mark])
        let sheet = String(path[path.index(after: mark)...])
        guard !sheet.isEmpty, !FileManager.default.fileExists(atPath: path), isWorkbook(file) else { return nil }
        return WorkbookEntry(file: file, sheet: sheet)
    }

    /// A workbook by content, whatever its name: an .xlsx / .xlsm (a ZIP archive), an Excel
    /// 97-2003 .xls (a compound file) or an XML Spreadsheet 2003.
    public static func isWorkbook(_ file: String) -> Bool {
        isSpreadsheet(URL(fileURLWithPath: file))
    }

    /// An HTML page (a portal's ".xls" that is a web table), by content.
    public static func isHTMLPage(_ file: String) -> Bool {
        HTMLTable.sniff(URL(fileURLWithPath: file)) != nil
    }
}
