import Testing

@testable import MonthEndImport

@Suite struct ValueParsingTests {
    // MARK: Identifiers

    @Test(arguments: [
        ("=\"0012345\"", "0012345"),
        ("'0012345", "0012345"),
        ("`0012345", "0012345"),
        ("\t0012345", "0012345"),
        ("0012345\t", "0012345"),
        ("  0012345  ", "0012345"),
        ("773012345678.0", "773012345678"),
        ("773012345678.00", "773012345678"),
        ("SF1234567890123", "SF1234567890123"),
        ("０１２３", "0123"),
    ])
    func identifiersUndoExcelsProtections(_ raw: String, _ id: String) throws {
        #expect(try IdentifierText.parse(raw) == id)
    }

    @Test func anEmptyIdentifierIsNone() throws {
        #expect(try IdentifierText.parse("") == nil)
        #expect(try IdentifierText.parse(" \t ") == nil)
        #expect(try IdentifierText.parse("=\"\"") == nil)
    }

    @Test(arguments: ["7.73012E+11", "4.00123E+27", "7.73012e+11", "1E10"])
    func scientificIdentifiersAreRefusedWithAdvice(_ raw: String) {
        #expect(
            throws: ValueError(
                "is in scientific notation: Excel turned the ID into a number and digits were lost; "
                    + "format the column as Text in Excel before saving, or export CSV directly from the portal")
        ) { try IdentifierText.parse(raw) }
    }

    // MARK: Amounts

    @Test(
        arguments: [
            ("1234.5", 123_450), ("1,234.50", 123_450), ("¥1,234.50", 123_450), ("￥1234.5", 123_450),
            ("1234.50元", 123_450), ("RMB 1234.50", 123_450), ("CNY1234.50", 123_450), ("(1,234.50)", -123_450),
            ("-1234.50", -123_450), ("１２３４．５０", 123_450), ("（１,２３４.５０）", -123_450), ("－１２０", -12_000),
            ("+10000.00", 1_000_000), ("0", 0), ("12", 1200), ("0.01", 1), (".5", 50), ("1,234,567.89", 123_456_789),
            ("¥-12.00", -1200), ("-¥12.00", -1200), ("12.000", 1200), ("\t 45.00 \t", 4500), ("=\"45.00\"", 4500),
        ] as [(String, Int64)])
    func amountsReadExactly(_ raw: String, _ fen: Int64) throws {
        #expect(try MoneyText.parse(raw) == Money(fen: fen))
    }

    @Test(arguments: ["", "-", "--", "  "])
    func aDashOrNothingIsNoAmount(_ raw: String) throws {
        #expect(try MoneyText.parse(raw) == nil)
    }

    @Test(arguments: [
        ("6.0.0", "has two decimal points"), ("1.2.3元", "has two decimal points"), ("约3元", "is not a number"),
        ("12,34.5", "has misplaced thousands separators"), ("abc", "is not a number"),
        ("1.005", "has more than two decimals (fractions of a fen)"),
        ("1.2,3", "has a thousands separator after the decimal point"),
    ])
    func badAmountsAreRefused(_ raw: String, _ problem: String) {
        #expect(throws: ValueError(problem)) { try MoneyText.parse(raw) }
    }

    // MARK: Dates

    @Test(arguments: [
        "2026-10-05", "2026/10/05", "2026/10/5", "2026.10.05", "20261005", "2026年10月5日", "2026年10月05日",
        "2026-10-05 14:23:01", "2026/10/5  14:23", "2026-10-05T14:23:01", "2026年10月5日 14:23:01", "46300",
        "46300.5", "\t2026-10-05\t", "２０２６年１０月５日", "2026.10.5", "2026-10-05 14:23:01.250",
    ])
    func datesInEveryForm(_ raw: String) throws {
        #expect(try DateText.parse(raw) == LocalDate(year: 2026, month: 10, day: 5))
    }

    @Test func anEmptyDateIsNone() throws {
        #expect(try DateText.parse("") == nil)
    }

    @Test(arguments: [
        ("2026-02-30", "is a date that does not exist"), ("2026-10-32", "is a date that does not exist"),
        ("20261305", "is a date that does not exist"), ("2026年2月29日", "is a date that does not exist"),
        ("2026-10", "is not a date"), ("10/05/2026", "is not a date"), ("2026-10-05 25h", "is not a date"),
        ("2026-10-05x", "is not a date"), ("next monday", "is not a date"), ("60", "is not a date"),
    ])
    func badDatesAreRefused(_ raw: String, _ problem: String) {
        #expect(throws: ValueError(problem)) { try DateText.parse(raw) }
    }

    // MARK: Quantities

    @Test(
        arguments: [
            ("12.5kg", 12_500_000), ("305米", 305_000_000), ("2,593.60", 2_593_600_000), ("45,262.40", 45_262_400_000),
            ("1.1", 1_100_000), ("0.000001", 1), ("12.5 KG", 12_500_000), ("3公斤", 3_000_000), ("-2", -2_000_000),
            ("１２．５", 12_500_000), ("10卷", 10_000_000),
        ] as [(String, Int64)])
    func quantitiesReadExactly(_ raw: String, _ micros: Int64) throws {
        #expect(try QuantityText.parse(raw, units: MappingFixture.table.quantityUnits) == Quantity(micros: micros))
    }

    @Test func quantitiesAreExactDecimals() throws {
        let units = MappingFixture.table.quantityUnits
        let eleven = try #require(try QuantityText.parse("1.1", units: units))
            .divided(by: try #require(try QuantityText.parse("0.1", units: units)))
        #expect(eleven == Quantity(11))
    }

    @Test(arguments: [
        ("约3kg", "is not a number"), ("1.2.3", "has two decimal points"), ("1.0000001", "has more than six decimals"),
    ])
    func badQuantitiesAreRefused(_ raw: String, _ problem: String) {
        #expect(throws: ValueError(problem)) { try QuantityText.parse(raw, units: MappingFixture.table.quantityUnits) }
    }

    @Test func pricesTakeCurrencyMarks() throws {
        #expect(try QuantityText.parsePrice("6元/kg") == Quantity(6))
        #expect(try QuantityText.parsePrice("¥385.37") == Quantity(micros: 385_370_000))
        #expect(try QuantityText.parsePrice("") == nil)
    }

    // MARK: Yes/no and terms

    @Test(arguments: [
        ("是", true), ("否", false), ("Y", true), ("n", false), ("yes", true), ("NO", false), ("true", true),
        ("False", false), ("1", true), ("0", false), ("√", true), ("×", false), (" 是 ", true),
    ])
    func yesNo(_ raw: String, _ value: Bool) throws {
        let table = MappingFixture.table
        #expect(try YesNoText.parse(raw, yes: table.yesWords, no: table.noWords) == value)
    }

    @Test func yesNoRefusesOtherWords() throws {
        let table = MappingFixture.table
        #expect(try YesNoText.parse("", yes: table.yesWords, no: table.noWords) == nil)
        #expect(throws: ValueError("is not yes or no (是/否, Y/N, yes/no, true/false, 1/0, √/×)")) {
            try YesNoText.parse("看情况", yes: table.yesWords, no: table.noWords)
        }
    }

    @Test(arguments: [
        ("30", PaymentTerms.days(30)), ("30天", .days(30)), ("月结30天", .endOfMonthPlus(30)),
        ("月结30", .endOfMonthPlus(30)), ("６０天", .days(60)), (" 45 ", .days(45)),
    ])
    func terms(_ raw: String, _ terms: PaymentTerms) throws {
        #expect(try TermsText.parse(raw) == terms)
    }

    @Test(arguments: ["票到60天", "30-60", "约30天", "天"])
    func unreadableTermsAreRefused(_ raw: String) {
        #expect(throws: ValueError("is not payment terms MonthEnd reads (30, 30天, 月结30天, 月结30)")) {
            try TermsText.parse(raw)
        }
    }
}
