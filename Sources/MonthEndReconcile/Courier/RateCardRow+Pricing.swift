extension RateCardRow {
    /// The weight charged for `weight`. First/additional card: rounded up to a multiple of the
    /// step, at least the first weight. Matrix card: the upper bound of the first band that holds
    /// it; above the last band, that band's bound plus the weight beyond it rounded up to the step
    /// (续重 per started kg).
    func chargeableWeight(_ weight: Quantity) -> Quantity {
        guard let last = bands.last else {
            return max(firstWeightKg, weight.roundedUp(toMultipleOf: stepKg))
        }
        if let band = band(holding: weight) { return band.upToKg }
        return last.upToKg + (weight - last.upToKg).roundedUp(toMultipleOf: stepKg)
    }

    /// First/additional card: first_price + (chargeable - first_weight) x additional_price. Matrix
    /// card: the price of the first band whose upper bound holds the weight, else the last band's
    /// price + (chargeable - its bound) x 续重 (2.3 kg on 0-0.5/0.5-1/1-2 kg bands: the 1-2 kg price
    /// and one started kg). Rounded half up to the fen once, from the exact product (no
    /// intermediate rounding).
    func freight(at weight: Quantity) -> Money {
        let base: Quantity
        let extra: Quantity
        if let last = bands.last {
            if let band = band(holding: weight) {
                base = band.price
                extra = .zero
            } else {
                base = last.price
                extra = chargeableWeight(weight) - last.upToKg
            }
        } else {
            base = firstPrice
            extra = chargeableWeight(weight) - firstWeightKg
        }
        let scale = Int128(Quantity.scale)
        // Both terms in 10^-12 yuan; a fen is 10^10 of those.
        let total = Int128(base.micros) * scale + Int128(extra.micros) * Int128(additionalPrice.micros)
        let unit: Int128 = 10_000_000_000
        let magnitude = total < 0 ? -total : total
        let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: unit)
        let rounded = remainder * 2 >= unit ? quotient + 1 : quotient
        return Money(fen: Int64(total < 0 ? -rounded : rounded))
    }

    /// The first band (by upper bound) that holds `weight`; nil above the last band.
    private func band(holding weight: Quantity) -> WeightBand? {
        bands.first { weight <= $0.upToKg }
    }
}
