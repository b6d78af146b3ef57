/// A workbook read whole when opened (formats whose readers give no stream: `.xls` through
/// FreeXL, XML Spreadsheet 2003), its rows handed out as `XLSXWorkbook.readRows` streams them.
public class WorkbookInMemory: SpreadsheetWorkbook {
    public let file: String
    public let sheets: [XLSXSheet]
    private let rowsBySheet: [[SheetRow]]

    /// `rows` per sheet of `names`, in tab order; `partPrefix` tells the format apart in a sheet's part.
    init(file: String, names: [String], rows: [[SheetRow]], partPrefix: String) {
        self.file = file
        sheets = names.enumerated().map { index, name in
            XLSXSheet(name: name, index: index + 1, visibility: .visible, part: "\(partPrefix):\(index)")
        }
        rowsBySheet = rows
    }

    /// Hands a sheet's rows with cells, top to bottom, to `body`.
    @discardableResult
    public func readRows(of sheet: XLSXSheet, _ body: (SheetRow) throws -> RowStep) throws -> SheetReadEnd {
        guard let position = sheets.firstIndex(of: sheet) else {
            throw XLSXReadError(
                .noSuchSheet, file: file, message: "the workbook has no sheet named \(sheet.name)",
                advice: "the sheets are " + sheets.map(\.name).joined(separator: ", "))
        }
        var rowsRead = 0
        for row in rowsBySheet[position] {
            rowsRead += 1
            if try body(row) == .stop {
                return SheetReadEnd(rowsRead: rowsRead, complete: false, mergedRanges: [], dimension: nil)
            }
        }
        return SheetReadEnd(rowsRead: rowsRead, complete: true, mergedRanges: [], dimension: nil)
    }

    /// Neither format's reader reports merged ranges.
    public func mergedRanges(of sheet: XLSXSheet) throws(XLSXReadError) -> [CellRange] { [] }
}
