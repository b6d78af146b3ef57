/// A calendar date (and time of day, when the cell's format shows one) read from a serial number
/// under a date format. Local: no time zone.
public struct SheetDate: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    /// Seconds since midnight, when the format shows a time.
    public let secondsOfDay: Int?

    public init(year: Int, month: Int, day: Int, secondsOfDay: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.secondsOfDay = secondsOfDay
    }

    /// Excel's two date systems: serial 1 is 1900-01-01 (with Lotus's 1900-02-29 as serial 60), or
    /// serial 0 is 1904-01-01 (`<workbookPr date1904="1"/>`, old Mac workbooks).
    public enum System: Sendable, Equatable {
        case from1900
        case from1904
    }

    /// `2026-10-05`, or `2026-10-05 14:23:01` with a time: what the CSV date reader takes.
    public var description: String {
        var text: [UInt8] = []
        appendText(to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends `description`'s bytes (the row texts write dates without a String).
    func appendText(to text: inout some RangeReplaceableCollection<UInt8>) {
        Self.append(year, width: 4, to: &text)
        text.append(UInt8(ascii: "-"))
        Self.append(month, width: 2, to: &text)
        text.append(UInt8(ascii: "-"))
        Self.append(day, width: 2, to: &text)
        guard let secondsOfDay else { return }
        text.append(UInt8(ascii: " "))
        Self.appendTime(secondsOfDay, to: &text)
    }

    static func timeText(_ seconds: Int) -> String {
        var text: [UInt8] = []
        appendTime(seconds, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    private static func appendTime(_ seconds: Int, to text: inout some RangeReplaceableCollection<UInt8>) {
        append(seconds / 3600, width: 2, to: &text)
        text.append(UInt8(ascii: ":"))
        append(seconds / 60 % 60, width: 2, to: &text)
        text.append(UInt8(ascii: ":"))
        append(seconds % 60, width: 2, to: &text)
    }

    /// The decimal digits of `value`, zeros in front up to `width`.
    private static func append(_ value: Int, width: Int, to text: inout some RangeReplaceableCollection<UInt8>) {
        let digits = String(value).utf8
        text.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(0, width - digits.count)))
        text.append(contentsOf: digits)
    }

    /// The date of a serial; nil for a serial that names no day (negative, 1900's serial 0 and 60,
    /// after 9999-12-31). The fraction is rounded to the second; `withTime` keeps it.
    init?(serial number: StoredNumber, system: System, withTime: Bool) {
        guard let (whole, numerator, fractionDigits) = number.wholeAndFraction else { return nil }
        var days = whole
        var seconds = 0
        if numerator > 0 {
            var denominator: UInt64 = 1
            for _ in 0..<fractionDigits { denominator *= 10 }
            seconds = Int((numerator * 86_400 + denominator / 2) / denominator)
        }
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        // Days since 1970-01-01 of the serial's day.
        let unixDays: Int
        switch system {
        case .from1900:
            guard days >= 1, days != 60 else { return nil }
            unixDays = days - (days < 60 ? 25_568 : 25_569)
        case .from1904:
            unixDays = days - 24_107
        }
        guard unixDays <= 2_932_896 else { return nil }  // 9999-12-31
        let (y, m, d) = Self.civil(fromUnixDays: unixDays)
        self.init(year: y, month: m, day: d, secondsOfDay: withTime ? seconds : nil)
    }

    /// The time of day of a serial's fraction, rounded to the second.
    static func secondsOfDay(serial number: StoredNumber) -> Int? {
        guard let (_, numerator, fractionDigits) = number.wholeAndFraction else { return nil }
        var denominator: UInt64 = 1
        for _ in 0..<fractionDigits { denominator *= 10 }
        return Int((numerator * 86_400 + denominator / 2) / denominator) % 86_400
    }

    /// Howard Hinnant's days-to-civil: proleptic Gregorian, exact for any day count.
    static func civil(fromUnixDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
