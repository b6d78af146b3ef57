import Testing

@testable import XLSXReader

/// The value rules on their own: number text, number formats, serial dates, addresses.
@Suite struct CellValueTests {
    @Test(arguments: [
        ("773012345678", "773012345678"), ("642.23", "642.23"), ("-5", "-5"), ("12.50", "12.50"),
        ("12.199999999999999", "12.2"), ("0.30000000000000004", "0.3"), ("-0.30000000000000004", "-0.3"),
        ("1E-3", "0.001"), ("2.5E-2", "0.025"), ("1.5E+20", "1.5E+20"), ("7.73012E+11", "7.73012E+11"),
        ("1.5e+20", "1.5e+20"), ("123456789012345678", "123456789012345678"), ("99999.999999999999", "100000"),
        ("0", "0"), ("46300.59931712963", "46300.5993171296"),
    ])
    func numbersShowAsTheCSVPathWouldSeeThem(stored: String, shown: String) {
        #expect(CellValue.number(stored).csvText == shown)
    }

    @Test func otherValuesRender() {
        #expect(CellValue.boolean(true).csvText == "TRUE")
        #expect(CellValue.boolean(false).csvText == "FALSE")
        #expect(CellValue.error("#DIV/0!").csvText == "#DIV/0!")
        #expect(CellValue.time(secondsOfDay: 3 * 3600 + 4 * 60 + 5, serial: "0.12783").csvText == "03:04:05")
        #expect(CellValue.text(" 0012 ").csvText == " 0012 ")
    }

    @Test(arguments: [
        ("General", NumberFormat.general), ("0.00", .general), ("#,##0.00_);[Red](#,##0.00)", .general),
        ("0.00E+00", .general), ("@", .text), ("yyyy-mm-dd", .date), ("yyyy\"年\"m\"月\"d\"日\"", .date),
        ("[$-804]yyyy\"年\"m\"月\"d\"日\"", .date), ("mmm-yy", .date), ("yyyy/m/d h:mm:ss", .dateTime),
        ("h:mm AM/PM", .time), ("[h]:mm:ss", .time), ("mm:ss", .time), ("0.00\" 元\"", .general),
        ("\"day\"0", .general), ("[Red]0.00;[Blue]-0.00", .general), ("d-mmm;@", .date),
    ])
    func customFormatsAreClassified(code: String, kind: NumberFormat) {
        #expect(NumberFormat.classify(code: code) == kind)
    }

    @Test func builtInFormats() {
        #expect((14...17).map(NumberFormat.builtIn) == [.date, .date, .date, .date])
        #expect(NumberFormat.builtIn(22) == .dateTime)
        #expect([18, 19, 20, 21, 45, 46, 47].map(NumberFormat.builtIn).allSatisfy { $0 == .time })
        #expect(NumberFormat.builtIn(31) == .date)
        #expect(NumberFormat.builtIn(49) == .text)
        #expect([0, 1, 2, 4, 9, 10, 11, 164].map(NumberFormat.builtIn).allSatisfy { $0 == .general })
    }

    private func date(_ serial: String, _ system: SheetDate.System = .from1900, time: Bool = false) -> String? {
        SheetDate(serial: StoredNumber(serial.utf8)!, system: system, withTime: time)?.description
    }

    @Test func serialsInBothDateSystems() {
        #expect(date("46300") == "2026-10-05")
        #expect(date("1") == "1900-01-01")
        #expect(date("59") == "1900-02-28")
        #expect(date("60") == nil)  // Lotus's 1900-02-29, a day that never was
        #expect(date("61") == "1900-03-01")
        #expect(date("0") == nil)
        #expect(date("-1") == nil)
        #expect(date("2958465") == "9999-12-31")
        #expect(date("2958466") == nil)
        #expect(date("44838", .from1904) == "2026-10-05")
        #expect(date("0", .from1904) == "1904-01-01")
        #expect(date("46300.5", time: true) == "2026-10-05 12:00:00")
        #expect(date("46300.999999999", time: true) == "2026-10-06 00:00:00")
        #expect(date("46300.75") == "2026-10-05")
        #expect(date("4.63E+4") == "2026-10-05")
    }

    @Test func addresses() {
        #expect(CellReference.columnName(1) == "A")
        #expect(CellReference.columnName(26) == "Z")
        #expect(CellReference.columnName(27) == "AA")
        #expect(CellReference.columnName(16384) == "XFD")
        #expect(CellReference.parse("B7")! == (2, 7))
        #expect(CellReference.parse("$AA$10")! == (27, 10))
        #expect(CellReference.parse("XFE1") == nil)
        #expect(CellReference.parse("A0") == nil)
        #expect(CellReference.parse("7B") == nil)
        #expect(CellRange(a1: "C1:A3") == CellRange(firstRow: 1, firstColumn: 1, lastRow: 3, lastColumn: 3))
        #expect(CellRange(a1: "A1:B") == nil)
        #expect(SheetRow(number: 9, cells: []).address(column: 28) == "AB9")
    }

    @Test func escapedCharactersInStrings() {
        #expect(
            String(decoding: StringText.decoded(Array("a_x000D_b_x005F_c_xZZZZ_".utf8)), as: UTF8.self)
                == "a\rb_c_xZZZZ_")
    }
}
