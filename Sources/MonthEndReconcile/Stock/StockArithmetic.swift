/// Exact decimal arithmetic the stock-take needs beyond `Quantity`'s own operators: products and
/// ratios rounded once, straight from the exact value, so a figure is never rounded twice.
enum StockArithmetic {
    static let microsPerUnit: Int128 = 1_000_000

    /// `quantity` x `unitCost` rounded half up (away from zero) to the fen, in one rounding.
    static func value(of quantity: Quantity, at unitCost: Quantity) -> Money {
        // micros x micros = 10^-12 yuan; a fen is 10^-2 yuan.
        let exact = Int128(quantity.micros) * Int128(unitCost.micros)
        return Money(fen: Int64(divideRoundingHalfUp(exact, by: 10_000_000_000)))
    }

    /// `numerator / denominator x 100`, rounded half up to two decimals; nil when the denominator is 0,
    /// or when the percentage is too large to hold (a count of millions against a book of 0.000001).
    static func percent(_ numerator: Quantity, of denominator: Quantity) -> Quantity? {
        guard !denominator.isZero else { return nil }
        // Hundredths of a percent: n / d x 100 x 100.
        let hundredths = divideRoundingHalfUp(Int128(numerator.micros) * 10_000, by: Int128(denominator.micros))
        guard let micros = Int64(exactly: hundredths * 10_000) else { return nil }
        return Quantity(micros: micros)
    }

    /// `percent`% of `base`, rounded half up to six decimals (for showing a tolerance; comparisons
    /// use `exceeds(_:percent:of:)`, which does not round).
    static func share(percent: Quantity, of base: Quantity) -> Quantity {
        let exact = Int128(base.micros) * Int128(percent.micros)
        return Quantity(micros: Int64(divideRoundingHalfUp(exact, by: microsPerUnit * 100)))
    }

    /// Whether |variance| is strictly more than `percent`% of |base|, exactly.
    static func exceeds(_ variance: Quantity, percent: Quantity, of base: Quantity) -> Bool {
        let lhs = Int128(variance.magnitude.micros) * microsPerUnit * 100
        let rhs = Int128(base.magnitude.micros) * Int128(percent.magnitude.micros)
        return lhs > rhs
    }

    /// Integer division rounding half away from zero (the one rounding rule of the whole engine).
    static func divideRoundingHalfUp(_ n: Int128, by d: Int128) -> Int128 {
        Quantity.divideRoundingHalfUp(n, by: d)
    }
}
