/// How wide text shows in a spreadsheet column: CJK and full-width characters take two columns.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        // A native string's UTF-8 is contiguous: measured in one pass over its bytes (the courier
        // sheet's Chinese names, statuses and reasons on every row); else scalar by scalar.
        if let width = text.utf8.withContiguousStorageIfAvailable(of(utf8:)) { return width }
        var widest = 0
        var current = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                widest = max(widest, current)
                current = 0
                continue
            }
            current += isWide(scalar.value) ? 2 : 1
        }
        return max(widest, current)
    }

    /// The widest line of valid UTF-8 (as a String holds), decoding each scalar from its bytes.
    static func of(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var widest = 0
        var current = 0
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 {
                if lead == 0x0A {
                    widest = max(widest, current)
                    current = 0
                } else {
                    current += 1
                }
                i += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
            var value = UInt32(lead) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
            var k = 1
            while k < length && i + k < bytes.count {
                value = value << 6 | UInt32(bytes[i + k] & 0x3F)
                k += 1
            }
            current += isWide(value) ? 2 : 1
            i += length
        }
        return max(widest, current)
    }

    /// East Asian Wide and Fullwidth ranges (Hangul, CJK, kana, full-width forms, ideographic space).
    static func isWide(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3040...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The width of the text a cell shows, without building it for numbers (equal to
    /// `of(shownText(value))`; the write path measures every cell, so no String per number).
    static func width(_ value: CellValue) -> Int {
        switch value {
        case .empty: return 0
        case .text(let s), .link(_, let s), .formula(_, .text(let s)): return of(s)
        case .money(let m), .formula(_, .money(let m)): return moneyWidth(m)
        case .quantity(let q), .formula(_, .quantity(let q)): return quantityWidth(q)
        case .integer(let i), .formula(_, .integer(let i)): return (i < 0 ? 1 : 0) + digits(i.magnitude)
        case .date: return 10
        case .percent, .aggregate: return of(shownText(value))
        }
    }

    /// `1,234,567.50`: sign, grouped yuan, point and two decimals.
    static func moneyWidth(_ m: Money) -> Int {
        let yuan = m.fen.magnitude / 100
        return (m.fen < 0 ? 1 : 0) + grouped(digits(yuan)) + 3
    }

    /// `-1,234.000`: as `fixedThree` shows it (a sign also for -0.xxx).
    static func quantityWidth(_ q: Quantity) -> Int {
        let whole = (q.micros / Quantity.scale).magnitude
        return (q.isNegative ? 1 : 0) + grouped(digits(whole)) + 4
    }

    private static func grouped(_ digits: Int) -> Int { digits + (digits - 1) / 3 }

    private static func digits<T: UnsignedInteger>(_ n: T) -> Int {
        var n = n
        var count = 1
        while n >= 10 {
            n /= 10
            count += 1
        }
        return count
    }

    /// The text a cell shows, for measuring: amounts with grouping and two decimals, dates ISO.
    static func shownText(_ value: CellValue) -> String {
        switch value {
        case .empty: return ""
        case .text(let s): return s
        case .money(let m): return grouped(m.description)
        case .quantity(let q): return fixedThree(q)
        case .integer(let i): return String(i)
        case .date: return "2026-10-31"
        case .percent(let q): return (q * Quantity(100)).rounded(toDecimals: 2).description + "%"
        case .formula(_, let result): return shownText(result)
        case .aggregate: return "0.00"
        case .link(_, let text): return text
        }
    }

    private static func shownText(_ result: StoredValue) -> String {
        switch result {
        case .money(let m): return grouped(m.description)
        case .quantity(let q): return fixedThree(q)
        case .integer(let i): return String(i)
        case .text(let s): return s
        }
    }

    /// A quantity as `#,##0.000` shows it (the width of it; the digits after the point do not matter).
    private static func fixedThree(_ q: Quantity) -> String {
        let whole = q.micros / Quantity.scale
        return grouped((q.isNegative && whole == 0 ? "-" : "") + String(whole)) + ".000"
    }

    /// `1234567.50` -> `1,234,567.50` (width only; the file stores the number).
    private static func grouped(_ plain: String) -> String {
        var sign = ""
        var body = Substring(plain)
        if body.hasPrefix("-") {
            sign = "-"
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = Array(parts[0])
        var out = ""
        for (i, ch) in integer.enumerated() {
            if i > 0 && (integer.count - i) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return sign + out + (parts.count > 1 ? "." + parts[1] : "")
    }
}
