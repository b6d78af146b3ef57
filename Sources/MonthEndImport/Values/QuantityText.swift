/// Quantities, weights and prices: exact decimals with thousands separators and an optional unit
/// suffix (`12.5kg`, `305米`); prices may carry currency marks (`¥6`, `6元/kg`). Read in the
/// cell's compact form (`CellForm.compact`).
enum QuantityText {
    static let tooPrecise = "has more than six decimals"
    static let priceSuffixes: [[UInt8]] = ["元/kg", "元/公斤", "元/千克"].map { Array($0.utf8) }

    /// `units` as the table keeps them: compared forms, longest first.
    @inline(__always)
    static func parse(utf8 cell: CellBytes.Bytes, units: [String]) throws(ValueError) -> Quantity? {
        // A plain quantity as it stands (`31.4`) is its own compact form.
        if let micros = DecimalText.plain(cell, 0, cell.count, decimals: Quantity.fractionDigits) {
            return Quantity(micros: micros)
        }
        return try written(cell, units: units)
    }

    /// `parse` of any other cell: padding, protections, full-width digits, a unit.
    @inline(never)
    static func written(_ cell: CellBytes.Bytes, units: [String]) throws(ValueError) -> Quantity? {
        let unprotected = CellBytes.unprotected(cell)
        if let micros = DecimalText.plain(unprotected, 0, unprotected.count, decimals: Quantity.fractionDigits) {
            return Quantity(micros: micros)
        }
        return try CellForm.compact.read(cell) { (text) throws(ValueError) -> Quantity? in
            if text.isEmpty || CellBytes.isDashes(text) { return nil }
            var end = text.count
            // A unit is tried only when the text ends in neither a digit nor a bracket.
            if let last = text.last, last &- 0x30 >= 10, last != UInt8(ascii: ")") {
                for unit in units {
                    let unitBytes = Array(unit.utf8)
                    guard text.hasSuffix(unitBytes), text.count > unitBytes.count else { continue }
                    let rest = text.count - unitBytes.count
                    let before = text[rest - 1]
                    if before &- 0x30 < 10 || before == UInt8(ascii: ".") || before == UInt8(ascii: ")") {
                        end = rest
                        break
                    }
                }
            }
            let micros = try DecimalText.scaled(
                text.slice(0, end), decimals: Quantity.fractionDigits, tooPrecise: tooPrecise)
            return Quantity(micros: micros)
        }
    }

    /// A price per unit: currency marks and `元/kg`-style suffixes allowed, six decimals.
    @inline(__always)
    static func parsePrice(utf8 cell: CellBytes.Bytes) throws(ValueError) -> Quantity? {
        try CurrencyText.scaled(
            cell, decimals: Quantity.fractionDigits, tooPrecise: tooPrecise, extraSuffixes: priceSuffixes
        ).map { Quantity(micros: $0) }
    }

    /// `parse(utf8:units:)` of a String's bytes.
    static func parse(_ raw: String, units: [String]) throws(ValueError) -> Quantity? {
        try CellBytes.with(raw) { (cell) throws(ValueError) in try parse(utf8: cell, units: units) }
    }

    /// `parsePrice(utf8:)` of a String's bytes.
    static func parsePrice(_ raw: String) throws(ValueError) -> Quantity? {
        try CellBytes.with(raw) { (cell) throws(ValueError) in try parsePrice(utf8: cell) }
    }
}
