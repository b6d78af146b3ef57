import Testing

@testable import MonthEndImport

/// Dates without a year take the period's year, or the neighbouring period's one month away;
/// year-last dates are read in the order of month and day their file's values decide.
@Suite struct DatesWithoutYearTests {
    static let header = ["运单号码", "日期", "应付金额"]

    static func bill(_ dates: [String]) -> [[String]] {
        [header] + dates.enumerated().map { ["SF\($0.offset + 1)", $0.element, "10.00"] }
    }

    @Test func theYearIsThePeriodsOrOneMonthAwayTheNeighbouringPeriods() throws {
        let (report, inputs) = try CourierFixture.map(Self.bill(["10-01", "10月5日", "10/31", "09-30", "11月1日"]))
        #expect(report.rejected == 0)
        #expect(
            inputs.billLines.map(\.shipDate) == [
                CourierFixture.date(2026, 10, 1), CourierFixture.date(2026, 10, 5), CourierFixture.date(2026, 10, 31),
                CourierFixture.date(2026, 9, 30), CourierFixture.date(2026, 11, 1),
            ])
        #expect(
            report.notes == [
                "5 dates have no year (such as 10-01 or 10月1日): the year 2026 was taken from the period 2026-10"
            ])
    }

    @Test func aDecemberDateInAJanuaryRunIsTheYearBefore() throws {
        let (report, inputs) = try CourierFixture.map(
            Self.bill(["12-30", "01-02", "12月31日"]), period: Period(year: 2027, month: 1))
        #expect(
            inputs.billLines.map(\.shipDate) == [
                CourierFixture.date(2026, 12, 30), CourierFixture.date(2027, 1, 2), CourierFixture.date(2026, 12, 31),
            ])
        #expect(
            report.notes == [
                "3 dates have no year (such as 10-01 or 10月1日): the years 2026 (2) and 2027 (1) were taken from the period 2027-01"
            ])
        // And a January date in a December run is the year after.
        let (_, december) = try CourierFixture.map(Self.bill(["01-03"]), period: Period(year: 2026, month: 12))
        #expect(december.billLines.map(\.shipDate) == [CourierFixture.date(2027, 1, 3)])
    }

    @Test func aDateMoreThanOneMonthFromThePeriodIsNotGuessed() throws {
        let (report, inputs) = try CourierFixture.map(Self.bill(["10-02", "08-15", "12月1日"]))
        #expect(inputs.billLines.count == 1)
        #expect(
            MappingFixture.rejections(report) == [
                "3:2: ship_date \"08-15\" has no year and is more than one month from the period 2026-10: its year is not guessed",
                "4:2: ship_date \"12月1日\" has no year and is more than one month from the period 2026-10: its year is not guessed",
            ])
        #expect(report.rejections[0].reasonZH == "日期“08-15”没有年份，且与结账月份 2026-10 相差超过一个月：不猜测年份")
    }

    @Test func withoutAPeriodTheFileSaysItNeedsOne() throws {
        let (report, inputs) = try CourierFixture.map(Self.bill(["10-01", "2026-10-02"]), period: nil)
        #expect(inputs.billLines.map(\.shipDate) == [CourierFixture.date(2026, 10, 2)])
        #expect(
            MappingFixture.rejections(report) == [
                "2:2: ship_date \"10-01\" has no year; give the period (--period YYYY-MM) so the year can be taken from it"
            ])
        #expect(
            report.notes == [
                "1 date has no year: give the period (--period YYYY-MM) so their year can be taken from it"
            ])
    }

    @Test func aValueThatReadsOneWayDecidesTheOrderAndEarlierRowsWaitForIt() throws {
        // 10/1/2026 and 11/1/2026 read both ways; 10/13/2026 can only be month-first.
        let (report, inputs) = try CourierFixture.map(Self.bill(["10/1/2026", "11/1/2026", "10/13/2026", "10/2/2026"]))
        #expect(report.accepted == 4)
        #expect(inputs.billLines.map(\.waybill) == ["SF1", "SF2", "SF3", "SF4"])
        #expect(
            inputs.billLines.map(\.shipDate) == [
                CourierFixture.date(2026, 10, 1), CourierFixture.date(2026, 11, 1), CourierFixture.date(2026, 10, 13),
                CourierFixture.date(2026, 10, 2),
            ])
        #expect(report.notes == ["dates with the year last are month-first: 10/13/2026 can only be read so"])
    }

    @Test func dayFirstFilesAreReadDayFirstAndAValueTheOtherWayIsRejected() throws {
        let (report, inputs) = try CourierFixture.map(Self.bill(["1/10/2026", "25/10/2026", "10/13/2026", "5/5/2026"]))
        #expect(
            inputs.billLines.map(\.shipDate) == [
                CourierFixture.date(2026, 10, 1), CourierFixture.date(2026, 10, 25), CourierFixture.date(2026, 5, 5),
            ])
        #expect(
            MappingFixture.rejections(report) == [
                "4:2: ship_date \"10/13/2026\" can only be read month-first, but the file's dates are day-first (25/10/2026)"
            ])
    }

    @Test func aFileWhoseEveryDateReadsBothWaysIsRefused() {
        let error = MappingFixture.error {
            _ = try CourierFixture.map(Self.bill(["10/1/2026", "11/2/2026", "3/3/2026"]))
        }
        #expect(error?.code == .ambiguousDates)
        #expect(error?.line == 2)
        #expect(error?.column == 2)
        #expect(
            error?.message
                == "every date of this file with the year last reads both month-first and day-first (10/1/2026 is one of 2): the order of month and day cannot be told, and is not guessed"
        )
    }
}
