extension Quantity {
    /// Parses a plain decimal: optional sign, digits, optional `.` and up to six digits
    /// ("0.5", "-12", "+3.25"). No grouping, no units: export cells go through the importer's
    /// value parser, which undoes those first. nil for anything else.
    public init?(plain text: Substring) {
        var bytes = Array(text.utf8)[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var sawDigit = false
        var sawPoint = false
        for b in bytes {
            if b == UInt8(ascii: ".") {
                if sawPoint { return nil }
                sawPoint = true
            } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
                sawDigit = true
                let digit = Int64(b - UInt8(ascii: "0"))
                if sawPoint {
                    fractionDigits += 1
                    if fractionDigits > Quantity.fractionDigits { return nil }
                    fraction = fraction * 10 + digit
                } else {
                    let (m, o1) = whole.multipliedReportingOverflow(by: 10)
                    let (s, o2) = m.addingReportingOverflow(digit)
                    if o1 || o2 || s > Int64.max / Quantity.scale { return nil }
                    whole = s
                }
            } else {
                return nil
            }
        }
        guard sawDigit else { return nil }
        for _ in fractionDigits..<Quantity.fractionDigits { fraction *= 10 }
        let micros = whole * Quantity.scale + fraction
        self.init(micros: negative ? -micros : micros)
    }

    public init?(plain text: String) { self.init(plain: text[...]) }
}

extension Money {
    /// Parses a plain decimal with at most two decimals ("12.5", "-3.00"); nil otherwise.
    public init?(plain text: String) {
        guard let q = Quantity(plain: text), q.micros % 10_000 == 0 else { return nil }
        self.init(fen: q.micros / 10_000)
    }
}
