import Testing

@testable import MonthEndReconcile

@Suite("Stock-take: one item")
struct StockItemLineTests {
    typealias T = StockTestRows

    @Test("metres with decimals: 45262.40 book, 45252.40 counted, within 0.5%")
    func metresWithinTolerance() {
        let line = T.line(unit: "米", book: "45262.40", counted: "45252.40", cost: "2.00")
        #expect(line.bookQty == T.qty("45262.4"))
        #expect(line.bookSource == .bookColumn)
        #expect(line.variance == T.qty("-10"))
        #expect(line.tolerance.origin == .measuredUnit)
        #expect(line.tolerance.percent == T.qty("0.5"))
        #expect(line.tolerance.allowance == T.qty("226.312"))
        #expect(line.variancePercent == T.qty("-0.02"))
        #expect(line.varianceValue == T.money("-20.00"))
        #expect(line.shortageValue == T.money("20.00"))
        #expect(line.surplusValue == .zero)
        #expect(line.flags == [.withinTolerance])
    }

    @Test("metres just above 0.5%: 45262.40 book, 45035.97 counted (226.43 short)")
    func metresAboveTolerance() {
        let line = T.line(unit: "m", book: "45262.40", counted: "45035.97", cost: "2.37")
        #expect(line.variance == T.qty("-226.43"))
        #expect(line.flags == [.aboveTolerance])
        // -226.43 x 2.37 = -536.6391
        #expect(line.varianceValue == T.money("-536.64"))
        #expect(line.variancePercent == T.qty("-0.50"))
    }

    @Test("exactly at the tolerance is within; one millionth more is above")
    func exactlyAtTolerance() {
        // 0.5% of 1000.000 kg is 5 kg.
        let at = T.line(unit: "kg", book: "1000", counted: "995", cost: "10")
        #expect(at.flags == [.withinTolerance])
        #expect(at.varianceValue == T.money("-50.00"))
        let atOver = T.line(unit: "kg", book: "1000", counted: "1005", cost: "10")
        #expect(atOver.flags == [.withinTolerance])
        #expect(atOver.varianceValue == T.money("50.00"))
        let above = T.line(unit: "kg", book: "1000", counted: "994.999999", cost: "10")
        #expect(above.flags == [.aboveTolerance])
        #expect(above.varianceValue == T.money("-50.00"))
        let aboveOver = T.line(unit: "kg", book: "1000", counted: "1005.000001", cost: "10")
        #expect(aboveOver.flags == [.aboveTolerance])
    }

    @Test("a percentage tolerance is compared unrounded, though shown to six decimals")
    func unroundedPercentComparison() {
        // 0.5% of 0.0001 t is 0.0000005 t, shown as 0.000001: a variance of 0.000001 is above it.
        let tiny = T.line(unit: "t", book: "0.0001", counted: "0.000101", cost: "1")
        #expect(tiny.tolerance.allowance == T.qty("0.000001"))
        #expect(tiny.variance == T.qty("0.000001"))
        #expect(tiny.flags == [.aboveTolerance])
        // 0.5% of 12.345679 t is 0.061728395 t: shown as 0.061728, compared exactly.
        let within = T.line(unit: "吨", book: "12.345679", counted: "12.283951", cost: "1")
        #expect(within.tolerance.allowance == T.qty("0.061728"))
        #expect(within.variance == T.qty("-0.061728"))
        #expect(within.flags == [.withinTolerance])
        let above = T.line(unit: "吨", book: "12.345679", counted: "12.283950", cost: "1")
        #expect(above.variance == T.qty("-0.061729"))
        #expect(above.flags == [.aboveTolerance])
    }

    @Test("counted units have no tolerance: one roll short is a variance item")
    func countedUnitOneShort() {
        let line = T.line(unit: "箱", book: "51", counted: "50", cost: "385.37")
        #expect(line.tolerance.origin == .countUnit)
        #expect(line.tolerance.allowance == .zero)
        #expect(line.variance == T.qty("-1"))
        #expect(line.variancePercent == T.qty("-1.96"))
        #expect(line.varianceValue == T.money("-385.37"))
        #expect(line.flags == [.aboveTolerance])
    }

    @Test("no variance: no flag, no value")
    func noVariance() {
        let line = T.line(unit: "卷", book: "144", counted: "144", cost: "157.08")
        #expect(line.flags.isEmpty)
        #expect(line.variance == .zero)
        #expect(line.variancePercent == .zero)
        #expect(line.varianceValue == .zero)
    }

    @Test("not counted: a blank count is never 0")
    func notCounted() {
        let line = T.line(unit: "卷", book: "261", counted: nil, cost: "462.74")
        #expect(line.flags == [.notCounted])
        #expect(line.variance == nil)
        #expect(line.variancePercent == nil)
        #expect(line.varianceValue == .zero)
        #expect(!line.isCounted)
        let zero = T.line(unit: "卷", book: "261", counted: "0", cost: "462.74")
        #expect(zero.flags == [.aboveTolerance])
        #expect(zero.varianceValue == T.money("-120775.14"))
        #expect(zero.variancePercent == T.qty("-100"))
    }

    @Test("not on book: counted with no book quantity is a surplus of its whole count")
    func notOnBook() {
        let line = T.line("0199999", unit: "箱", counted: "4", cost: "180.00")
        #expect(line.bookQty == nil)
        #expect(line.bookSource == StockBookSource.none)
        #expect(line.computedBookQty == nil)
        #expect(line.variance == T.qty("4"))
        #expect(line.variancePercent == nil)
        #expect(line.varianceValue == T.money("720.00"))
        #expect(line.surplusValue == T.money("720.00"))
        #expect(line.flags == [.notOnBook])
    }

    @Test("no unit cost: variance kept, value 0, flagged")
    func noUnitCost() {
        let line = T.line(unit: "盒", book: "31", counted: "29")
        #expect(line.variance == T.qty("-2"))
        #expect(line.varianceValue == .zero)
        #expect(line.flags == [.aboveTolerance, .noUnitCost])
        let flat = T.line(unit: "盒", book: "31", counted: "31")
        #expect(flat.flags == [.noUnitCost])
    }

    @Test("book computed from opening + received - issued when there is no book column")
    func computedBook() {
        let line = T.line(
            unit: "米", opening: "44624.70", received: "3231.30", issued: "2593.60", counted: "45252.40", cost: "2")
        #expect(line.bookQty == T.qty("45262.4"))
        #expect(line.bookSource == .computed)
        #expect(line.computedBookQty == T.qty("45262.4"))
        #expect(line.flags == [.withinTolerance])
        #expect(line.varianceValue == T.money("-20.00"))
    }

    @Test("an absent component counts as 0 when another is present")
    func absentComponentIsZero() {
        let receivedOnly = T.line(unit: "卷", received: "16", counted: "16", cost: "1")
        #expect(receivedOnly.bookQty == T.qty("16"))
        #expect(receivedOnly.bookSource == .computed)
        #expect(receivedOnly.flags.isEmpty)
        let issuedOnly = T.line(unit: "卷", issued: "3", counted: "0", cost: "1")
        #expect(issuedOnly.bookQty == T.qty("-3"))
        #expect(issuedOnly.variance == T.qty("3"))
        #expect(issuedOnly.variancePercent == T.qty("100"))
        #expect(issuedOnly.flags == [.aboveTolerance])
    }

    @Test("book does not add up: the book column is used and the row is flagged")
    func bookDoesNotAddUp() {
        let line = T.line(
            unit: "卷", opening: "126", received: "98", issued: "82", book: "144", counted: "144", cost: "157.08")
        #expect(line.bookQty == T.qty("144"))
        #expect(line.bookSource == .bookColumn)
        #expect(line.computedBookQty == T.qty("142"))
        #expect(line.variance == .zero)
        #expect(line.flags == [.bookDoesNotAddUp])
        let adds = T.line(
            unit: "卷", opening: "126", received: "98", issued: "82", book: "142", counted: "142", cost: "157.08")
        #expect(adds.flags.isEmpty)
    }

    @Test("variance value rounds half up to the fen, away from zero, in one rounding")
    func valueRounding() {
        // 0.5 x 0.01 = 0.005 -> 0.01; -0.005 -> -0.01.
        #expect(T.line(unit: "米", book: "100", counted: "100.5", cost: "0.01").varianceValue == T.money("0.01"))
        #expect(T.line(unit: "米", book: "100", counted: "99.5", cost: "0.01").varianceValue == T.money("-0.01"))
        // 1.5 x 0.003333 = 0.0049995 -> 0.00.
        #expect(T.line(unit: "米", book: "100", counted: "101.5", cost: "0.003333").varianceValue == .zero)
        // 0.333333 x 0.015 = 0.004999995: one rounding gives 0.00; rounding to six decimals first
        // (0.005000) would give 0.01.
        #expect(T.line(unit: "米", book: "100", counted: "100.333333", cost: "0.015").varianceValue == .zero)
    }

    @Test("variance % is exact and rounded half up to two decimals; blank when the book is 0")
    func variancePercent() {
        // 1 / 8 x 100 = 12.5; 1 / 3 x 100 = 33.333 -> 33.33; 2 / 3 -> 66.67; -1 / 8 -> -12.5.
        #expect(T.line(book: "8", counted: "9", cost: "1").variancePercent == T.qty("12.5"))
        #expect(T.line(book: "3", counted: "4", cost: "1").variancePercent == T.qty("33.33"))
        #expect(T.line(book: "3", counted: "5", cost: "1").variancePercent == T.qty("66.67"))
        #expect(T.line(book: "8", counted: "7", cost: "1").variancePercent == T.qty("-12.5"))
        // 1 / 40000 x 100 = 0.0025 -> 0.00 (rounded once, to two decimals).
        #expect(T.line(book: "40000", counted: "40001", cost: "1").variancePercent == T.qty("0"))
        // 1 / 800 x 100 = 0.125 -> 0.13 (half up, away from zero).
        #expect(T.line(book: "800", counted: "801", cost: "1").variancePercent == T.qty("0.13"))
        #expect(T.line(book: "800", counted: "799", cost: "1").variancePercent == T.qty("-0.13"))
        let zeroBook = T.line(unit: "包", book: "0", counted: "0", cost: "9.17")
        #expect(zeroBook.variancePercent == nil)
        #expect(zeroBook.flags.isEmpty)
        let zeroBookFound = T.line(unit: "包", book: "0", counted: "2", cost: "9.17")
        #expect(zeroBookFound.variancePercent == nil)
        #expect(zeroBookFound.flags == [.aboveTolerance])
        #expect(zeroBookFound.varianceValue == T.money("18.34"))
    }
}
