import Testing

@testable import MonthEndWorkbook

/// The width measure the placement uses for every cell must equal the width of the text the cell shows.
@Suite struct DisplayWidthTests {
    @Test func numberWidthsEqualTheirShownText() {
        let fens: [Int64] = [0, 5, -5, 99, 100, -100, 12_345, 99_999, 100_000, -123_456_789, 999_999_999_999]
        let micros: [Int64] = [0, -1, 999_999, -999_999, 1_000_000, -1_500_000, 999_999_999, 1_234_567_890_123]
        let integers = [0, 7, -7, 10, 999, 1000, -1_048_576, Int.max, Int.min]
        var values: [CellValue] = fens.map { .money(Money(fen: $0)) } + micros.map { .quantity(Quantity(micros: $0)) }
        values += integers.map(CellValue.integer)
        values += fens.map { .formula("SUM(A1)", .money(Money(fen: $0))) }
        values += micros.map { .formula("SUM(A1)", .quantity(Quantity(micros: $0))) }
        values += integers.map { .formula("COUNTA(A1)", .integer($0)) }
        values += [.date(LocalDate(year: 2026, month: 1, day: 2)!), .percent(Quantity(micros: 25_000))]
        for value in values {
            #expect(DisplayWidth.width(value) == DisplayWidth.of(DisplayWidth.shownText(value)), "\(value)")
        }
        #expect(DisplayWidth.width(.money(Money(fen: -123_456_789))) == "-1,234,567.89".count)
    }

    @Test func textWidthsCountWideCharactersTwiceAndLinesApart() {
        #expect(DisplayWidth.width(.text("SF1234567890")) == 12)
        #expect(DisplayWidth.width(.text("顺丰 A")) == 6)
        #expect(DisplayWidth.width(.text("abc\nabcdef")) == 6)
        #expect(DisplayWidth.width(.link(sheet: "x", text: "快递对账")) == 8)
        #expect(DisplayWidth.width(.formula("A1", .text("ab"))) == 2)
        #expect(DisplayWidth.width(.empty) == 0)
    }

    /// The pass over UTF-8 bytes agrees with the scalar-by-scalar measure on 1- to 4-byte scalars.
    @Test func utf8PassAgreesWithScalars() {
        let texts = [
            "", "a", "é", "ÄBC\nxy", "顺丰标快", "ＡＢＣ", "한글", "𠀀𠀁x", "😀", "a\n\n顺丰\nb", "逾期1-30天", "\u{3000}",
            "ｶﾀｶﾅ", "ー", "\u{FFE6}\u{FFE7}", "Ω≈ç√",
        ]
        for text in texts {
            // Reference: each line's scalars, two columns for the wide ones; the widest line.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let expected =
                lines.map { line in line.unicodeScalars.reduce(0) { $0 + (DisplayWidth.isWide($1.value) ? 2 : 1) } }
                .max() ?? 0
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer(DisplayWidth.of(utf8:)) == expected, "\(text)")
            #expect(DisplayWidth.of(text) == expected, "\(text)")
        }
        #expect(DisplayWidth.of("𠀀") == 2)
        #expect(DisplayWidth.of("é顺") == 3)
    }
}
