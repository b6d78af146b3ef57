import Foundation

/// The comparable form of a customer name or alias: exports write the same company with full-width
/// brackets, trailing spaces or an ideographic space, and those must all meet on one key.
enum ReceivablesNameKey {
    /// NFKC (full width to half width), then every white space character removed.
    static func of(_ text: String) -> String {
        // ASCII and CJK text is its own NFKC and its only white space is the space: skip Foundation.
        if ComparisonText.isOwnNFKC(text) {
            guard text.utf8.contains(0x20) else { return text }
            return String(decoding: text.utf8.filter { $0 != 0x20 }, as: UTF8.self)
        }
        let folded = text.precomposedStringWithCompatibilityMapping
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where !scalar.properties.isWhitespace {
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
