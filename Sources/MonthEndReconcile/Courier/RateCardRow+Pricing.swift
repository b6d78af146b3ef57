extension RateCardRow {
    /// The weight charged for `weight`: rounded up to a multiple of the step, at least the first weight.
    func chargeableWeight(_ weight: Quantity) -> Quantity {
        max(firstWeightKg, weight.roundedUp(toMultipleOf: stepKg))
    }

    /// first_price + (chargeable - first_weight) x additional_price, rounded half up to the fen once,
    /// from the exact product (no intermediate rounding).
    func freight(at weight: Quantity) -> Money {
        let extra = chargeableWeight(weight) - firstWeightKg
        let scale = Int128(Quantity.scale)
        // Both terms in 10^-12 yuan; a fen is 10^10 of those.
        let total = Int128(firstPrice.micros) * scale + Int128(extra.micros) * Int128(additionalPrice.micros)
        let unit: Int128 = 10_000_000_000
        let magnitude = total < 0 ? -total : total
        let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: unit)
        let rounded = remainder * 2 >= unit ? quotient + 1 : quotient
        return Money(fen: Int64(total < 0 ? -rounded : rounded))
    }
}
