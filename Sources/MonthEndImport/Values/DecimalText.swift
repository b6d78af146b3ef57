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

extension DecimalText {
    /// `parse(_:)` then `scaled(decimals:)` straight from ASCII bytes, with no arrays made: the
    /// value, or nil when the general path must decide (any error, a non-ASCII byte, a value that
    /// does not scale). Gives what the general path gives wherever it answers.
    static func scaledFast(_ bytes: CellBytes.Bytes, decimals: Int) -> Int64? {
        if let value = plainScaled(bytes, decimals: decimals) { return value }
        var start = 0
        var end = bytes.count
        var negative = false
        if end >= 3, bytes[0] == UInt8(ascii: "("), bytes[end - 1] == UInt8(ascii: ")") {
            negative = true
            start = 1
            end -= 1
        }
        if start < end, bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "+") {
            if bytes[start] == UInt8(ascii: "-") { negative.toggle() }
            start += 1
        }
        guard start < end else { return nil }
        var integer: Int64 = 0
        var significant = 0
        var sawDigit = false
        var groupLength = 0
        var groups = 0  // thousands separators seen
        var index = start
        // Wrapping arithmetic is exact here: at most 18 - `decimals` significant integer digits and
        // `decimals` fraction digits are kept, so every value stays below 10^18.
        // Integer part: digits with optional separators, every group after the first of three.
        while index < end {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                if significant > 0 || byte != 0x30 { significant += 1 }
                if significant > 18 - decimals { return nil }
                integer = integer &* 10 &+ Int64(byte &- 0x30)
                sawDigit = true
                groupLength += 1
            } else if byte == UInt8(ascii: ",") {
                if groups == 0 ? !(1...3).contains(groupLength) : groupLength != 3 { return nil }
                groups += 1
                groupLength = 0
            } else if byte == UInt8(ascii: ".") {
                break
            } else {
                return nil
            }
            index += 1
        }
        if groups > 0 && groupLength != 3 { return nil }
        var fraction: Int64 = 0
        var fractionDigits = 0
        if index < end {
            index += 1  // the decimal point
            while index < end {
                let byte = bytes[index]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                if fractionDigits < decimals {
                    fraction = fraction &* 10 &+ Int64(byte &- 0x30)
                } else if byte != 0x30 {
                    return nil
                }
                fractionDigits += 1
                index += 1
            }
            if !sawDigit && fractionDigits == 0 { return nil }
        }
        var value = integer
        for _ in 0..<decimals { value = value &* 10 }
        var scale: Int64 = 1
        for _ in min(fractionDigits, decimals)..<decimals { scale = scale &* 10 }
        value = value &+ fraction &* scale
        return negative ? -value : value
    }

    /// The common cell, `642.23` or `31.4` (digits, then maybe a point and at most `decimals`
    /// digits), with none of the sign, bracket and separator bookkeeping; nil for anything else.
    /// At most 18 - `decimals` integer digits, so the wrapping arithmetic stays below 10^18.
    @inline(__always)
    private static func plainScaled(_ bytes: CellBytes.Bytes, decimals: Int) -> Int64? {
        guard let p = bytes.baseAddress else { return nil }
        let n = bytes.count
        var index = 0
        var integer: Int64 = 0
        while index < n {
            let digit = p[index] &- 0x30
            guard digit < 10 else { break }
            integer = integer &* 10 &+ Int64(digit)
            index += 1
        }
        guard index > 0, index <= 18 - decimals else { return nil }
        var fraction: Int64 = 0
        var fractionDigits = 0
        if index < n {
            guard p[index] == UInt8(ascii: "."), n - index - 1 <= decimals else { return nil }
            index += 1
            while index < n {
                let digit = p[index] &- 0x30
                guard digit < 10 else { return nil }
                fraction = fraction &* 10 &+ Int64(digit)
                fractionDigits += 1
                index += 1
            }
        }
        var value = integer
        for _ in 0..<decimals { value = value &* 10 }
        var scale: Int64 = 1
        for _ in fractionDigits..<decimals { scale = scale &* 10 }
        return value &+ fraction &* scale
    }
}
