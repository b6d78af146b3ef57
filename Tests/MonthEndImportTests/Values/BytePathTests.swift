import Foundation
import Testing

@testable import MonthEndCSV
@testable import MonthEndImport

/// The value readers on tricky cells (`cells`, with the outcomes of ValueOutcomes.tsv, see
/// `ValueTableTests`), the byte clean-ups against their String forms, and the total screen.
@Suite struct BytePathTests {
    /// Cells that sit on the edges of the fast paths: full-width digits, U+3000 and other padding,
    /// Excel's ="…" and ' protections, currency marks, brackets, signs, separators, dates in every
    /// spelling with and without times, Excel serials, IDs Excel damaged, and plain errors.
    static let cells: [String] = [
        "", " ", "\u{3000}", "-", "--", "---", "+", "(", ")", "()", "(-)", "(5)", ".", "5.", ".5", "1.2.3",
        "1,234.50", "¥1,234.50", "￥1,234.50", "(1,234.50)", "(¥1,234.50)", "¥(1,234.50)", "-¥5", "¥-5", "+5",
        "-(5)", "(-5)", "¥¥5", "¥", "(¥)", "1,23.4", "12,345", "1234,567", ",123", "1,", "1,234,", "1.234,5",
        "0.001", "1.005", "1.00500", "12.3456789", "0.0000001", "00012", "0", "-0", "(0)",
        "9999999999999999.99", "99999999999999999", "999999999999.999999", "9999999999999.5", "123456789012345678",
        "１２３４．５０", "\u{3000}１２３\u{3000}", "\u{3000}123\u{3000}", "\u{00A0}12.5\u{00A0}", "\u{FEFF}7",
        "1 234", "12 .5", "=\"0012345\"", "=\"1,234.50\"", "=\"\"", "=\"", "'0012", "''12", "`12", "' 12",
        "  12  ", "\t12\r\n", "1234.50元", "RMB 1234.50", "rmb1234.50", "CNY1234.50", "人民币1234.50", "−5",
        "12.5kg", "12.5KG", "305米", "5(kg)", "1e5", "7.73012E+11", "7.73012e+11", "1E10", "4.00123E+27", "E5",
        "773012345678.0", "773012345678.00", "773012345678.01", ".0", "0.0", "SF1234567890123", "SF 123",
        "sf1234567890123", "abc", "a\u{0301}", "０１２３", "ZT8800123", "SO261000000", "Y", "是", "否",
        "2026-10-05", "2026/10/5", "2026.10.05", "20261005", "2026年10月5日", "2026-10-05 14:23",
        "2026-10-05 14:23:01", "2026-10-05T14:23:01.250", "2026-10-05t1:2", "2026-10-05  14:23",
        "2026-10-05\t14:23", "2026-10-05 14:23:01.", "2026-10-05 14:23:01:00", "2026-10-05 14", "2026-10-05 :",
        "2026-10-05 14:2x", "2026-10-05x", "2026-10-05 ", "2026-10-05T", "T12:00", "46300", "46300.5",
        "46300.5 12:00", "46300.", "46300.5.5", "123456", "60", "61", "2958465", "2958466", "2026-02-30",
        "2026-13-01", "2026-1-1", "2026--1", "2026/10-05", "26-10-05", "02026-10-05", "2026-100-5", "2026-10-050",
        "\u{3000}2026-10-05\u{3000}", "=\"2026-10-05\"", "２０２６－１０－０５", "２０２６/10/05", "2026-10-5 9:05",
        "2026-10-05 14:23:01.25x", "00000000", "20261305", "2026105", "2024-02-29", "2023-02-29",
        "2026年1月5日", "2026年10月05日", "2026年10月5", "2026年2月30日", "2026年10月日", "2026年月5日", "2026年100月5日",
        "2026年10月5日日", "2026年10月5日 14:23", "２０２６年10月5日", "2026年10月123日", "202年10月5日", "20261年10月5日",
        "\u{3000}2026年10月5日\u{3000}", "=\"2026年10月5日\"", "2026年10月5号", "2026年13月1日", "2024年2月29日", "2026年1月",
        "2026年10月5日x", "2026年１０月５日",
        "（１２．５）", "－１２", "＋１２", "１，２３４．５", "１２３４．５６７８９０１", "－－", "－", "１２．５ｋｇ", "１２＊５", "１２／５",
        "１\u{3000}２", "３９．２", "．５", "１２．", "１,２３４.５", "(１２)", "１２．５kg", "¥１２",
        "2026-10-05T", "2026-1-1 1:2", "2026/10/05\t14:23:01", "2026-10-05 14:23:01x", "2026-10-005", "2026-010-05",
        "2026.10.05.", "2026/10/5/", "2026-10-05-", "2026.1", "2026.10", "2026-10-05 24:61:99", "2026-10-05 1:02:03",
        "2026-10-05  14:23:01", "2026-00-05", "2026-10-00", "9999/12/31", "0000-01-01", "2026-10-05T14:23:01",
        "SF1234.5", "SF123456e", "SF12345678E9", "ABCDEFGHe", "ABCDEFGH.0", "1234567.0", "12345678.0",
        "12345678.00000000", "SF1234567中", "SFé", "abcdefgh", "abcdefghijklmnop", "7730123456789012.0", "1.5E+3",
        "12345678e1", "0E0",
    ]

    /// The value or the problem, comparable.
    static func outcome<T: Equatable>(_ body: () throws(ValueError) -> T?) -> String {
        do {
            return try body().map { "value \($0)" } ?? "none"
        } catch {
            return "problem \(error.problem)"
        }
    }

    @Test(arguments: cells + ["\u{2028}x\u{205F}", "\u{200B}", "x\u{0085}", "\u{1680}中\u{202F}", "\r\n", "中\u{3000}文"])
    func trimmingAndProtectionsMatchTheStringPath(_ cell: String) {
        let copy = cell
        Cell.with(copy) { bytes in
            #expect(CellBytes.string(CellBytes.trimmed(bytes)) == CellText.trimmed(cell))
            #expect(CellBytes.string(CellBytes.unprotected(bytes)) == CellText.unprotected(cell))
            #expect(CellBytes.isBlank(bytes) == CellText.trimmed(cell).isEmpty)
        }
    }

    /// The shapes the row reader takes where they lie (`DecimalText.plain`, `DateText.plain`,
    /// `IdentifierText.bare`) read as the full reading reads them, or are left to it.
    @Test(arguments: cells + ["578.01", "1,253.34", "1,234,567.89", "12,345,678", "1,2345", "123,45", "SF4668077598867"])
    func plainShapesReadAsTheFullReading(_ cell: String) {
        Cell.with(cell) { bytes in
            if let fen = DecimalText.plain(bytes, decimals: 2) {
                let full = Self.outcome { () throws(ValueError) in
                    try CurrencyText.written(bytes, decimals: 2, tooPrecise: "too precise", extraSuffixes: [])
                }
                #expect(full == "value \(fen)")
            }
            if let micros = DecimalText.plain(bytes, decimals: Quantity.fractionDigits) {
                let full = Self.outcome { () throws(ValueError) in try QuantityText.written(bytes, units: []) }
                #expect(full == "value \(Quantity(micros: micros))")
            }
            if let date = DateText.plain(bytes) {
                let full = Self.outcome { () throws(ValueError) in try DateText.written(bytes, reading: nil) }
                #expect(full == "value \(date)")
            }
            if let id = IdentifierText.bare(bytes) {
                let full = Self.outcome { () throws(ValueError) in try IdentifierText.written(bytes) }
                #expect(full == "value \(id)")
            }
        }
    }

    @Test func exactAnswersOnTheFastPath() throws {
        func money(_ text: String) throws -> Money? {
            let copy = text
            return try Cell.with(copy) { try MoneyText.parse(utf8: $0) }
        }
        #expect(try money("¥1,234.50") == Money(fen: 123_450))
        #expect(try money("1,253.34") == Money(fen: 125_334))
        #expect(try money("12,345,678") == Money(fen: 1_234_567_800))
        for misplaced in ["1,2345", "123,45", ",123", "1,234,5", "1234,567.5"] {
            let outcome = Self.outcome { () throws(ValueError) in
                try Cell.with(misplaced) { (cell) throws(ValueError) in try MoneyText.parse(utf8: cell) }
            }
            #expect(outcome == "problem has misplaced thousands separators", "\(misplaced)")
        }
        #expect(try money("(1,234.50)") == Money(fen: -123_450))
        #expect(try money("=\"1,234.50\"") == Money(fen: 123_450))
        #expect(try money("１２３４．５０") == Money(fen: 123_450))
        #expect(try money("\u{3000}-¥7.5\u{3000}") == Money(fen: -750))
        let serial = "46300.25"
        #expect(try Cell.with(serial) { try DateText.parse(utf8: $0) } == LocalDate(year: 2026, month: 10, day: 5))
        let stamped = "2026/10/5 14:23:01"
        #expect(try Cell.with(stamped) { try DateText.parse(utf8: $0) } == LocalDate(year: 2026, month: 10, day: 5))
    }

    @Test func plainIdentifiersAreToldEightBytesAtATime() {
        for (cell, plain) in [
            ("SF4668077598867", true), ("SO2610000000", true), ("", true), ("abcdfghi", true), ("abcdefgh", false),
            ("ZT8800123", true),
            ("SF466807759886.", false), ("SF46680775988e7", false), ("E", false), ("1234567.", false),
            ("12345678.", false), ("SF4668077598867中", false), ("Ｓ", false), ("abcdEfgh", false),
        ] {
            let copy = cell
            #expect(Cell.with(copy) { IdentifierText.isPlain($0) } == plain, "\(cell)")
        }
    }

    // MARK: Total and footer screen

    static let markerCells: [String] = [
        "1", "63000", "2026-10-05", "2026/10/5", "SF1234567890123", "sf", "SF", "S", "s", "su", "sub", "subtotal",
        "Subtotal", "SUBTOTAL 12", "subtotal1", "sum", "t", "to", "Tot", "total", "Total amount", "totals",
        "t\u{0301}otal", "s (必填)", "s(必填)\u{0301}", "S\u{0301}", "s\u{3000}ubtotal", "s ubtotal", "s1", "1合计",
        "合计", "合计:", "#", "#1", "1#", "---", "-1", "a", "ZT8800123", "T1", "tx", "ｓｕｂｔｏｔａｌ", "ＴＯＴＡＬ",
        "", "'total", "=\"total\"", "*total", "s*", "su*btotal", "to\u{3000}tal",
    ]

    @Test(arguments: markerCells)
    func theScreenNeverExcludesAMarker(_ cell: String) {
        let table = MappingFixture.table
        let words = table.footerPrefixes + table.totalPrefixes
        let screen = MarkerScreen(words: words)
        let copy = cell
        let excluded = Cell.with(copy) { screen.excludes($0) }
        let key = FileMapper.markerKey(cell)
        if excluded {
            #expect(!words.contains { key.hasPrefix($0) }, "\(cell) was excluded but its key \(key) starts a word")
        }
    }

    /// The screen as first written (every word compared in turn), to hold the indexed one to.
    static func referenceExcludes(_ cell: [UInt8], words: [String]) -> Bool {
        let table: [(ascii: [UInt8], characters: Int)] = words.map { word in
            var ascii: [UInt8] = []
            for character in word {
                guard character.unicodeScalars.count == 1, let value = character.asciiValue else { break }
                ascii.append(value)
            }
            return (ascii, word.count)
        }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        }
        func mayJoin(_ byte: UInt8) -> Bool {
            byte >= 0x80 || byte == 0x20 || (0x09...0x0D).contains(byte) || byte == UInt8(ascii: "(")
                || byte == UInt8(ascii: "[")
        }
        func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
        let n = cell.count
        if n == 0 { return !table.contains { $0.characters == 0 } }
        guard isAlphanumeric(cell[0]) else { return false }
        var run = 1
        while run < n, isAlphanumeric(cell[run]) { run += 1 }
        let safe = run < n && mayJoin(cell[run]) ? run - 1 : run
        for word in table {
            let limit = min(safe, word.characters)
            let differs = (0..<limit).contains { $0 >= word.ascii.count || word.ascii[$0] != lowered(cell[$0]) }
            if !differs { return false }
        }
        return true
    }

    @Test(
        arguments: markerCells + [
            "S", "SF4668077598867", "subtotal", "su(", "s ", "t\u{3000}", "Tot al", "1", "合计1", "Sa", "S(", "Su ", "tO",
            "s\u{0301}x", "sF(", "sf\u{3000}", "SF-1", "su", "Su1", "12", "1a(", "#a", "-1-",
        ])
    func theScreenAnswersAsComparingEveryWord(_ cell: String) {
        for words in [
            MappingFixture.table.footerPrefixes + MappingFixture.table.totalPrefixes, [], ["total"], ["合计"],
            ["", "total"],
            ["sf4", "s", "su"], ["sf466807759886799"], ["s"], ["sa", "t"], ["s合计", "su"], ["12", "1"],
        ] {
            let screen = MarkerScreen(words: words)
            let copy = cell
            #expect(
                Cell.with(copy) { screen.excludes($0) } == Self.referenceExcludes(Array(cell.utf8), words: words),
                "\(cell) with \(words)")
        }
    }

    @Test func theScreenPassesPlainDataCells() {
        let table = MappingFixture.table
        let screen = MarkerScreen(words: table.footerPrefixes + table.totalPrefixes)
        for cell in ["1", "63000", "2026-10-05", "2026/10/5 14:23", "SF1234567890123", "ZT8800123", "756737754289"] {
            let copy = cell
            #expect(Cell.with(copy) { screen.excludes($0) }, "\(cell)")
        }
        for cell in ["subtotal", "Total", "s", "t", "合计", "#1", "---", "sub"] {
            let copy = cell
            #expect(!Cell.with(copy) { screen.excludes($0) }, "\(cell)")
        }
    }

    /// The invoice-status word search on bytes answers as Foundation's `contains` did, on the
    /// normalised words it is given.
    @Test func wordSearchOnBytesAgreesWithFoundation() {
        let texts = ["", "红冲", "已红冲", "红字发票已冲红", "作废", "credit note", "creditnote", "正常", "冲红a", "aa冲"]
        let words = ["", "红冲", "冲红", "作废", "credit", "note", "a", "冲", "已红冲发票"]
        for text in texts {
            for word in words {
                #expect(CellText.occurs(word, in: text) == text.contains(word), "\(word) in \(text)")
            }
        }
        #expect(CellText.occurs("红冲", in: "已红冲"))
        #expect(!CellText.occurs("已红冲", in: "红冲"))
    }
}
