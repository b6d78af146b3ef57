import Foundation

/// Text as the rules compare it. Hand-typed names, aliases, fee types and provinces differ in
/// full-width forms, stray spaces and letter case; these keys make such spellings equal.
enum ComparisonText {
    /// NFKC, white space removed, ASCII letters lower-cased: `ＳＦ Express` and `sfexpress` agree.
    static func key(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in compact(text).unicodeScalars {
            if scalar.value >= 0x41 && scalar.value <= 0x5A {
                result.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20)!)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// NFKC with white space removed, letter case kept (for values shown as well as compared).
    static func compact(_ text: String) -> String {
        let normalized = isPlainASCII(text) ? text : text.precomposedStringWithCompatibilityMapping
        guard normalized.contains(where: \.isWhitespace) else { return normalized }
        return String(normalized.filter { !$0.isWhitespace })
    }

    /// The text without white space at either end (U+3000 included), otherwise as written.
    static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    /// ASCII text is its own NFKC form; skipping Foundation there keeps long waybill lists cheap.
    private static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }
}
