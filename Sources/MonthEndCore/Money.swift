/// An exact amount of money in fen (0.01 yuan). Never a binary floating point number: every total
/// in the workbook must equal the sum of its rows to the fen.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The amount in fen (minor units).
    public var fen: Int64

    public init(fen: Int64) { self.fen = fen }

    public static let zero = Money(fen: 0)

    /// Whole yuan and fen, e.g. `Money(yuan: 12, fen: 5)` is 12.05. Negative yuan gives a negative amount.
    public init(yuan: Int64, fen: Int64 = 0) {
        self.fen = yuan < 0 ? yuan * 100 - fen : yuan * 100 + fen
    }

    /// Rounds an exact decimal half up (away from zero) to the fen.
    public init(roundingHalfUp value: Quantity) {
        self.fen = Int64(Quantity.divideRoundingHalfUp(Int128(value.micros), by: 10_000))
    }

    public var isNegative: Bool { fen < 0 }
    public var isPositive: Bool { fen > 0 }
    public var isZero: Bool { fen == 0 }

    /// The same amount as an exact decimal.
    public var quantity: Quantity { Quantity(micros: fen * 10_000) }

    /// Exactly two decimals, minus sign for negatives, no grouping: "1234.50", "-3.00".
    public var description: String {
        let magnitude = fen.magnitude
        let yuan = magnitude / 100
        let cents = magnitude % 100
        return (fen < 0 ? "-" : "") + String(yuan) + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// The value as a Double, only for handing to the spreadsheet writer (never for arithmetic).
    public var doubleValue: Double { Double(fen) / 100 }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen + rhs.fen) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen - rhs.fen) }
    public static prefix func - (value: Money) -> Money { Money(fen: -value.fen) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.fen += rhs.fen }
    public static func -= (lhs: inout Money, rhs: Money) { lhs.fen -= rhs.fen }

    /// The larger of this amount and zero.
    public var clampedAtZero: Money { fen > 0 ? self : .zero }

    /// `value` x `multiplier`, rounded half up to the fen.
    public static func product(_ value: Quantity, _ multiplier: Quantity) -> Money {
        Money(roundingHalfUp: value * multiplier)
    }
}

extension Sequence where Element == Money {
    /// The exact sum of the amounts.
    public func sum() -> Money { reduce(.zero, +) }
}
