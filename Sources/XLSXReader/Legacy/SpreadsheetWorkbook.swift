import Foundation

/// A workbook whose sheets are read row by row, whatever its format: `.xlsx`/`.xlsm`
/// (`XLSXWorkbook`) or Excel 97-2003 `.xls` (`XLSWorkbook`). Open one with `openSpreadsheet`.
public protocol SpreadsheetWorkbook: AnyObject {
    /// The file as the caller named it (used in every message).
    var file: String { get }
    /// The sheets in tab order.
    var sheets: [XLSXSheet] { get }
    /// Streams a sheet's rows, top to bottom; `body` returns `.stop` when it has seen enough.
    @discardableResult
    func readRows(of sheet: XLSXSheet, _ body: (SheetRow) throws -> RowStep) throws -> SheetReadEnd
    /// The sheet's merged ranges (empty where the format's reader cannot tell).
    func mergedRanges(of sheet: XLSXSheet) throws(XLSXReadError) -> [CellRange]
}

extension SpreadsheetWorkbook {
    /// The sheet with this name (exactly, then ignoring case and surrounding spaces).
    public func sheet(named name: String) -> XLSXSheet? {
        if let exact = sheets.first(where: { $0.name == name }) { return exact }
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        return sheets.first { $0.name.trimmingCharacters(in: .whitespaces).lowercased() == wanted }
    }
}

extension XLSXWorkbook: SpreadsheetWorkbook {}

/// The workbook in `url`, by content: a ZIP archive is an `.xlsx`, an OLE compound file an `.xls`
/// read through FreeXL (a password-protected `.xlsx` is a compound file too, refused with its own
/// advice), an XML document in SpreadsheetML's namespace an XML Spreadsheet 2003; anything else
/// is no workbook.
public func openSpreadsheet(_ url: URL, displayName: String? = nil) throws(XLSXReadError) -> any SpreadsheetWorkbook {
    switch try XLSXWorkbook.fileType(at: url) {
    case .xlsx:
        return try XLSXWorkbook(contentsOf: url, displayName: displayName)
    case .legacyExcel:
        do {
            return try XLSWorkbook(contentsOf: url, displayName: displayName)
        } catch {
            // Not BIFF that FreeXL reads: an encrypted .xlsx gets its own words.
            do { _ = try XLSXWorkbook(contentsOf: url, displayName: displayName) } catch let ooxml {
                if ooxml.kind == .encrypted { throw ooxml }
            }
            throw error
        }
    case .other:
        if SpreadsheetMLWorkbook.sniff(url) { return try SpreadsheetMLWorkbook(contentsOf: url, displayName: displayName) }
        return try XLSXWorkbook(contentsOf: url, displayName: displayName)
    }
}

/// Whether `url` holds a workbook `openSpreadsheet` reads, by its first bytes.
public func isSpreadsheet(_ url: URL) -> Bool {
    switch try? XLSXWorkbook.fileType(at: url) {
    case .xlsx, .legacyExcel: return true
    case .other: return SpreadsheetMLWorkbook.sniff(url)
    case nil: return false
    }
}
