/// An exact decimal with six fractional digits, for quantities, weights, prices per unit and unit
/// costs. `1.1 / 0.1` is exactly 11; nothing here goes through binary floating point.
public struct Quantity: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The value in millionths.
    public var micros: Int64

    public static let scale: Int64 = 1_000_000
    public static let fractionDigits = 6

    public init(micros: Int64) { self.micros = micros }
    public init(_ integer: Int) { self.micros = Int64(integer) * Quantity.scale }

    public static let zero = Quantity(micros: 0)

    public var isZero: Bool { micros == 0 }
    public var isNegative: Bool { micros < 0 }
    public var magnitude: Quantity { Quantity(micros: micros < 0 ? -micros : micros) }

    /// Shortest exact decimal text: "12.5", "305", "-0.25".
    public var description: String {
        let magnitude = micros.magnitude
        let whole = magnitude / UInt64(Quantity.scale)
        var fraction = magnitude % UInt64(Quantity.scale)
        var text = (micros < 0 ? "-" : "") + String(whole)
        if fraction != 0 {
            var digits = Quantity.fractionDigits
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            let raw = String(fraction)
            text += "." + String(repeating: "0", count: digits - raw.count) + raw
        }
        return text
    }

    /// Only for handing to the spreadsheet writer.
    public var doubleValue: Double { Double(micros) / Double(Quantity.scale) }

    public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.micros < rhs.micros }
    public static func + (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(micros: lhs.micros + rhs.micros) }
    public static func - (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(micros: lhs.micros - rhs.micros) }
    public static prefix func - (value: Quantity) -> Quantity { Quantity(micros: -value.micros) }
    public static func += (lhs: inout Quantity, rhs: Quantity) { lhs.micros += rhs.micros }
    public static func -= (lhs: inout Quantity, rhs: Quantity) { lhs.micros -= rhs.micros }

    /// Exact product, rounded half up to six decimals.
    public static func * (lhs: Quantity, rhs: Quantity) -> Quantity {
        Quantity(micros: Int64(divideRoundingHalfUp(Int128(lhs.micros) * Int128(rhs.micros), by: Int128(scale))))
    }

    /// Quotient rounded half up to six decimals; nil when dividing by zero.
    public func divided(by divisor: Quantity) -> Quantity? {
        guard divisor.micros != 0 else { return nil }
        return Quantity(
            micros: Int64(Quantity.divideRoundingHalfUp(Int128(micros) * Int128(Quantity.scale), by: Int128(divisor.micros))))
    }

    /// The value rounded half up (away from zero) to `digits` decimals (0...6).
    public func rounded(toDecimals digits: Int) -> Quantity {
        precondition((0...Quantity.fractionDigits).contains(digits))
        var unit: Int64 = 1
        for _ in digits..<Quantity.fractionDigits { unit *= 10 }
        return Quantity(micros: Int64(Quantity.divideRoundingHalfUp(Int128(micros), by: Int128(unit))) * unit)
    }

    /// The smallest multiple of `step` that is not below this value (for weights rounded up to the
    /// rate card's step). A step of zero or less returns the value unchanged.
    public func roundedUp(toMultipleOf step: Quantity) -> Quantity {
        guard step.micros > 0 else { return self }
        let (q, r) = micros.quotientAndRemainder(dividingBy: step.micros)
        let steps = r > 0 ? q + 1 : q
        return Quantity(micros: steps * step.micros)
    }

    /// Integer division of `n` by a positive or negative `d`, rounding half away from zero.
    public static func divideRoundingHalfUp(_ n: Int128, by d: Int128) -> Int128 {
        precondition(d != 0)
        let negative = (n < 0) != (d < 0)
        let an = n < 0 ? -n : n
        let ad = d < 0 ? -d : d
        let (q, r) = an.quotientAndRemainder(dividingBy: ad)
        let rounded = r * 2 >= ad ? q + 1 : q
        return negative ? -rounded : rounded
    }
}
