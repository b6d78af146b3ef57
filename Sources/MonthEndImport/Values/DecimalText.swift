/// The exact decimal inside an amount or quantity cell once its affixes are gone: optional sign,
/// digits with optional thousands separators, at most one decimal point. Never binary floating
/// point: the value is read straight into an integer of `decimals` places.
enum DecimalText {
    /// Reads `body` (in its compact form, without currency or unit) scaled to `decimals` places.
    /// `(1,234.50)` and a leading `-` or `−` are negative; a leading `+` is allowed. A value with
    /// non-zero digits past `decimals` throws `tooPrecise`; one that does not fit, "is too large".
    static func scaled(_ body: CellBytes.Bytes, decimals: Int, tooPrecise: String) throws(ValueError) -> Int64 {
        var start = 0
        var end = body.count
        var negative = false
        if end >= 3, body[0] == UInt8(ascii: "("), body[end - 1] == UInt8(ascii: ")") {
            negative = true
            start = 1
            end -= 1
        }
        if start < end, body[start] == UInt8(ascii: "-") || body[start] == UInt8(ascii: "+") {
            if body[start] == UInt8(ascii: "-") { negative.toggle() }
            start += 1
        } else if end - start >= 3, body[start] == 0xE2, body[start + 1] == 0x88, body[start + 2] == 0x92 {
            negative.toggle()  // U+2212 minus sign
            start += 3
        }
        // The shape first, each fault by its own name.
        var point = -1
        var index = start
        while index < end {
            let byte = body[index]
            if byte == UInt8(ascii: ".") {
                if point >= 0 { throw ValueError("has two decimal points") }
                point = index
            }
            index += 1
        }
        guard start < end else { throw ValueError("is not a number") }
        for index in start..<end {
            let byte = body[index]
            guard byte &- 0x30 < 10 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") else {
                throw ValueError("is not a number")
            }
        }
        let integerEnd = point >= 0 ? point : end
        let fractionStart = point >= 0 ? point + 1 : end
        for index in fractionStart..<end where body[index] == UInt8(ascii: ",") {
            throw ValueError("has a thousands separator after the decimal point")
        }
        // Integer digits, every separator after a group of one to three digits and then of three.
        var integer: Int64 = 0
        var significant = 0
        var digits = 0
        var groupLength = 0
        var separators = 0
        for index in start..<integerEnd {
            let byte = body[index]
            if byte == UInt8(ascii: ",") {
                if separators == 0 ? !(1...3).contains(groupLength) : groupLength != 3 {
                    throw ValueError("has misplaced thousands separators")
                }
                separators += 1
                groupLength = 0
                continue
            }
            digits += 1
            groupLength += 1
            if significant > 0 || byte != 0x30 { significant += 1 }
            // Past 18 - `decimals` significant digits the value cannot fit; it is refused below.
            if significant <= 18 - decimals { integer = integer &* 10 &+ Int64(byte &- 0x30) }
        }
        if separators > 0 && groupLength != 3 { throw ValueError("has misplaced thousands separators") }
        let fractionDigits = end - fractionStart
        if digits == 0 && fractionDigits == 0 { throw ValueError("is not a number") }
        var fraction: Int64 = 0
        var exact = significant <= 18 - decimals
        for place in 0..<max(decimals, fractionDigits) {
            let digit = place < fractionDigits ? Int64(body[fractionStart + place] &- 0x30) : 0
            if place < decimals {
                fraction = fraction &* 10 &+ digit
            } else if digit != 0 {
                exact = false
            }
        }
        guard exact else { throw ValueError(fractionDigits > decimals ? tooPrecise : "is too large") }
        var value = integer
        for _ in 0..<decimals { value = value &* 10 }
        value = value &+ fraction
        return negative ? -value : value
    }
}
