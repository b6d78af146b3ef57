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

extension QuantityText {
    /// `parse(_:units:)` on a cell's bytes: plain ASCII numbers are read from the bytes; units,
    /// full-width digits, inner spaces and errors take the general path.
    static func parse(utf8 cell: CellBytes.Bytes, units: [String]) throws(ValueError) -> Quantity? {
        let text = CellBytes.unprotected(cell)
        if text.isEmpty { return nil }
        // Only digits and , . ( ) + -: no unit can match and NFKC, lower-casing change nothing.
        if text.allSatisfy({ ($0 >= 0x28 && $0 <= 0x39 && $0 != 0x2A && $0 != 0x2F) }) {
            if text.allSatisfy({ $0 == UInt8(ascii: "-") }) && text.count <= 2 { return nil }
            if let micros = DecimalText.scaledFast(text, decimals: Quantity.fractionDigits) {
                return Quantity(micros: micros)
            }
        }
        return try parse(CellBytes.string(cell), units: units)
    }

    /// `parsePrice(_:)` on a cell's bytes, with the money reader's fast path.
    static func parsePrice(utf8 cell: CellBytes.Bytes) throws(ValueError) -> Quantity? {
        switch CurrencyText.scaledFast(cell, decimals: Quantity.fractionDigits) {
        case .value(let micros): return Quantity(micros: micros)
        case .empty: return nil
        case .undecided: return try parsePrice(CellBytes.string(cell))
        }
    }
}
