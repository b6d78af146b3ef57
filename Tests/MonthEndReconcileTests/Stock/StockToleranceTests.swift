import Testing

@testable import MonthEndReconcile

@Suite("Stock-take: tolerance by unit class and overrides")
struct StockToleranceTests {
    typealias T = StockTestRows

    @Test(
        "every measured unit takes the percentage, however it is written",
        arguments: [
            "米", "m", "千克", "kg", "公斤", "吨", "t", "M", "KG", " kg ", "ｋｇ", "Ｔ", "Kg",
        ])
    func measuredUnits(unit: String) {
        let tolerance = StockTolerance.resolve(
            itemCode: "X", unit: unit, book: T.qty("2000"), settings: StockSettings())
        #expect(tolerance.origin == .measuredUnit)
        #expect(tolerance.allowance == T.qty("10"))
    }

    @Test(
        "counted, unknown and missing units have no tolerance",
        arguments: [
            "卷", "箱", "个", "件", "盒", "包", "盘", "轴", "根", "pcs", "PCS", "双", "套", "米/卷", "mm", "", "  ",
        ])
    func countedUnits(unit: String) {
        let tolerance = StockTolerance.resolve(
            itemCode: "X", unit: unit, book: T.qty("2000"), settings: StockSettings())
        #expect(tolerance.origin == .countUnit)
        #expect(tolerance.allowance == .zero)
        #expect(tolerance.isExceeded(by: T.qty("0.000001"), book: T.qty("2000")))
        #expect(!tolerance.isExceeded(by: .zero, book: T.qty("2000")))
    }

    @Test("no unit at all is a counted unit")
    func noUnit() {
        let line = T.line(unit: nil, book: "10", counted: "10.5", cost: "2")
        #expect(line.tolerance.origin == .countUnit)
        #expect(line.flags == [.aboveTolerance])
        #expect(line.varianceValue == T.money("1.00"))
    }

    @Test("the settings decide: a count tolerance of 1 and a measured percent of 1")
    func settingsChangeTolerance() {
        var settings = StockSettings()
        settings.countTolerance = T.qty("1")
        settings.measuredPercent = T.qty("1")
        #expect(T.line(unit: "箱", book: "51", counted: "50", cost: "1", settings: settings).flags == [.withinTolerance])
        #expect(T.line(unit: "箱", book: "51", counted: "49", cost: "1", settings: settings).flags == [.aboveTolerance])
        let metres = T.line(unit: "米", book: "45262.40", counted: "44809.776", cost: "1", settings: settings)
        #expect(metres.tolerance.allowance == T.qty("452.624"))
        #expect(metres.flags == [.withinTolerance])
        let over = T.line(unit: "米", book: "45262.40", counted: "44809.775", cost: "1", settings: settings)
        #expect(over.flags == [.aboveTolerance])
    }

    @Test("a unit added to the measured list becomes measured; one removed becomes counted")
    func editedUnitLists() {
        var settings = StockSettings()
        settings.measuredUnits = ["米", "卷"]
        #expect(
            T.line(unit: "卷", book: "1000", counted: "996", cost: "1", settings: settings).flags == [.withinTolerance])
        #expect(
            T.line(unit: "kg", book: "1000", counted: "996", cost: "1", settings: settings).flags == [.aboveTolerance])
    }

    @Test("an absolute override replaces the unit's tolerance")
    func absoluteOverride() {
        var settings = StockSettings()
        settings.overrides["0100014"] = StockToleranceOverride(absolute: T.qty("5"))
        let at = T.line("0100014", unit: "米", book: "45262.40", counted: "45257.40", cost: "2", settings: settings)
        #expect(at.tolerance.origin == .itemOverride)
        #expect(at.tolerance.allowance == T.qty("5"))
        #expect(at.flags == [.withinTolerance])
        #expect(at.varianceValue == T.money("-10.00"))
        // The 0.5% (226.312 m) no longer applies: 10 m short is above 5 m.
        let above = T.line("0100014", unit: "米", book: "45262.40", counted: "45252.40", cost: "2", settings: settings)
        #expect(above.flags == [.aboveTolerance])
        // Other items keep the unit's tolerance.
        let other = T.line("0100098", unit: "米", book: "45262.40", counted: "45252.40", cost: "2", settings: settings)
        #expect(other.tolerance.origin == .measuredUnit)
        #expect(other.flags == [.withinTolerance])
    }

    @Test("a percent override on a counted unit")
    func percentOverride() {
        var settings = StockSettings()
        settings.overrides["0100021"] = StockToleranceOverride(percent: T.qty("1.0"))
        // 1% of 240 boxes is 2.4: 2 short is within, 3 short is above.
        let within = T.line("0100021", unit: "箱", book: "240", counted: "238", cost: "208", settings: settings)
        #expect(within.tolerance.origin == .itemOverride)
        #expect(within.tolerance.allowance == T.qty("2.4"))
        #expect(within.flags == [.withinTolerance])
        #expect(within.varianceValue == T.money("-416.00"))
        let above = T.line("0100021", unit: "箱", book: "240", counted: "237", cost: "208", settings: settings)
        #expect(above.flags == [.aboveTolerance])
        #expect(above.varianceValue == T.money("-624.00"))
    }

    @Test("an override with both terms allows the larger")
    func bothTermsOverride() {
        var settings = StockSettings()
        settings.overrides["A"] = StockToleranceOverride(absolute: T.qty("3"), percent: T.qty("1"))
        // Book 100: 1% is 1, absolute 3 -> 3 allowed.
        let small = T.line("A", unit: "kg", book: "100", counted: "97", cost: "1", settings: settings)
        #expect(small.tolerance.allowance == T.qty("3"))
        #expect(small.flags == [.withinTolerance])
        #expect(
            T.line("A", unit: "kg", book: "100", counted: "96.9", cost: "1", settings: settings).flags == [
                .aboveTolerance
            ])
        // Book 1000: 1% is 10 -> 10 allowed.
        let large = T.line("A", unit: "kg", book: "1000", counted: "990", cost: "1", settings: settings)
        #expect(large.tolerance.allowance == T.qty("10"))
        #expect(large.flags == [.withinTolerance])
        #expect(
            T.line("A", unit: "kg", book: "1000", counted: "989.99", cost: "1", settings: settings).flags == [
                .aboveTolerance
            ])
    }

    @Test("an override with neither term is no override")
    func emptyOverride() {
        var settings = StockSettings()
        settings.overrides["B"] = StockToleranceOverride()
        let line = T.line("B", unit: "米", book: "1000", counted: "995", cost: "1", settings: settings)
        #expect(line.tolerance.origin == .measuredUnit)
        #expect(line.flags == [.withinTolerance])
    }

    @Test("a percentage of a negative book is a percentage of its size")
    func negativeBook() {
        let line = T.line(unit: "米", book: "-200", counted: "-199", cost: "1")
        #expect(line.tolerance.allowance == T.qty("1"))
        #expect(line.variance == T.qty("1"))
        #expect(line.variancePercent == T.qty("0.5"))
        #expect(line.flags == [.withinTolerance])
    }
}
