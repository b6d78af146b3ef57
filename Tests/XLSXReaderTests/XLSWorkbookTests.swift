import Foundation
import Testing

@testable import XLSXReader

/// Excel 97-2003 .xls files (LibreOffice's copies of the corpus workbooks): the same sheets and
/// cells as the .xlsx they were saved from, read by FreeXL in `monthend-xls`; a file that crashes
/// FreeXL is refused, never a crash of the reader.
@Suite struct XLSWorkbookTests {
    static let folder = RealExportTests.folder
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test(arguments: [
        "banks/建设银行_账户明细_202610", "couriers/百世快递_账单_202610", "invoices/数电_全量发票查询导出_202610",
    ])
    func anXLSCopyHoldsTheCellsOfItsXLSX(_ name: String) throws {
        let legacy = try openSpreadsheet(Self.folder.appendingPathComponent(name + ".xls"))
        let modern = try openSpreadsheet(Self.folder.appendingPathComponent(name + ".xlsx"))
        #expect(legacy is XLSWorkbook)
        #expect(legacy.sheets.map(\.name) == modern.sheets.map(\.name))
        for (old, new) in zip(legacy.sheets, modern.sheets) {
            #expect(try Self.rows(legacy, old) == Self.rows(modern, new), "\(old.name)")
        }
    }

    /// Row number and CSV text of each row with a value.
    static func rows(_ workbook: any SpreadsheetWorkbook, _ sheet: XLSXSheet) throws -> [String] {
        var rows: [String] = []
        try workbook.readRows(of: sheet) { row in
            if !row.isEmpty { rows.append("\(row.number): " + row.csvFields().joined(separator: "|")) }
            return .next
        }
        return rows
    }

    @Test func theBankSheetReadsAsTheCSVCopyDoes() throws {
        let workbook = try openSpreadsheet(Self.folder.appendingPathComponent("banks/建设银行_账户明细_202610.xls"))
        let rows = try Self.rows(workbook, workbook.sheets[0])
        #expect(rows.first == "1: 中国建设银行单位账户明细")
        #expect(rows.contains { $0.hasPrefix("6: 账户明细编号-交易流水号|交易时间|") })
    }

    @Test func aFileThatCrashesFreeXLIsRefusedAsDamaged() throws {
        #expect {
            _ = try openSpreadsheet(Self.fixtures.appendingPathComponent("freexl-crash.xls"), displayName: "bill.xls")
        } throws: { error in
            guard let error = error as? XLSXReadError else { return false }
            return error.kind == .damaged && error.file == "bill.xls"
                && error.message == "the .xls file is damaged: FreeXL stopped on signal 11 reading it"
                && error.advice.contains("soffice --headless --convert-to xlsx")
        }
    }

    @Test func damagedCopiesAreReadOrRefusedNeverACrash() throws {
        let original = try Data(contentsOf: Self.folder.appendingPathComponent("couriers/百世快递_账单_202610.xls"))
        let folder = try TemporaryFolder()
        let file = folder.file("fuzz.xls")
        var generator = SystemRandomNumberGenerator()
        var (read, refused) = (0, 0)
        for _ in 0..<60 {
            var bytes = [UInt8](original)
            for _ in 0..<Int.random(in: 1...20, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            if Bool.random(using: &generator) { bytes.removeLast(Int.random(in: 0..<bytes.count, using: &generator)) }
            try Data(bytes).write(to: file)
            do {
                let workbook = try openSpreadsheet(file)
                for sheet in workbook.sheets { _ = try Self.rows(workbook, sheet) }
                read += 1
            } catch is XLSXReadError {
                refused += 1
            }
        }
        #expect(read + refused == 60)
    }

    @Test func aCompoundFileThatIsNoWorkbookOrIsLockedGetsItsOwnWords() throws {
        let folder = try TemporaryFolder()
        let header = [UInt8]([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        let empty = folder.file("招商银行交易明细.xls")
        try Data(header + [UInt8](repeating: 0, count: 504)).write(to: empty)
        #expect {
            _ = try openSpreadsheet(empty, displayName: "招商银行交易明细.xls")
        } throws: { error in
            (error as? XLSXReadError)?.description
                == "招商银行交易明细.xls: error: the .xls file is damaged: its compound-file structure is broken "
                + "(FreeXL -11); open it in Excel or WPS and save it as Excel 工作簿 (*.xlsx) (另存为), or convert it "
                + "with `soffice --headless --convert-to xlsx \"招商银行交易明细.xls\"` (LibreOffice)"
        }
        let locked = folder.file("locked.xlsx")
        let marker = "EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try Data(header + [UInt8](repeating: 0, count: 100) + marker).write(to: locked)
        #expect {
            _ = try openSpreadsheet(locked)
        } throws: { error in
            (error as? XLSXReadError)?.kind == .encrypted
        }
    }
}
