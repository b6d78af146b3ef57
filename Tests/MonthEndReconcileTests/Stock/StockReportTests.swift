import Testing

@testable import MonthEndReconcile

@Suite("Stock-take: the report, its figures and exceptions")
struct StockReportTests {
    typealias T = StockTestRows

    /// One item of every case, in the sample month's shape.
    static let rows: [StockCountRow] = [
        // Counted unit, one box short: variance item, shortage 385.37.
        T.row("0100000", unit: "箱", line: 5, book: "51", counted: "50", cost: "385.37"),
        // Measured, 10 m short of 45262.40: within 0.5%, shortage 20.00.
        T.row("0100014", unit: "米", line: 6, book: "45262.40", counted: "45252.40", cost: "2.00"),
        // One box over: variance item, surplus 39.27.
        T.row("0100007", unit: "箱", line: 7, book: "35", counted: "36", cost: "39.27"),
        // Not counted.
        T.row("0100049", unit: "卷", line: 8, book: "261", counted: nil, cost: "462.74"),
        // Book does not add up (126 + 98 - 82 = 142), counted as the book column says.
        T.row(
            "0100035", unit: "卷", line: 9, opening: "126", received: "98", issued: "82", book: "144",
            counted: "144", cost: "157.08"),
        // Not on book: a find of 4 boxes at 180.00, surplus 720.00.
        T.row("0199999", unit: "箱", line: 10, counted: "4", cost: "180.00"),
        // No unit cost, 2 short: a variance item worth nothing.
        T.row("0100077", unit: "盒", line: 11, book: "145", counted: "143"),
        // Measured, 3 kg over 2000 kg (within 10 kg): surplus 3 x 12.345 = 37.035 -> 37.04.
        T.row("0100300", unit: "kg", line: 12, book: "2000", counted: "2003", cost: "12.345"),
        // Not counted and not on book: not counted, not a find.
        T.row("0100400", unit: "卷", line: 13, counted: nil, cost: "1.00"),
    ]

    static let report = StockReport(rows: rows, settings: StockSettings())

    @Test("lines keep source order")
    func sourceOrder() {
        #expect(Self.report.lines.map(\.itemCode) == Self.rows.map(\.itemCode))
        #expect(Self.report.lines.map(\.source.line) == [5, 6, 7, 8, 9, 10, 11, 12, 13])
    }

    @Test("figures: counts")
    func counts() {
        let figures = Self.report.figures
        #expect(figures.items == 9)
        // 0100000, 0100007, 0100077; not the find, not the within-tolerance items.
        #expect(figures.varianceItems == 3)
        #expect(figures.notCounted == 2)
        #expect(figures.notOnBook == 1)
    }

    @Test("figures: values, within tolerance included, finds in the surplus")
    func values() {
        let figures = Self.report.figures
        // 385.37 + 20.00
        #expect(figures.shortageValue == T.money("405.37"))
        // 39.27 + 720.00 + 37.04
        #expect(figures.surplusValue == T.money("796.31"))
        #expect(figures.netVarianceValue == T.money("390.94"))
    }

    @Test("totals equal the sum of the rows to the fen")
    func totalsEqualRows() {
        let lines = Self.report.lines
        #expect(lines.map(\.varianceValue).sum() == Self.report.figures.netVarianceValue)
        #expect(lines.map(\.shortageValue).sum() == Self.report.figures.shortageValue)
        #expect(lines.map(\.surplusValue).sum() == Self.report.figures.surplusValue)
    }

    @Test("flags per line")
    func flags() {
        #expect(
            Self.report.lines.map(\.flags) == [
                [.aboveTolerance],
                [.withinTolerance],
                [.aboveTolerance],
                [.notCounted],
                [.bookDoesNotAddUp],
                [.notOnBook],
                [.aboveTolerance, .noUnitCost],
                [.withinTolerance],
                [.notCounted],
            ])
    }

    @Test("exceptions: one per flagged item, one per book that does not add up")
    func exceptions() {
        let exceptions = Self.report.exceptions(TestPhrases.zh)
        #expect(
            exceptions.map(\.key) == [
                "0100000 @ 主仓", "0100007 @ 主仓", "0100049 @ 主仓", "0100035 @ 主仓", "0199999 @ 主仓",
                "0100077 @ 主仓", "0100400 @ 主仓",
            ])
        #expect(
            exceptions.map(\.kind) == [
                "variance", "variance", "not_counted", "book_does_not_add_up", "not_on_book", "variance", "not_counted",
            ])
        #expect(
            exceptions.map(\.amount) == [
                T.money("-385.37"), T.money("39.27"), T.money("120775.14"), T.money("314.16"), T.money("720.00"),
                .zero, .zero,
            ])
        #expect(exceptions.allSatisfy { $0.area == .stock })
        #expect(exceptions.map { $0.source?.line } == [5, 7, 8, 9, 10, 11, 13])
    }

    @Test("exception reasons say what happened, in Chinese and in English")
    func reasons() throws {
        let zh = Self.report.exceptions(TestPhrases.zh)
        try #require(zh.count == 7)
        #expect(zh[0].reason == "实盘 50 箱，账存 51 箱，差异 -1 箱 超出允差 0 箱；差异金额 -385.37")
        #expect(zh[2].reason == "未盘点（实盘数量为空）；账存 261 卷")
        #expect(zh[3].reason == "账存 144 卷 与 期初 126 + 入库 98 - 出库 82 = 142 卷 不符；按账存数量计")
        #expect(zh[4].reason == "账外盘盈：无账存数量，实盘 4 箱 全部按盘盈计价 720.00")
        #expect(zh[5].reason == "实盘 143 盒，账存 145 盒，差异 -2 盒 超出允差 0 盒；差异金额 0.00；无单价：差异未计价")
        let en = Self.report.exceptions(TestPhrases.en)
        try #require(en.count == 7)
        #expect(
            en[0].reason
                == "counted 50 箱 against book 51 箱: variance -1 箱 is more than the tolerance of 0 箱; variance value -385.37"
        )
        #expect(
            en[3].reason
                == "book 144 卷 does not add up: opening 126 + received 98 - issued 82 = 142 卷; the book column is used")
        #expect(en[6].reason == "not counted (the counted quantity is blank); no book quantity")
        #expect(zh[6].reason == "未盘点（实盘数量为空）；无账存数量")
        #expect(en.map(\.kind) == zh.map(\.kind))
        #expect(en.map(\.amount) == zh.map(\.amount))
    }

    @Test("an empty stock-take has zero figures and no exceptions")
    func empty() {
        let report = StockReport(rows: [], settings: StockSettings())
        #expect(report.figures == StockFigures())
        #expect(report.figures.netVarianceValue == .zero)
        #expect(report.exceptions(TestPhrases.zh).isEmpty)
    }
}
