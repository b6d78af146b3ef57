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

extension MoneyText {
    /// `parse(_:)` on a cell's bytes: plain amounts, `¥1,234.50`, `(1,234.50)` are read from the
    /// bytes; anything else (full-width digits, 元, RMB, inner spaces, errors) takes the general path.
    static func parse(utf8 cell: CellBytes.Bytes) throws(ValueError) -> Money? {
        switch CurrencyText.scaledFast(cell, decimals: 2) {
        case .value(let fen): return Money(fen: fen)
        case .empty: return nil
        case .undecided: return try parse(CellBytes.string(cell))
        }
    }
}

extension CurrencyText {
    enum FastResult {
        case value(Int64)
        case empty
        /// The general path must read the cell.
        case undecided
    }

    /// `decimal(_:)` then scaling, for cells that hold only ASCII digits, `,` `.` `(` `)` `+` `-`
    /// and a ¥ (U+00A5) or ￥ (U+FFE5, which NFKC makes ¥): on those NFKC, white-space removal,
    /// lower-casing and the suffixes change nothing, so the steps below are the general ones.
    static func scaledFast(_ cell: CellBytes.Bytes, decimals: Int) -> FastResult {
        let text = CellBytes.unprotected(cell)
        let n = text.count
        if n == 0 { return .empty }
        // The common amount (`578.01`, `1,234.50`): starting with a digit, `DecimalText.scaledFast`
        // reads it only if every byte is a digit, `,` or `.`, and then every step below leaves the
        // whole cell to it; so its answer stands without the scan.
        if text[0] &- 0x30 < 10, let value = DecimalText.scaledFast(text, decimals: decimals) { return .value(value) }
        var characters = n
        var index = 0
        while index < n {
            let byte = text[index]
            switch byte {
            case 0x30...0x39, UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "+"), UInt8(ascii: "-"):
                index += 1
            case 0xC2 where index + 1 < n && text[index + 1] == 0xA5:
                index += 2
                characters -= 1
            case 0xEF where index + 2 < n && text[index + 1] == 0xBF && text[index + 2] == 0xA5:
                index += 3
                characters -= 2
            default:
                return .undecided
            }
        }
        if characters <= 2 && text.allSatisfy({ $0 == UInt8(ascii: "-") }) { return .empty }
        var start = 0
        var end = n
        var negative = false
        if characters >= 3, text[0] == UInt8(ascii: "("), text[n - 1] == UInt8(ascii: ")") {
            negative = true
            start = 1
            end -= 1
        }
        if start < end, text[start] == UInt8(ascii: "-") || text[start] == UInt8(ascii: "+") {
            if text[start] == UInt8(ascii: "-") { negative.toggle() }
            start += 1
        }
        if start < end, text[start] == 0xC2 {
            start += 2
        } else if start < end, text[start] == 0xEF {
            start += 3
        }
        let body = CellBytes.slice(text, start, end)
        guard CellBytes.isASCII(body), let value = DecimalText.scaledFast(body, decimals: decimals) else {
            return .undecided
        }
        return .value(negative ? -value : value)
    }
}
