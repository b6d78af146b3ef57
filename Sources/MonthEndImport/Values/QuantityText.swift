/// Quantities, weights and prices: exact decimals with thousands separators and an optional unit
/// suffix (`12.5kg`, `305米`); prices may carry currency marks (`¥6`, `6元/kg`).
enum QuantityText {
    static func parse(_ raw: String, units: [String]) throws(ValueError) -> Quantity? {
        var text = CellText.asciiLowercased(CellText.compact(CellText.unprotected(raw)))
        if text.isEmpty || text == "-" || text == "--" { return nil }
        // `units` longest first (the table keeps them so), tried only when the text ends in a letter.
        if let last = text.utf8.last, !(last >= 0x30 && last <= 0x39) && last != UInt8(ascii: ")") {
            for unit in units where text.hasSuffix(unit) && text.utf8.count > unit.utf8.count {
                let rest = text.utf8.dropLast(unit.utf8.count)
                if let end = rest.last,
                    (end >= 0x30 && end <= 0x39) || end == UInt8(ascii: ".") || end == UInt8(ascii: ")")
                {
                    text = String(decoding: rest, as: UTF8.self)
                    break
                }
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
