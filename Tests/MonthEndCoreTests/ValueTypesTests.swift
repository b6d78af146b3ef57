import Testing

@testable import MonthEndCore

@Suite struct MoneyTests {
    @Test func formatsWithTwoDecimals() {
        #expect(Money(fen: 123_450).description == "1234.50")
        #expect(Money(fen: -300).description == "-3.00")
        #expect(Money(fen: -5).description == "-0.05")
        #expect(Money.zero.description == "0.00")
    }

    @Test func roundsHalfUpAwayFromZero() {
        #expect(Money(roundingHalfUp: Quantity(micros: 12_345_000)).fen == 1235)  // 12.345
        #expect(Money(roundingHalfUp: Quantity(micros: 12_344_999)).fen == 1234)
        #expect(Money(roundingHalfUp: Quantity(micros: -12_345_000)).fen == -1235)
    }

    @Test func sumsExactly() {
        let amounts = Array(repeating: Money(fen: 10), count: 10)
        #expect(amounts.sum() == Money(fen: 100))
    }
}

@Suite struct QuantityTests {
    @Test func dividesExactly() {
        let a = Quantity(micros: 1_100_000)
        let b = Quantity(micros: 100_000)
        #expect(a.divided(by: b) == Quantity(11))
        #expect(a.divided(by: .zero) == nil)
    }

    @Test func multipliesAndRoundsUpToStep() {
        #expect((Quantity(micros: 2_500_000) * Quantity(6)) == Quantity(15))
        #expect(Quantity(micros: 9_100_000).roundedUp(toMultipleOf: Quantity(micros: 500_000)) == Quantity(micros: 9_500_000))
        #expect(Quantity(micros: 9_000_000).roundedUp(toMultipleOf: Quantity(micros: 500_000)) == Quantity(9))
        #expect(Quantity(micros: 10_100_000).roundedUp(toMultipleOf: Quantity(1)) == Quantity(11))
    }

    @Test func printsShortestExactText() {
        #expect(Quantity(micros: 12_500_000).description == "12.5")
        #expect(Quantity(305).description == "305")
        #expect(Quantity(micros: -250_000).description == "-0.25")
        #expect(Quantity(micros: 1).description == "0.000001")
    }
}

@Suite struct LocalDateTests {
    @Test func rejectsDaysThatDoNotExist() {
        #expect(LocalDate(year: 2026, month: 2, day: 30) == nil)
        #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2026, month: 13, day: 1) == nil)
    }

    @Test func excelSerialsAndWeekdays() {
        let d = LocalDate(excelSerial: 46300)!
        #expect(d.description == "2026-10-05")
        #expect(d.excelSerial == 46300)
        #expect(d.isoWeekday == 1)  // a Monday
        #expect(LocalDate(year: 2026, month: 11, day: 1)!.isoWeekday == 7)
    }

    @Test func periodBounds() {
        let p = Period("2026-02")!
        #expect(p.lastDay.description == "2026-02-28")
        #expect(Period("2026-12")!.next.description == "2027-01")
        #expect(Period("2026-1") == nil)
        #expect(LocalDate(year: 2026, month: 10, day: 31)!.days(since: LocalDate(year: 2026, month: 9, day: 30)!) == 31)
    }
}

@Suite struct PlainParsingTests {
    @Test func parsesPlainDecimals() {
        #expect(Quantity(plain: "0.5") == Quantity(micros: 500_000))
        #expect(Quantity(plain: "-12") == Quantity(-12))
        #expect(Quantity(plain: "+3.25") == Quantity(micros: 3_250_000))
        #expect(Quantity(plain: "1.2.3") == nil)
        #expect(Quantity(plain: "1,234") == nil)
        #expect(Quantity(plain: "") == nil)
        #expect(Quantity(plain: ".") == nil)
        #expect(Quantity(plain: "0.0000001") == nil)
        #expect(Money(plain: "12.5") == Money(fen: 1250))
        #expect(Money(plain: "0.001") == nil)
    }
}
