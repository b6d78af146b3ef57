/// Amount cells as the exports write them: `1,234.50`, `¥1,234.50`, `￥1234.5`, `1234.50元`,
/// `RMB 1234.50`, `CNY1234.50`, `(1,234.50)`, `-1234.50`, full-width digits; `-` or empty is none.
enum MoneyText {
    @inline(__always)
    static func parse(utf8 cell: CellBytes.Bytes) throws(ValueError) -> Money? {
        try CurrencyText.scaled(cell, decimals: 2, tooPrecise: "has more than two decimals (fractions of a fen)")
            .map { Money(fen: $0) }
    }

    /// `parse(utf8:)` of a String's bytes.
    static func parse(_ raw: String) throws(ValueError) -> Money? {
        try CellBytes.with(raw) { (cell) throws(ValueError) in try parse(utf8: cell) }
    }
}

/// The number inside a money-like cell, with currency marks (¥ RMB CNY 元) removed, read in the
/// cell's compact form (`CellForm.compact`).
enum CurrencyText {
    static let prefixes: [[UInt8]] = ["¥", "rmb", "cny", "人民币"].map { Array($0.utf8) }
    static let suffixes: [[UInt8]] = ["人民币元", "元", "rmb", "cny"].map { Array($0.utf8) }

    /// nil for an empty cell, `-` or `--`. `extraSuffixes` are tried before the currency's own.
    @inline(__always)
    static func scaled(
        _ cell: CellBytes.Bytes, decimals: Int, tooPrecise: String, extraSuffixes: [[UInt8]] = []
    ) throws(ValueError) -> Int64? {
        // A plain amount as it stands (`578.01`, `1,253.34`) is its own compact form.
        if let value = DecimalText.plain(cell, 0, cell.count, decimals: decimals) { return value }
        return try written(cell, decimals: decimals, tooPrecise: tooPrecise, extraSuffixes: extraSuffixes)
    }

    /// `scaled` of any other cell: padding, protections, signs, brackets, currency marks.
    @inline(never)
    static func written(
        _ cell: CellBytes.Bytes, decimals: Int, tooPrecise: String, extraSuffixes: [[UInt8]]
    ) throws(ValueError) -> Int64? {
        let unprotected = CellBytes.unprotected(cell)
        if let value = DecimalText.plain(unprotected, 0, unprotected.count, decimals: decimals) { return value }
        return try CellForm.compact.read(cell) { (text) throws(ValueError) -> Int64? in
            var start = 0
            var end = text.count
            if end == 0 || CellBytes.isDashes(text) { return nil }
            // Every currency word ends in a letter or 元, never in a digit or a bracket.
            if let last = text.last, last &- 0x30 >= 10, last != UInt8(ascii: ")") {
                end -= suffixLength(text, extraSuffixes) ?? suffixLength(text, suffixes) ?? 0
            }
            var negative = false
            if end >= 3, text[0] == UInt8(ascii: "("), text[end - 1] == UInt8(ascii: ")"),
                CellBytes.scalarCount(text.slice(0, end)) >= 3
            {
                negative = true
                start = 1
                end -= 1
            }
            if start < end, text[start] == UInt8(ascii: "-") || text[start] == UInt8(ascii: "+") {
                if text[start] == UInt8(ascii: "-") { negative.toggle() }
                start += 1
            } else if end - start >= 3, text[start] == 0xE2, text[start + 1] == 0x88, text[start + 2] == 0x92 {
                negative.toggle()  // U+2212 minus sign
                start += 3
            }
            // Every currency mark starts with a letter, ¥ or 人, never with a digit.
            if start < end, text[start] &- 0x30 >= 10 {
                let rest = text.slice(start, end)
                if let prefix = prefixes.first(where: { rest.hasPrefix($0) }) { start += prefix.count }
            }
            let value = try DecimalText.scaled(text.slice(start, end), decimals: decimals, tooPrecise: tooPrecise)
            return negative ? -value : value
        }
    }

    /// The length of the first of `suffixes` that ends `text` with something before it.
    private static func suffixLength(_ text: CellBytes.Bytes, _ suffixes: [[UInt8]]) -> Int? {
        for suffix in suffixes
        where text.hasSuffix(suffix) && CellBytes.scalarCount(text) > CellBytes.scalarCount(suffix) {
            return suffix.count
        }
        return nil
    }
}
