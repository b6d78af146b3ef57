/// The exact decimal inside an amount or quantity cell once its affixes are gone: optional sign,
/// digits with optional thousands separators, at most one decimal point. Never binary floating point.
struct DecimalText: Sendable, Hashable {
    var isNegative: Bool
    var integerDigits: [UInt8]
    var fractionDigits: [UInt8]

    /// Reads `body`, already NFKC-folded and without white space, currency or unit.
    /// `(1,234.50)` and a leading `-` are negative; a leading `+` is allowed.
    static func parse(_ body: String) throws(ValueError) -> DecimalText {
        var bytes = Array(body.utf8)[...]
        var negative = false
        if bytes.count >= 3, bytes.first == UInt8(ascii: "("), bytes.last == UInt8(ascii: ")") {
            negative = true
            bytes = bytes.dropFirst().dropLast()
        }
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            if first == UInt8(ascii: "-") { negative.toggle() }
            bytes = bytes.dropFirst()
        } else if bytes.starts(with: [0xE2, 0x88, 0x92]) {  // U+2212 minus sign
            negative.toggle()
            bytes = bytes.dropFirst(3)
        }
        let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        if bytes.filter({ $0 == dot }).count > 1 { throw ValueError("has two decimal points") }
        guard !bytes.isEmpty, bytes.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == comma || $0 == dot }) else {
            throw ValueError("is not a number")
        }
        let integerPart = bytes.prefix { $0 != dot }
        let fraction = Array(bytes.dropFirst(integerPart.count + 1))
        if fraction.contains(comma) { throw ValueError("has a thousands separator after the decimal point") }
        if integerPart.contains(comma) {
            let groups = integerPart.split(separator: comma, omittingEmptySubsequences: false)
            guard let head = groups.first, (1...3).contains(head.count),
                groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { throw ValueError("has misplaced thousands separators") }
        }
        let digits = integerPart.filter { $0 != comma }
        if digits.isEmpty && fraction.isEmpty { throw ValueError("is not a number") }
        return DecimalText(isNegative: negative, integerDigits: digits, fractionDigits: fraction)
    }

    /// The value scaled to `decimals` places as an integer; nil when a non-zero digit lies beyond
    /// them or the value does not fit.
    func scaled(decimals: Int) -> Int64? {
        let significant = integerDigits.drop { $0 == UInt8(ascii: "0") }
        guard significant.count <= 18 - decimals else { return nil }
        if fractionDigits.count > decimals,
            fractionDigits.dropFirst(decimals).contains(where: { $0 != UInt8(ascii: "0") })
        {
            return nil
        }
        var value: Int64 = 0
        for digit in significant { value = value * 10 + Int64(digit - 0x30) }
        for place in 0..<decimals {
            let digit = place < fractionDigits.count ? Int64(fractionDigits[place] - 0x30) : 0
            value = value * 10 + digit
        }
        return isNegative ? -value : value
    }
}
