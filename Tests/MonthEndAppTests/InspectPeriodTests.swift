import Foundation
import Testing

/// `monthend inspect --period`: a bill whose dates have no year (顺丰's `10-01`) is read with the
/// period's year and says so; without the period its rows wait for it and the file says so.
@Suite struct InspectPeriodTests {
    static let bill = "Fixtures/real-exports/couriers/顺丰_月结账单明细_202610.csv"

    @Test func thePeriodGivesYearLessDatesTheirYearAndInspectSaysWhich() throws {
        let result = try MonthEndCLI.run(["inspect", "--period", "2026-10", Self.bill])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  rows: 22 = 18 accepted + 4 skipped + 0 rejected\n"))
        #expect(
            result.stdout.contains(
                "  note: 18 dates have no year (such as 10-01 or 10月1日): the year 2026 was taken from the period 2026-10\n"
            ))
    }

    @Test func withoutThePeriodTheFileSaysItNeedsOne() throws {
        let result = try MonthEndCLI.run(["inspect", Self.bill])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  rows: 22 = 0 accepted + 4 skipped + 18 rejected\n"))
        #expect(
            result.stdout.contains(
                "  note: 18 dates have no year: give the period (--period YYYY-MM) so their year can be taken from it\n"
            ))
    }

    @Test func aPeriodThatIsNoMonthIsWrongUsage() throws {
        let result = try MonthEndCLI.run(["inspect", "--period", "2026-13", Self.bill])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--period must be YYYY-MM, such as 2026-10"))
    }
}
