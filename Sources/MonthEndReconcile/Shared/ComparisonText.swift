import Foundation

/// Text as the rules compare it. Hand-typed names, aliases, fee types and provinces differ in
/// full-width forms, stray spaces and letter case; these keys make such spellings equal.
enum ComparisonText {
    /// NFKC, white space removed, ASCII letters lower-cased: `ＳＦ Express` and `sfexpress` agree.
    static func key(_ text: String) -> String {
        let compacted = compact(text)
        // UTF-8 bytes A-Z never occur inside a multi-byte sequence, so bytes can be lowered alone.
        guard compacted.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return compacted }
        return String(decoding: compacted.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// NFKC with white space removed, letter case kept (for values shown as well as compared).
    static func compact(_ text: String) -> String {
        if isOwnNFKC(text) {
            // Of these scalars only the space is white space.
            guard text.utf8.contains(0x20) else { return text }
            return String(decoding: text.utf8.filter { $0 != 0x20 }, as: UTF8.self)
        }
        let normalized = text.precomposedStringWithCompatibilityMapping
        guard normalized.contains(where: \.isWhitespace) else { return normalized }
        return String(normalized.filter { !$0.isWhitespace })
    }

    /// The text without white space at either end (U+3000 included), otherwise as written.
    static func trimmed(_ text: String) -> String {
        // Scalars rather than Characters: a printable ASCII or CJK-or-later scalar (none is white
        // space, none extends a grapheme) at both ends means there is nothing to trim.
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            isNeverWhitespace(first), isNeverWhitespace(last)
        {
            return text
        }
        if let first = text.first, let last = text.last, !first.isWhitespace, !last.isWhitespace { return text }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    /// Printable ASCII but the space, or a CJK unified ideograph: not white space, and never part of
    /// a grapheme that starts with white space.
    private static func isNeverWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x21...0x7E).contains(value) || (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
    }

    /// Text of printable ASCII and CJK unified ideographs only is its own NFKC form (none of them
    /// decomposes or composes); skipping Foundation there keeps a million-line month cheap.
    static func isOwnNFKC(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return true }
        return text.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return (0x20...0x7E).contains(value) || (0x4E00...0x9FFF).contains(value)
                || (0x3400...0x4DBF).contains(value)
        }
    }
}
