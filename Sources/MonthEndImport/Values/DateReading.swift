import MonthEndCore

/// What one file's dates need beyond their own text, and what they have shown so far: the run's
/// period, which gives dates written without a year their year, and the file's order of month and
/// day for dates with the year last (`10/13/2026`), decided by the first value that can only be
/// read one way. Later values are read in that order; one that can only be read the other way is
/// refused with the value that decided.
final class DateReading {
    enum Order: String, Sendable {
        case monthFirst = "month-first"
        case dayFirst = "day-first"
    }

    /// The problem of a year-last date that reads both ways while the file's order is not known
    /// yet: its row waits for the order (`FileMapper`), it is not a rejection.
    static let orderUnknown = "reads both month-first and day-first"

    let period: Period?
    private(set) var order: Order?
    /// The value that decided the order, as written.
    private(set) var orderEvidence = ""
    /// Dates without a year read, per year taken.
    private(set) var yearsTaken: [Int: Int] = [:]
    /// Dates without a year met with no period to take the year from.
    private(set) var withoutPeriod = 0

    init(period: Period?) { self.period = period }

    /// The year of a date written without one: the period's, or the neighbouring period's when
    /// the month is one month away (a December date in a January run is the year before). A date
    /// further from the period is refused: its year is not guessed.
    func year(month: Int, day: Int) throws(ValueError) -> Int {
        guard let period else {
            withoutPeriod += 1
            throw ValueError(
                "has no year; give the period (--period YYYY-MM) so the year can be taken from it",
                zh: "没有年份；请指定结账月份（--period YYYY-MM），年份取自该月份")
        }
        guard (1...12).contains(month) else { throw ValueError("is a date that does not exist") }
        if let year = Self.year(month: month, period: period) {
            yearsTaken[year, default: 0] += 1
            return year
        }
        throw ValueError(
            "has no year and is more than one month from the period \(period): its year is not guessed",
            zh: "没有年份，且与结账月份 \(period) 相差超过一个月：不猜测年份")
    }

    /// The year of `month` (1-12) within one month of `period`; nil further away.
    static func year(month: Int, period: Period) -> Int? {
        let periodMonths = period.year * 12 + period.month
        return [period.year, period.year - 1, period.year + 1].first { abs($0 * 12 + month - periodMonths) <= 1 }
    }

    /// Month and day of a year-last date written `first/second/year`, in the file's order.
    func monthAndDay(_ first: Int, _ second: Int, text: String) throws(ValueError) -> (month: Int, day: Int) {
        let only: Order? =
            first > 12 && second <= 12 ? .dayFirst : second > 12 && first <= 12 ? .monthFirst : nil
        if let only {
            if order == nil {
                order = only
                orderEvidence = text
            } else if order != only {
                throw ValueError(
                    "can only be read \(only.rawValue), but the file's dates are \(order!.rawValue) (\(orderEvidence))",
                    zh: "只能按\(only.chinese)读，但本文件的日期是\(order!.chinese)（\(orderEvidence)）")
            }
        } else if first != second, first <= 12, second <= 12, order == nil {
            throw ValueError(Self.orderUnknown)
        }
        return (order ?? .monthFirst) == .monthFirst ? (first, second) : (second, first)
    }
}

extension DateReading.Order {
    var chinese: String { self == .monthFirst ? "月在前" : "日在前" }
}
