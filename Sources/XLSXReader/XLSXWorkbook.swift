import Foundation

/// An `.xlsx` / `.xlsm` workbook opened for reading: its sheets, and each sheet's rows streamed one
/// at a time with their cells as the file stores them. Recognised by content (a ZIP archive), not
/// by name; an `.xls` (Excel 97-2003) is refused with advice on converting it.
///
/// Not thread-safe: read one sheet at a time from one thread.
public final class XLSXWorkbook {
    /// The file as the caller named it (used in every message).
    public let file: String
    /// The sheets in tab order, hidden ones included.
    public let sheets: [XLSXSheet]
    public let dateSystem: SheetDate.System

    private let url: URL
    private let package: XLSXPackage
    let structure: WorkbookStructure
    /// Loaded at the first read of a sheet, then kept for the others.
    private var sharedStrings: SharedStrings?

    /// What a file is, from its first bytes.
    public enum FileType: Sendable, Equatable {
        /// A ZIP archive: read as an `.xlsx` / `.xlsm` workbook.
        case xlsx
        /// An OLE compound file: an Excel 97-2003 `.xls`, or a password-protected workbook.
        case legacyExcel
        case other
    }

    /// Reads at most 8 bytes; throws only when the file cannot be opened.
    public static func fileType(at url: URL) throws(XLSXReadError) -> FileType {
        switch try XLSXPackage.signature(of: url) {
        case .zip: return .xlsx
        case .compoundFile: return .legacyExcel
        case .other: return .other
        }
    }

    /// Opens the workbook and reads its sheet list, date system and number formats.
    /// - Parameter displayName: the name used in messages (default: the path).
    public init(contentsOf url: URL, displayName: String? = nil) throws(XLSXReadError) {
        let name = displayName ?? url.path
        file = name
        self.url = url
        switch try XLSXPackage.signature(of: url) {
        case .zip: break
        case .compoundFile: throw Self.compoundFileError(url, name)
        case .other:
            throw XLSXReadError(
                .notWorkbook, file: name, message: "this is not an Excel workbook (.xlsx files are ZIP archives)",
                advice: "export the file again as .xlsx or .csv")
        }
        package = try XLSXPackage(url: url, displayName: name)
        structure = try WorkbookStructure.read(package)
        sheets = structure.sheets
        dateSystem = structure.dateSystem
    }

    /// The sheet with this name (exactly, then ignoring case and surrounding spaces).
    public func sheet(named name: String) -> XLSXSheet? {
        if let exact = sheets.first(where: { $0.name == name }) { return exact }
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        return sheets.first { $0.name.trimmingCharacters(in: .whitespaces).lowercased() == wanted }
    }

    /// Streams a sheet's rows, top to bottom, to `body` as each is read; `body` returns `.stop`
    /// when it has seen enough (a header screen, say). Errors `body` throws come back unchanged;
    /// a damaged file throws `XLSXReadError`.
    @discardableResult
    public func readRows(of sheet: XLSXSheet, _ body: (SheetRow) throws -> RowStep) throws -> SheetReadEnd {
        guard let (part, resolver) = try reading(sheet) else {
            return SheetReadEnd(rowsRead: 0, complete: true, mergedRanges: [], dimension: nil)
        }
        return try SheetReader(package: package, part: part).read { number, cells, arena in
            try body(SheetRow(number: number, cells: try resolver.cells(row: number, cells, arena)))
        }
    }

    /// Streams a sheet's rows as the CSV path would have read them (`SheetRowText`: each field's
    /// `CellValue.csvText` as UTF-8 bytes), without building a `CellValue` or a String for the
    /// common cells: the import's way in. Otherwise as `readRows`.
    @discardableResult
    public func readRowTexts(of sheet: XLSXSheet, _ body: (SheetRowText) throws -> RowStep) throws -> SheetReadEnd {
        guard let (part, resolver) = try reading(sheet) else {
            return SheetReadEnd(rowsRead: 0, complete: true, mergedRanges: [], dimension: nil)
        }
        var builder = RowTextBuilder(resolver: resolver)
        defer { builder.release() }
        return try SheetReader(package: package, part: part).read { number, cells, arena in
            try body(try builder.row(number: number, cells, arena))
        }
    }

    /// The part of a sheet to read and what its cells mean; nil for a sheet without cells.
    private func reading(_ sheet: XLSXSheet) throws(XLSXReadError) -> (part: String, resolver: CellResolver)? {
        guard sheets.contains(sheet) else {
            throw XLSXReadError(
                .noSuchSheet, file: file, message: "the workbook has no sheet named \(sheet.name)",
                advice: "the sheets are " + sheets.map(\.name).joined(separator: ", "))
        }
        guard let part = sheet.part else { return nil }
        let resolver = CellResolver(
            file: file, part: part, sharedStrings: try loadSharedStrings(), formats: structure.formats,
            dateSystem: dateSystem)
        return (part, resolver)
    }

    /// A sheet's merged ranges, before reading its rows. The part lists them after the rows, so
    /// this parses the whole part once more (without building any cell); `readRows` returns them
    /// too, at the end, for free. Worth it for a header screen that must know a merged header
    /// cell; a small sheet costs next to nothing.
    public func mergedRanges(of sheet: XLSXSheet) throws(XLSXReadError) -> [CellRange] {
        guard let part = sheet.part else { return [] }
        let handler = MergeCellHandler()
        try WorkbookStructure.parse(package, part, handler)
        return handler.ranges
    }

    /// Every row of a sheet at once: for small sheets and tests; use `readRows` for data.
    public func rows(of sheet: XLSXSheet) throws -> [SheetRow] {
        var rows: [SheetRow] = []
        try readRows(of: sheet) { row in
            rows.append(row)
            return .next
        }
        return rows
    }

    private func loadSharedStrings() throws(XLSXReadError) -> SharedStrings {
        if let sharedStrings { return sharedStrings }
        var table = SharedStrings()
        if let part = structure.sharedStringsPart, package.hasPart(part) {
            let key = SharedStringsCache.key(url, part: part)
            if let key, let cached = SharedStringsCache.shared.table(for: key) {
                table = cached
            } else {
                let handler = SharedStringsHandler()
                try WorkbookStructure.parse(package, part, handler)
                table = handler.table
                if let key { SharedStringsCache.shared.store(table, for: key) }
            }
        }
        sharedStrings = table
        return table
    }

    /// An OLE compound file: `.xls` (BIFF) unless it holds an encrypted OOXML package.
    private static func compoundFileError(_ url: URL, _ name: String) -> XLSXReadError {
        let encrypted =
            (try? Data(contentsOf: url, options: .alwaysMapped)).map { data in
                data.range(of: Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) != nil
            } ?? false
        if encrypted {
            return XLSXReadError(
                .encrypted, file: name, message: "the workbook is password-protected, so it cannot be read",
                advice: "open it in Excel or WPS, remove the password (文件 > 信息 > 保护工作簿) and save it as .xlsx")
        }
        let base = url.deletingPathExtension().lastPathComponent
        return XLSXReadError(
            .legacyExcel, file: name,
            message: "this is an Excel 97-2003 workbook (.xls), which is not read directly",
            advice: "open it in Excel or WPS and save it as Excel 工作簿 (*.xlsx) (另存为), or convert it with "
                + "`soffice --headless --convert-to xlsx \"\(url.lastPathComponent)\"` (LibreOffice), then use \(base).xlsx"
        )
    }
}
