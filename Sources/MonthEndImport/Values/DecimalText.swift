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
        if let value = plain(body, start, end, decimals: decimals) { return negative ? -value : value }
        // One pass over the shape; its faults are named after it, in the order they are judged:
        // two points, a byte that is no digit, separator or point, a separator after the point,
        // misplaced separators, no digit at all.
        var point = -1
        var points = 0
        var foreign = false
        var separatorAfterPoint = false
        var misplaced = false
        var integer: Int64 = 0
        var significant = 0
        var digits = 0
        var groupLength = 0
        var separators = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var exact = true
        var index = start
        while index < end {
            let byte = body[index]
            let digit = byte &- 0x30
            if digit < 10 {
                if point < 0 {
                    digits += 1
                    groupLength += 1
                    if significant > 0 || digit != 0 { significant += 1 }
                    // Past 18 - `decimals` significant digits the value cannot fit; refused below.
                    if significant <= 18 - decimals { integer = integer &* 10 &+ Int64(digit) } else { exact = false }
                } else {
                    if fractionDigits < decimals {
                        fraction = fraction &* 10 &+ Int64(digit)
                    } else if digit != 0 {
                        exact = false
                    }
                    fractionDigits += 1
                }
            } else if byte == UInt8(ascii: ".") {
                points += 1
                if point < 0 { point = index }
            } else if byte == UInt8(ascii: ",") {
                if point >= 0 {
                    separatorAfterPoint = true
                } else {
                    if separators == 0 ? !(1...3).contains(groupLength) : groupLength != 3 { misplaced = true }
                    separators += 1
                    groupLength = 0
                }
            } else {
                foreign = true
            }
            index += 1
        }
        if points > 1 { throw ValueError("has two decimal points") }
        if start == end || foreign { throw ValueError("is not a number") }
        if separatorAfterPoint { throw ValueError("has a thousands separator after the decimal point") }
        if misplaced || separators > 0 && groupLength != 3 { throw ValueError("has misplaced thousands separators") }
        if digits == 0 && fractionDigits == 0 { throw ValueError("is not a number") }
        for _ in fractionDigits..<max(decimals, fractionDigits) { fraction = fraction &* 10 }
        guard exact else { throw ValueError(fractionDigits > decimals ? tooPrecise : "is too large") }
        var value = integer
        for _ in 0..<decimals { value = value &* 10 }
        value = value &+ fraction
        return negative ? -value : value
    }

    /// The common cell, `642.23`, `31.4` or `1,253.34`: digits (at most 18 - `decimals`) in
    /// well-placed thousands groups, then maybe a point and at most `decimals` digits; nil for any
    /// other shape, which the full reading decides. Such a cell is its own compact form, so a
    /// reader may take it before normalising.
    @inline(__always)
    static func plain(_ cell: CellBytes.Bytes, decimals: Int) -> Int64? {
        plain(cell, 0, cell.count, decimals: decimals)
    }

    @inline(__always)
    static func plain(_ body: CellBytes.Bytes, _ start: Int, _ end: Int, decimals: Int) -> Int64? {
        var index = start
        var integer: Int64 = 0
        var digits = 0
        // Digits since the last separator, and separators seen.
        var group = 0
        var separators = 0
        while index < end {
            let digit = body[index] &- 0x30
            if digit < 10 {
                integer = integer &* 10 &+ Int64(digit)
                digits += 1
                group += 1
            } else if body[index] == UInt8(ascii: ","), separators == 0 ? (1...3).contains(group) : group == 3 {
                separators += 1
                group = 0
            } else {
                break
            }
            index += 1
        }
        guard digits > 0, digits <= 18 - decimals, separators == 0 || group == 3 else { return nil }
        var fraction: Int64 = 0
        var fractionDigits = 0
        if index < end {
            guard body[index] == UInt8(ascii: "."), end - index - 1 <= decimals else { return nil }
            index += 1
            while index < end {
                let digit = body[index] &- 0x30
                guard digit < 10 else { return nil }
                fraction = fraction &* 10 &+ Int64(digit)
                fractionDigits += 1
                index += 1
            }
        }
        for _ in 0..<decimals { integer = integer &* 10 }
        for _ in fractionDigits..<decimals { fraction = fraction &* 10 }
        return integer &+ fraction
    }
}
