/// The exact decimal inside an amount or quantity cell once its affixes are gone: optional sign,
/// digits with optional thousands separators, at most one decimal point. Never binary floating point.
struct DecimalText: Sendable, Hashable {
    var isNegative: Bool
    var integerDigits: String
    var fractionDigits: String

    /// Reads `body`, already NFKC-folded and without white space, currency or unit.
    /// `(1,234.50)` and a leading `-` are negative; a leading `+` is allowed.
    static func parse(_ body: String) throws(ValueError) -> DecimalText {
        var text = Substring(body)
        var negative = false
        if text.hasPrefix("("), text.hasSuffix(")"), text.count >= 3 {
            negative = true
            text = text.dropFirst().dropLast()
        }
        if let first = text.first, first == "-" || first == "+" || first == "\u{2212}" {
            if first != "+" { negative.toggle() }
            text = text.dropFirst()
        }
        let dots = text.filter { $0 == "." }.count
        if dots > 1 { throw ValueError("has two decimal points") }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }) else {
            throw ValueError("is not a number")
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let integerPart = parts[0]
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        if fraction.contains(",") { throw ValueError("has a thousands separator after the decimal point") }
        if integerPart.contains(",") {
            let groups = integerPart.split(separator: ",", omittingEmptySubsequences: false)
            guard let head = groups.first, (1...3).contains(head.count),
                groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { throw ValueError("has misplaced thousands separators") }
        }
        let digits = integerPart.filter { $0 != "," }
        if digits.isEmpty && fraction.isEmpty { throw ValueError("is not a number") }
        return DecimalText(isNegative: negative, integerDigits: String(digits), fractionDigits: fraction)
    }

    /// The value scaled to `decimals` places as an integer; nil when a non-zero digit lies beyond
    /// them or the value does not fit.
    func scaled(decimals: Int) -> Int64? {
        let trimmedInteger = integerDigits.drop { $0 == "0" }
        guard trimmedInteger.count <= 18 - decimals else { return nil }
        var fraction = fractionDigits
        if fraction.count > decimals {
            guard fraction.dropFirst(decimals).allSatisfy({ $0 == "0" }) else { return nil }
            fraction = String(fraction.prefix(decimals))
        }
        fraction += String(repeating: "0", count: decimals - fraction.count)
        guard let value = Int64(String(trimmedInteger) + fraction) else { return nil }
        return isNegative ? -value : value
    }
}
