/// Quantities, weights and prices: exact decimals with thousands separators and an optional unit
/// suffix (`12.5kg`, `305米`); prices may carry currency marks (`¥6`, `6元/kg`).
enum QuantityText {
    static func parse(_ raw: String, units: [String]) throws(ValueError) -> Quantity? {
        var text = CellText.asciiLowercased(CellText.compact(CellText.unprotected(raw)))
        if text.isEmpty || text == "-" || text == "--" { return nil }
        for unit in units.sorted(by: { $0.count > $1.count }) where text.hasSuffix(unit) && text.count > unit.count {
            let rest = text.dropLast(unit.count)
            if let last = rest.last, last.isASCII, last.isNumber || last == "." || last == ")" {
                text = String(rest)
                break
            }
        }
        return try scaled(DecimalText.parse(text))
    }

    /// A price per unit: currency marks and `元/kg`-style suffixes allowed, six decimals.
    static func parsePrice(_ raw: String) throws(ValueError) -> Quantity? {
        guard let decimal = try CurrencyText.decimal(raw, extraSuffixes: ["元/kg", "元/公斤", "元/千克"]) else {
            return nil
        }
        return try scaled(decimal)
    }

    private static func scaled(_ decimal: DecimalText) throws(ValueError) -> Quantity {
        guard let micros = decimal.scaled(decimals: Quantity.fractionDigits) else {
            throw ValueError(
                decimal.fractionDigits.count > Quantity.fractionDigits ? "has more than six decimals" : "is too large")
        }
        return Quantity(micros: micros)
    }
}
