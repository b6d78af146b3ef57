import Testing

@testable import MonthEndReconcile

@Suite("Stock-take: edge cases")
struct StockEdgeCaseTests {
    typealias T = StockTestRows

    // MARK: Book quantity

    @Test("a book column without any component is used as is and adds up")
    func bookColumnAlone() {
        let line = T.line(unit: "卷", book: "52", counted: "52", cost: "727.93")
        #expect(line.bookSource == .bookColumn)
        #expect(line.computedBookQty == nil)
        #expect(line.flags.isEmpty)
    }

    @Test("a book one millionth away from the components does not add up")
    func bookOffByOneMillionth() {
        let line = T.line(
            unit: "米", opening: "100", received: "0.000001", issued: "0", book: "100", counted: "100", cost: "3")
        #expect(line.computedBookQty == T.qty("100.000001"))
        #expect(line.flags == [.bookDoesNotAddUp])
        // The discrepancy (-0.000001 x 3) is worth 0.00 at the fen.
        #expect(StockReport(lines: [line]).exceptions(TestPhrases.zh).map(\.amount) == [.zero])
    }

    @Test("book column 0 with components that say otherwise")
    func zeroBookColumnDoesNotAddUp() {
        let line = T.line(unit: "根", opening: "5", book: "0", counted: "5", cost: "10")
        #expect(line.bookQty == .zero)
        #expect(line.computedBookQty == T.qty("5"))
        #expect(line.flags == [.aboveTolerance, .bookDoesNotAddUp])
        #expect(line.varianceValue == T.money("50.00"))
        #expect(line.variancePercent == nil)
        let exceptions = StockReport(lines: [line]).exceptions(TestPhrases.zh)
        #expect(exceptions.map(\.kind) == ["variance", "book_does_not_add_up"])
        #expect(exceptions.map(\.amount) == [T.money("50.00"), T.money("-50.00")])
    }

    @Test("components that add up to 0 are a book of 0, not 'no book quantity'")
    func componentsAddUpToZero() {
        let line = T.line(unit: "包", opening: "91", received: "6", issued: "97", counted: "3", cost: "9.17")
        #expect(line.bookQty == .zero)
        #expect(line.bookSource == .computed)
        #expect(line.flags == [.aboveTolerance])
        #expect(!line.has(.notOnBook))
        #expect(line.varianceValue == T.money("27.51"))
    }

    @Test("not on book and not counted: only not counted")
    func offBookUncounted() {
        let line = T.line(unit: "卷", counted: nil, cost: "1")
        #expect(line.bookSource == StockBookSource.none)
        #expect(line.flags == [.notCounted])
        let report = StockReport(lines: [line])
        #expect(report.figures.notCounted == 1)
        #expect(report.figures.notOnBook == 0)
        #expect(report.exceptions(TestPhrases.zh).map(\.amount) == [.zero])
    }

    @Test("a find counted as 0 is on no book and worth nothing")
    func findOfZero() {
        let line = T.line(unit: "卷", counted: "0", cost: "5")
        #expect(line.flags == [.notOnBook])
        #expect(line.variance == .zero)
        #expect(line.varianceValue == .zero)
        let report = StockReport(lines: [line])
        #expect(report.figures.notOnBook == 1)
        #expect(report.figures.varianceItems == 0)
        #expect(report.figures.surplusValue == .zero)
    }

    @Test("a find without a unit cost: counted as a find, valued 0, one exception naming both")
    func findWithoutCost() throws {
        let line = T.line("0199998", unit: "箱", counted: "4")
        #expect(line.flags == [.notOnBook, .noUnitCost])
        let report = StockReport(lines: [line])
        #expect(report.figures.notOnBook == 1)
        #expect(report.figures.surplusValue == .zero)
        let exceptions = report.exceptions(TestPhrases.zh)
        try #require(exceptions.count == 1)
        #expect(exceptions[0].kind == "not_on_book")
        #expect(exceptions[0].amount == .zero)
        #expect(exceptions[0].reason == "账外盘盈：无账存数量，实盘 4 箱 全部按盘盈计价 0.00；无单价：差异未计价")
    }

    @Test("not counted with a book that does not add up: two exceptions, the book's value at stake")
    func uncountedBookNotAddingUp() {
        let line = T.line(unit: "卷", opening: "10", received: "1", issued: "2", book: "8", counted: nil, cost: "2.5")
        #expect(line.flags == [.notCounted, .bookDoesNotAddUp])
        let exceptions = StockReport(lines: [line]).exceptions(TestPhrases.zh)
        #expect(exceptions.map(\.kind) == ["not_counted", "book_does_not_add_up"])
        // 8 x 2.5 = 20.00; (8 - 9) x 2.5 = -2.50.
        #expect(exceptions.map(\.amount) == [T.money("20.00"), T.money("-2.50")])
    }

    @Test("not counted without a unit cost: one exception, nothing at stake")
    func uncountedWithoutCost() throws {
        let line = T.line(unit: "卷", book: "8", counted: nil)
        #expect(line.flags == [.notCounted, .noUnitCost])
        let exceptions = StockReport(lines: [line]).exceptions(TestPhrases.zh)
        try #require(exceptions.count == 1)
        #expect(exceptions.map(\.kind) == ["not_counted"])
        #expect(exceptions.map(\.amount) == [.zero])
        #expect(exceptions[0].reason == "未盘点（实盘数量为空）；账存 8 卷；无单价：差异未计价")
    }

    @Test("no unit cost on a line without variance is an exception of its own")
    func noCostOnly() {
        let report = StockReport(lines: [T.line(unit: "盒", book: "31", counted: "31")])
        #expect(report.exceptions(TestPhrases.zh).map(\.kind) == ["no_unit_cost"])
        #expect(report.exceptions(TestPhrases.zh).map(\.amount) == [.zero])
        #expect(report.exceptions(TestPhrases.en).map(\.reason) == ["no unit cost: the variance has no value"])
    }

    @Test("a unit cost of 0 is a cost: not flagged, valued 0")
    func zeroCost() {
        let line = T.line(unit: "盒", book: "31", counted: "30", cost: "0")
        #expect(line.flags == [.aboveTolerance])
        #expect(line.varianceValue == .zero)
    }

    @Test("within-tolerance variances raise no exception but count in the values")
    func withinToleranceNoException() {
        let report = StockReport(lines: [
            T.line(unit: "米", book: "45262.40", counted: "45252.40", cost: "2.00"),
            T.line(unit: "米", book: "45262.40", counted: "45272.40", cost: "2.00"),
        ])
        #expect(report.exceptions(TestPhrases.zh).isEmpty)
        #expect(report.figures.varianceItems == 0)
        #expect(report.figures.shortageValue == T.money("20.00"))
        #expect(report.figures.surplusValue == T.money("20.00"))
        #expect(report.figures.netVarianceValue == .zero)
    }

    // MARK: Rounding and totals

    @Test("each row is rounded to the fen before summing: three half-fen rows make 0.03, not 0.02")
    func roundThenSum() {
        let rows = (0..<3).map { _ in T.line(unit: "米", book: "100", counted: "100.5", cost: "0.01") }
        let report = StockReport(lines: rows)
        #expect(rows.map(\.varianceValue) == [T.money("0.01"), T.money("0.01"), T.money("0.01")])
        #expect(report.figures.surplusValue == T.money("0.03"))
        let shortRows = (0..<3).map { _ in T.line(unit: "米", book: "100", counted: "99.5", cost: "0.01") }
        #expect(StockReport(lines: shortRows).figures.shortageValue == T.money("0.03"))
        #expect(StockReport(lines: rows + shortRows).figures.netVarianceValue == .zero)
    }

    @Test("large exact quantities and costs: no binary floating point anywhere")
    func largeExactValues() {
        // 0.1 + 0.2 - 0.3 is exactly 0: the book adds up.
        let exact = T.line(
            unit: "kg", opening: "0.1", received: "0.2", issued: "0.3", book: "0", counted: "0", cost: "1")
        #expect(exact.flags.isEmpty)
        // 1234567.891234 m short by 0.000001 at 99999.999999 per metre: 0.099999999999 -> 0.10.
        let fine = T.line(unit: "米", book: "1234567.891234", counted: "1234567.891233", cost: "99999.999999")
        #expect(fine.varianceValue == T.money("-0.10"))
        #expect(fine.flags == [.withinTolerance])
        // 9,000,000 boxes short at 1,000,000.00: -9,000,000,000,000.00.
        let huge = T.line(unit: "箱", book: "9000000", counted: "0", cost: "1000000")
        #expect(huge.varianceValue == Money(yuan: -9_000_000_000_000))
        #expect(huge.variancePercent == T.qty("-100"))
    }

    @Test("a variance percentage too large to hold is blank, never a crash")
    func percentTooLarge() {
        let line = T.line(unit: "米", book: "0.000001", counted: "1000000", cost: "1")
        #expect(line.variancePercent == nil)
        #expect(line.flags == [.aboveTolerance])
        #expect(line.varianceValue == T.money("1000000.00"))
        let fits = T.line(unit: "米", book: "0.001", counted: "1000", cost: "1")
        #expect(fits.variancePercent == T.qty("99999900"))
    }

    @Test("a negative count (a returned item written as minus) is judged like any other")
    func negativeCount() {
        let line = T.line(unit: "卷", book: "2", counted: "-1", cost: "10")
        #expect(line.variance == T.qty("-3"))
        #expect(line.variancePercent == T.qty("-150"))
        #expect(line.shortageValue == T.money("30.00"))
    }

    // MARK: Keys, locations, overrides

    @Test("the same item at two locations: two lines, keys with locations; no location: the code alone")
    func locations() {
        let rows = [
            T.row("0100070", unit: "根", location: "主仓", line: 15, book: "420", counted: "419", cost: "742.02"),
            T.row("0100070", unit: "根", location: "二号仓", line: 16, book: "3", counted: "1", cost: "742.02"),
            T.row("0100071", unit: "根", location: "", line: 17, book: "3", counted: "2", cost: "1"),
        ]
        let report = StockReport(rows: rows, settings: StockSettings())
        #expect(report.figures.items == 3)
        #expect(report.figures.varianceItems == 3)
        #expect(report.figures.shortageValue == T.money("2227.06"))
        #expect(report.exceptions(TestPhrases.zh).map(\.key) == ["0100070 @ 主仓", "0100070 @ 二号仓", "0100071"])
    }

    @Test("an override follows the item code at every location")
    func overrideAtEveryLocation() {
        var settings = StockSettings()
        settings.overrides["0100070"] = StockToleranceOverride(absolute: T.qty("2"))
        let rows = [
            T.row("0100070", unit: "根", location: "主仓", book: "420", counted: "418", cost: "1"),
            T.row("0100070", unit: "根", location: "二号仓", book: "3", counted: "0", cost: "1"),
        ]
        let report = StockReport(rows: rows, settings: settings)
        #expect(report.lines.map(\.flags) == [[.withinTolerance], [.aboveTolerance]])
        #expect(report.lines.allSatisfy { $0.tolerance.origin == .itemOverride })
    }

    @Test("an override's code must match exactly: leading zeros matter")
    func overrideCodeExact() {
        var settings = StockSettings()
        settings.overrides["100014"] = StockToleranceOverride(absolute: T.qty("50"))
        let line = T.line("0100014", unit: "米", book: "1000", counted: "990", cost: "1", settings: settings)
        #expect(line.tolerance.origin == .measuredUnit)
        #expect(line.flags == [.aboveTolerance])
    }

    @Test("an absolute override of 0 on a measured unit takes the percentage away")
    func zeroOverride() {
        var settings = StockSettings()
        settings.overrides["C"] = StockToleranceOverride(absolute: .zero)
        let line = T.line("C", unit: "米", book: "1000", counted: "999.999999", cost: "1", settings: settings)
        #expect(line.tolerance.allowance == .zero)
        #expect(line.flags == [.aboveTolerance])
    }

    @Test("a measured unit with a book of 0 has no tolerance")
    func measuredZeroBook() {
        let line = T.line(unit: "kg", book: "0", counted: "0.000001", cost: "1")
        #expect(line.tolerance.allowance == .zero)
        #expect(line.flags == [.aboveTolerance])
    }

    // MARK: Flags

    @Test("every flag has its code (the workbook's words are in the labels); only within tolerance raises no exception")
    func flagCodes() {
        let all = StockFlag.allCases
        #expect(all.filter { !$0.raisesException } == [.withinTolerance])
        #expect(
            all.map(\.rawValue) == [
                "variance", "within_tolerance", "not_counted", "not_on_book", "no_unit_cost", "book_does_not_add_up",
            ])
    }

    @Test("flags come in a fixed order whatever the mix")
    func flagOrder() {
        let line = T.line(unit: "卷", opening: "1", book: "3", counted: "2")
        #expect(line.flags == [.aboveTolerance, .noUnitCost, .bookDoesNotAddUp])
        let exceptions = StockReport(lines: [line]).exceptions(TestPhrases.zh)
        #expect(exceptions.map(\.kind) == ["variance", "book_does_not_add_up"])
        #expect(exceptions.map(\.amount) == [.zero, .zero])
    }
}
