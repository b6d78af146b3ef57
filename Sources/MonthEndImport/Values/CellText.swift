import Foundation

/// The small text clean-ups every cell gets before it is read as a value: the padding and the
/// Excel protections that exports add around what the user typed. Written on bytes and scalars
/// rather than Characters: these run on every cell of every row.
enum CellText {
    /// White space including TAB, line breaks, U+3000 and no-break space, trimmed at both ends.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        if !isPadding(first) && !isPadding(last) { return text }
        guard let start = scalars.firstIndex(where: { !isPadding($0) }),
            let end = scalars.lastIndex(where: { !isPadding($0) })
        else { return "" }
        return String(scalars[start...end])
    }

    /// Trimmed, with Excel's `="…"` wrapper and a leading `'` or `` ` `` removed (trimmed again).
    static func unprotected(_ text: String) -> String {
        var value = trimmed(text)
        let utf8 = value.utf8
        if utf8.count >= 3, utf8.first == UInt8(ascii: "="), utf8.dropFirst().first == UInt8(ascii: "\""),
            utf8.last == UInt8(ascii: "\"")
        {
            value = trimmed(String(value.unicodeScalars.dropFirst(2).dropLast()))
        }
        while let first = value.utf8.first, first == UInt8(ascii: "'") || first == UInt8(ascii: "`") {
            value = trimmed(String(value.unicodeScalars.dropFirst()))
        }
        return value
    }

    /// NFKC (full-width digits and signs to ASCII), then every white space removed.
    static func compact(_ text: String) -> String {
        let folded = nfkc(text)
        guard folded.unicodeScalars.contains(where: isPadding) else { return folded }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: folded.unicodeScalars.lazy.filter { !isPadding($0) })
        return String(result)
    }

    /// `compact` with ASCII letters lower-cased: for comparing words such as statuses and yes/no.
    static func comparable(_ text: String) -> String {
        asciiLowercased(compact(unprotected(text)))
    }

    /// Unicode NFKC. Foundation's is slow on Linux (about 0.1 ms a call), so text in which no
    /// scalar can change (ASCII, Chinese ideographs) is returned as it is.
    static func nfkc(_ text: String) -> String {
        let unchanged = text.unicodeScalars.allSatisfy { scalar in
            scalar.value < 0x80 || (0x4E00...0x9FFF).contains(scalar.value)
                || (scalar.value < 0xF900 && (0x3400...0x4DBF).contains(scalar.value))
                || !scalar.properties.changesWhenNFKCCaseFolded
        }
        return unchanged ? text : text.precomposedStringWithCompatibilityMapping
    }

    static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// White space (Unicode's list, spelled out: looking the property up is slow), BOM and
    /// zero-width space.
    static func isPadding(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value < 0x2000 { return value == 0x85 || value == 0xA0 || value == 0x1680 }
        if value <= 0x200B { return true }
        switch value {
        case 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Whether `part` occurs in `text`, compared as UTF-8 bytes: for words that are both normalised
    /// (`comparable`), so Foundation's `contains` (through NSString, with Unicode equivalence)
    /// would only add work. An empty `part` occurs nowhere, as with Foundation.
    static func occurs(_ part: String, in text: String) -> Bool {
        let needle = Array(part.utf8)
        let haystack = Array(text.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start] == needle[0] && haystack[start..<start + needle.count].elementsEqual(needle)
        }
    }

    /// Whether the UTF-8 of `text` holds an ASCII digit (no header synonym does).
    static func hasASCIIDigit(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
    }
}
