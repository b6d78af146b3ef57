import Foundation
import Testing

@testable import XLSXReader

/// Files that are not a readable workbook end in an `XLSXReadError` that names the file and says
/// what to do, never a crash or a hang; mutated bytes included.
@Suite struct DamagedFileTests {
    private func readAll(_ url: URL) throws {
        let workbook = try XLSXWorkbook(contentsOf: url, displayName: url.lastPathComponent)
        for sheet in workbook.sheets {
            try workbook.readRows(of: sheet) { row in
                for cell in row.cells { _ = cell.value.csvText }
                return .next
            }
        }
    }

    private func readError(_ url: URL) -> XLSXReadError? {
        do {
            try readAll(url)
            return nil
        } catch let error as XLSXReadError {
            return error
        } catch {
            Issue.record("not an XLSXReadError: \(error)")
            return nil
        }
    }

    @Test func legacyXLSIsRefusedWithHowToConvert() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("招商银行交易明细.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: file)
        #expect(try XLSXWorkbook.fileType(at: file) == .legacyExcel)
        let error = try #require(readError(file))
        #expect(error.kind == .legacyExcel)
        #expect(error.description.hasPrefix("招商银行交易明细.xls: error: this is an Excel 97-2003 workbook (.xls)"))
        #expect(error.description.contains("soffice --headless --convert-to xlsx \"招商银行交易明细.xls\""))
        #expect(error.description.contains("(*.xlsx)"))
    }

    @Test func passwordProtectedWorkbookIsNamedAsSuch() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("locked.xlsx")
        let marker = "EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 100) + marker).write(
            to: file)
        #expect(readError(file)?.kind == .encrypted)
    }

    @Test func textFileAndEmptyFileAreNotWorkbooks() throws {
        let folder = try TemporaryFolder()
        let csv = folder.file("bill.xlsx")
        try Data("运单号,金额\n1,2\n".utf8).write(to: csv)
        #expect(readError(csv)?.kind == .notWorkbook)
        #expect(try XLSXWorkbook.fileType(at: csv) == .other)
        let empty = folder.file("empty.xlsx")
        try Data().write(to: empty)
        #expect(readError(empty)?.kind == .notWorkbook)
        #expect(readError(folder.file("missing.xlsx"))?.kind == .unreadable)
    }

    @Test func truncatedArchiveIsDamaged() throws {
        let folder = try TemporaryFolder()
        let good = folder.file("good.xlsx")
        try XLSXWriterInputTests.writeBill(to: good)
        let bytes = try Data(contentsOf: good)
        let cut = folder.file("cut.xlsx")
        try bytes.prefix(bytes.count / 2).write(to: cut)
        let error = try #require(readError(cut))
        #expect(error.kind == .damaged)
        #expect(
            error.description.hasPrefix(
                "cut.xlsx: error: the file starts like an .xlsx but its ZIP directory cannot be read"))
        #expect(
            error.description.hasSuffix(
                "open it in Excel or WPS and save it again as .xlsx, or export it again from the portal"))
    }

    @Test func corruptedSheetDataIsDamagedWithThePart() throws {
        let folder = try TemporaryFolder()
        let good = folder.file("good.xlsx")
        try OpenpyxlWorkbook.write("raw", to: good)
        var bytes = [UInt8](try Data(contentsOf: good))
        // The sheet part is written last: flip bytes in the middle of its deflated data.
        let sheetName = Array("xl/worksheets/sheet1.xml".utf8)
        let start = try #require(Self.firstIndex(of: sheetName, in: bytes))
        for offset in stride(from: start + sheetName.count + 40, to: start + sheetName.count + 60, by: 3) {
            bytes[offset] ^= 0x5A
        }
        let bad = folder.file("bad.xlsx")
        try Data(bytes).write(to: bad)
        let error = try #require(readError(bad))
        #expect(error.kind == .damaged)
        #expect(error.part == "xl/worksheets/sheet1.xml")
    }

    /// Mutated copies of two small workbooks (one byte, a run of bytes, or a cut): each either reads
    /// or fails with an XLSXReadError, and every read finishes.
    @Test func mutatedBytesNeverCrash() throws {
        let folder = try TemporaryFolder()
        let sources = [folder.file("bill.xlsx"), folder.file("raw.xlsx")]
        try XLSXWriterInputTests.writeBill(to: sources[0])
        try OpenpyxlWorkbook.write("raw", to: sources[1])
        var generator = SplitMix64(seed: 0x5EED_15)
        var outcomes = (read: 0, refused: 0)
        for source in sources {
            let original = [UInt8](try Data(contentsOf: source))
            for round in 0..<150 {
                var bytes = original
                switch round % 3 {
                case 0:
                    bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
                case 1:
                    let start = Int(generator.next() % UInt64(bytes.count))
                    for index in start..<min(bytes.count, start + 16) {
                        bytes[index] = UInt8(truncatingIfNeeded: generator.next())
                    }
                default:
                    bytes.removeLast(Int(generator.next() % UInt64(bytes.count / 4)) + 1)
                }
                let file = folder.file("mutated.xlsx")
                try Data(bytes).write(to: file)
                if readError(file) == nil { outcomes.read += 1 } else { outcomes.refused += 1 }
            }
        }
        #expect(outcomes.read + outcomes.refused == 300)
        #expect(outcomes.refused > 0)
        #expect(outcomes.read > 0)
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for index in 0...(haystack.count - needle.count)
        where haystack[index..<index + needle.count].elementsEqual(needle) {
            return index
        }
        return nil
    }
}

/// A small deterministic generator for the mutations (the same bytes every run).
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
