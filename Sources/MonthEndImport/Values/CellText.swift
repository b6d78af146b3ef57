import Foundation

/// The small text clean-ups every cell gets before it is read as a value: the padding and the
/// Excel protections that exports add around what the user typed.
enum CellText {
    /// White space including TAB, line breaks, U+3000 and no-break space, trimmed at both ends.
    static func trimmed(_ text: String) -> String {
        var scalars = Substring.UnicodeScalarView(text.unicodeScalars)
        while let first = scalars.first, isPadding(first) { scalars.removeFirst() }
        while let last = scalars.last, isPadding(last) { scalars.removeLast() }
        return String(scalars)
    }

    /// Trimmed, with Excel's `="…"` wrapper and a leading `'` or `` ` `` removed (trimmed again).
    static func unprotected(_ text: String) -> String {
        var value = trimmed(text)
        if value.hasPrefix("=\""), value.hasSuffix("\""), value.count >= 3 {
            value = String(value.dropFirst(2).dropLast())
            value = trimmed(value)
        }
        while let first = value.first, first == "'" || first == "`" {
            value = trimmed(String(value.dropFirst()))
        }
        return value
    }

    /// NFKC (full-width digits and signs to ASCII), then every white space removed.
    static func compact(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { !isPadding($0) }))
    }

    /// `compact` with ASCII letters lower-cased: for comparing words such as statuses and yes/no.
    static func comparable(_ text: String) -> String {
        asciiLowercased(compact(unprotected(text)))
    }

    static func asciiLowercased(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }))
    }

    static func isPadding(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{FEFF}" || scalar == "\u{200B}"
    }
}
