/// A number as a sheet stores it (`642.23`, `773012345678`, `1.5E+20`, `1E-3`,
/// `12.199999999999999`), read as decimal digits and a power of ten, never through Double, so
/// money and IDs stay exact.
struct StoredNumber: Equatable {
    var negative: Bool
    /// Significant digits as ASCII, without leading or trailing zeros (empty for zero).
    var digits: [UInt8]
    /// The value is `digits × 10^scale`.
    var scale: Int
    /// The text was written with an exponent of zero or more (`1.5E+20`).
    var positiveExponent: Bool

    /// Excel keeps 15 significant digits: it shows and saves no more.
    static let excelPrecision = 15

    init?(_ text: some Collection<UInt8>) {
        var bytes = text.makeIterator()
        var byte = bytes.next()
        negative = false
        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
            negative = byte == UInt8(ascii: "-")
            byte = bytes.next()
        }
        var all: [UInt8] = []
        var fractionDigits = 0
        var seenPoint = false
        var sawDigit = false
        while let current = byte, current != UInt8(ascii: "E"), current != UInt8(ascii: "e") {
            if current &- 0x30 < 10 {
                all.append(current)
                sawDigit = true
                if seenPoint { fractionDigits += 1 }
            } else if current == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
            byte = bytes.next()
        }
        guard sawDigit else { return nil }
        var exponent = 0
        positiveExponent = false
        if byte != nil {
            var exponentNegative = false
            byte = bytes.next()
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                exponentNegative = byte == UInt8(ascii: "-")
                byte = bytes.next()
            }
            var exponentDigits = 0
            while let current = byte {
                guard current &- 0x30 < 10, exponentDigits < 4 else { return nil }
                exponent = exponent * 10 + Int(current &- 0x30)
                exponentDigits += 1
                byte = bytes.next()
            }
            guard exponentDigits > 0 else { return nil }
            if exponentNegative { exponent = -exponent } else { positiveExponent = true }
        }
        let leading = all.prefix { $0 == UInt8(ascii: "0") }.count
        digits = Array(all[leading...])
        scale = exponent - fractionDigits
        while let last = digits.last, last == UInt8(ascii: "0") {
            digits.removeLast()
            scale += 1
        }
        if digits.isEmpty { scale = 0 }
    }

    var isZero: Bool { digits.isEmpty }

    /// Rounded half away from zero to `count` significant digits (Excel's display rounding).
    func rounded(toSignificantDigits count: Int) -> StoredNumber {
        guard digits.count > count else { return self }
        var copy = self
        var kept = Array(digits[..<count])
        copy.scale += digits.count - count
        if digits[count] >= UInt8(ascii: "5") {
            var index = kept.count - 1
            while index >= 0 {
                if kept[index] == UInt8(ascii: "9") {
                    kept[index] = UInt8(ascii: "0")
                    index -= 1
                } else {
                    kept[index] += 1
                    break
                }
            }
            if index < 0 { kept.insert(UInt8(ascii: "1"), at: 0) }
        }
        while let last = kept.last, last == UInt8(ascii: "0") {
            kept.removeLast()
            copy.scale += 1
        }
        copy.digits = kept
        return copy
    }

    /// Plain decimal text: `642.23`, `773012345678`, `0.001`, `-5`.
    var plainText: String {
        if digits.isEmpty { return "0" }
        var text: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        if scale >= 0 {
            text += digits
            text += repeatElement(UInt8(ascii: "0"), count: scale)
        } else {
            let integerCount = digits.count + scale
            if integerCount > 0 {
                text += digits[..<integerCount]
                text.append(UInt8(ascii: "."))
                text += digits[integerCount...]
            } else {
                text += [UInt8(ascii: "0"), UInt8(ascii: ".")]
                text += repeatElement(UInt8(ascii: "0"), count: -integerCount)
                text += digits
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The whole days and the rest as a fraction `numerator / 10^fractionDigits` (for serial dates);
    /// nil for a negative number or one beyond any date.
    var wholeAndFraction: (whole: Int, numerator: UInt64, fractionDigits: Int)? {
        guard !negative else { return nil }
        if digits.isEmpty { return (0, 0, 0) }
        let integerCount = digits.count + scale
        guard integerCount <= 9 else { return nil }
        var whole = 0
        for index in 0..<max(integerCount, 0) {
            whole = whole * 10 + (index < digits.count ? Int(digits[index] - 0x30) : 0)
        }
        // 13 fraction digits are a ten-thousandth of a microsecond of a day: plenty for seconds.
        var numerator: UInt64 = 0
        var count = 0
        var position = integerCount
        while position < digits.count, count < 13 {
            numerator = numerator * 10 + (position < 0 ? 0 : UInt64(digits[position] - 0x30))
            position += 1
            count += 1
        }
        return (whole, numerator, count)
    }
}
