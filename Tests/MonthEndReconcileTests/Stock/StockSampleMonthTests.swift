import Testing

@testable import MonthEndReconcile

/// The accepted rows of the sample month's stock-take sheet (samples/2026-10, 线材胶带盘点表),
/// typed in as the importer reads them, against the figures of 2026-10.truth.json. Independent of
/// the importer: this checks the rules alone.
@Suite("Stock-take: the 2026-10 sample month")
struct StockSampleMonthTests {
    typealias T = StockTestRows

    /// code, unit, opening, received, issued, book, counted, unit cost ("-" is an empty cell).
    static let sheet = """
        0100000 箱 266 12 227 51 50 385.37
        0100007 箱 175 144 284 35 36 39.27
        0100014 米 44624.70 3231.30 2593.60 45262.40 45252.40 2.00
        0100021 米 3706.80 15461.80 19168.60 0.00 - 8.98
        0100028 卷 251 16 215 52 52 727.93
        0100035 卷 126 98 82 144 144 157.08
        0100042 卷 332 66 160 238 238 525.08
        0100049 卷 264 121 124 261 - 462.74
        0100056 卷 288 154 271 171 171 541.04
        0100063 包 91 6 97 0 0 9.17
        0100070 根 334 140 54 420 420 742.02
        0100077 盒 129 152 136 145 145 376.49
        0100084 箱 382 187 38 531 532 306.24
        0100091 箱 215 151 126 240 238 208.00
        0100098 米 37175.40 15290.60 20322.20 32143.80 32143.80 4.59
        0100105 米 21772.70 16629.30 26209.20 12192.80 12192.80 7.43
        0100112 卷 376 78 58 396 396 298.38
        0100119 卷 361 22 268 115 115 396.92
        0100126 卷 135 103 152 86 86 109.99
        0100133 卷 285 134 259 160 160 541.76
        0100140 卷 178 74 47 205 205 549.37
        0100147 包 149 176 209 116 114 572.41
        0100154 根 135 134 16 253 250 371.37
        0100161 盒 42 46 57 31 31 495.11
        0199999 箱 - - - - 4 180.00
        """

    static let rows: [StockCountRow] = sheet.split(separator: "\n").enumerated().map { index, text in
        let f = text.split(separator: " ").map { $0 == "-" ? nil : String($0) }
        return T.row(
            f[0]!, unit: f[1], line: 5 + index, opening: f[2], received: f[3], issued: f[4], book: f[5],
            counted: f[6], cost: f[7])
    }

    static let report = StockReport(rows: rows, settings: StockSettings())

    @Test("the truth's figures: 25 / 6 / 2 / 1, 3080.30 / 1065.51 / -2014.79")
    func figures() {
        let figures = Self.report.figures
        #expect(figures.items == 25)
        #expect(figures.varianceItems == 6)
        #expect(figures.notCounted == 2)
        #expect(figures.notOnBook == 1)
        #expect(figures.shortageValue.description == "3080.30")
        #expect(figures.surplusValue.description == "1065.51")
        #expect(figures.netVarianceValue.description == "-2014.79")
    }

    @Test("the variance items and their values")
    func varianceItems() {
        let flagged = Self.report.lines.filter { $0.has(.aboveTolerance) }
        #expect(flagged.map(\.itemCode) == ["0100000", "0100007", "0100084", "0100091", "0100147", "0100154"])
        #expect(
            flagged.map(\.varianceValue.description) == [
                "-385.37", "39.27", "306.24", "-416.00", "-1144.82", "-1114.11",
            ])
    }

    @Test("the metres line within tolerance, the book that does not add up, the find")
    func specialLines() {
        let lines = Dictionary(uniqueKeysWithValues: Self.report.lines.map { ($0.itemCode, $0) })
        #expect(lines["0100014"]?.flags == [.withinTolerance])
        #expect(lines["0100014"]?.varianceValue.description == "-20.00")
        #expect(lines["0100035"]?.flags == [.bookDoesNotAddUp])
        #expect(lines["0100035"]?.computedBookQty == T.qty("142"))
        #expect(lines["0199999"]?.flags == [.notOnBook])
        #expect(lines["0199999"]?.varianceValue.description == "720.00")
        #expect(lines["0100021"]?.flags == [.notCounted])
        #expect(lines["0100063"]?.variancePercent == nil)
        #expect(Self.report.lines.filter { $0.has(.bookDoesNotAddUp) }.count == 1)
    }

    @Test("ten exceptions: six variances, two not counted, one find, one book")
    func exceptions() {
        let kinds = Self.report.exceptions(TestPhrases.zh).map(\.kind)
        #expect(kinds.count == 10)
        #expect(kinds.filter { $0 == "variance" }.count == 6)
        #expect(kinds.filter { $0 == "not_counted" }.count == 2)
        #expect(kinds.filter { $0 == "not_on_book" }.count == 1)
        #expect(kinds.filter { $0 == "book_does_not_add_up" }.count == 1)
    }
}
