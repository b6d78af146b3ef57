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
    /// `parse(_:units:)` on a cell's bytes: plain numbers, in ASCII or full-width forms, are read
    /// from the bytes; units, inner spaces and errors take the general path.
    static func parse(utf8 cell: CellBytes.Bytes, units: [String]) throws(ValueError) -> Quantity? {
        let text = CellBytes.unprotected(cell)
        if text.isEmpty { return nil }
        // Starting with a digit, a cell `DecimalText.scaledFast` reads holds number bytes only:
        // `plainNumber` would give the same, after a scan it can do without.
        if text[0] &- 0x30 < 10, let micros = DecimalText.scaledFast(text, decimals: Quantity.fractionDigits) {
            return Quantity(micros: micros)
        }
        if let quantity = text.allSatisfy(isNumberByte) ? plainNumber(text) : fullWidthNumber(text) {
            return quantity
        }
        return try parse(CellBytes.string(cell), units: units)
    }

    /// Digits and , . ( ) + -: no unit can match and NFKC, lower-casing change nothing.
    @inline(__always)
    private static func isNumberByte(_ byte: UInt8) -> Bool {
        byte >= 0x28 && byte <= 0x39 && byte != 0x2A && byte != 0x2F
    }

    /// The general path's answer for a cell of number bytes only, or nil when it must decide.
    @inline(__always)
    private static func plainNumber(_ text: CellBytes.Bytes) -> Quantity?? {
        if text.count <= 2 && text.allSatisfy({ $0 == UInt8(ascii: "-") }) { return .some(nil) }
        guard let micros = DecimalText.scaledFast(text, decimals: Quantity.fractionDigits) else { return .none }
        return .some(Quantity(micros: micros))
    }

    /// A number written (partly) in full-width forms, `３９．２` (one weight in 40 in courier bills):
    /// U+FF08...U+FF19 are EF BC 88...99, and NFKC makes each the ASCII byte 0x60 below its last
    /// byte. Folded into ASCII, it reads as `plainNumber` reads it; nil for any other cell.
    private static func fullWidthNumber(_ text: CellBytes.Bytes) -> Quantity?? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count) { buffer -> Quantity?? in
            var count = 0
            var index = 0
            let n = text.count
            while index < n {
                var byte = text[index]
                if byte == 0xEF, index + 2 < n, text[index + 1] == 0xBC, (0x88...0x99).contains(text[index + 2]) {
                    byte = text[index + 2] - 0x60
                    index += 3
                } else {
                    index += 1
                }
                guard isNumberByte(byte) else { return nil }
                buffer[count] = byte
                count += 1
            }
            return plainNumber(CellBytes.Bytes(rebasing: buffer[0..<count]))
        }
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
