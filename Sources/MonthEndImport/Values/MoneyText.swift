/// Amount cells as the exports write them: `1,234.50`, `¥1,234.50`, `￥1234.5`, `1234.50元`,
/// `RMB 1234.50`, `CNY1234.50`, `(1,234.50)`, `-1234.50`, full-width digits; `-` or empty is none.
enum MoneyText {
    static func parse(_ raw: String) throws(ValueError) -> Money? {
        guard let decimal = try CurrencyText.decimal(raw) else { return nil }
        guard let fen = decimal.scaled(decimals: 2) else {
            throw ValueError(
                decimal.fractionDigits.count > 2 ? "has more than two decimals (fractions of a fen)" : "is too large")
        }
        return Money(fen: fen)
    }
}

/// The number inside a money-like cell, with currency marks (¥ RMB CNY 元) removed.
enum CurrencyText {
    static let prefixes = ["¥", "rmb", "cny", "人民币"]
    static let suffixes = ["人民币元", "元", "rmb", "cny"]

    /// nil for an empty cell, `-` or `--`.
    static func decimal(_ raw: String, extraSuffixes: [String] = []) throws(ValueError) -> DecimalText? {
        var text = CellText.asciiLowercased(CellText.compact(CellText.unprotected(raw)))
        if text.isEmpty || text == "-" || text == "--" { return nil }
        for suffix in extraSuffixes + suffixes where text.hasSuffix(suffix) && text.count > suffix.count {
            text.removeLast(suffix.count)
            break
        }
        var negative = false
        if text.hasPrefix("("), text.hasSuffix(")"), text.count >= 3 {
            negative = true
            text = String(text.dropFirst().dropLast())
        }
        if let first = text.first, first == "-" || first == "+" || first == "\u{2212}" {
            if first != "+" { negative.toggle() }
            text.removeFirst()
        }
        for prefix in prefixes where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
            break
        }
        var decimal = try DecimalText.parse(text)
        if negative { decimal.isNegative.toggle() }
        return decimal
    }
}
