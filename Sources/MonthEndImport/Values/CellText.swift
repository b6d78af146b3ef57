import Foundation

/// The small text clean-ups every cell gets before it is read as a value: the padding and the
/// Excel protections that exports add around what the user typed.
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
        let folded = nfkc(text)
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { !isPadding($0) }))
    }

    /// `compact` with ASCII letters lower-cased: for comparing words such as statuses and yes/no.
    static func comparable(_ text: String) -> String {
        asciiLowercased(compact(unprotected(text)))
    }

    /// Unicode NFKC. Foundation's is slow on Linux (about 0.1 ms a call), so text in which no
    /// scalar can change (ASCII, Chinese ideographs) is returned as it is.
    static func nfkc(_ text: String) -> String {
        let unchanged = text.unicodeScalars.allSatisfy { $0.isASCII || !$0.properties.changesWhenNFKCCaseFolded }
        return unchanged ? text : text.precomposedStringWithCompatibilityMapping
    }

    static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return text }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }))
    }

    static func isPadding(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace || scalar == "\u{FEFF}" || scalar == "\u{200B}"
    }
}
