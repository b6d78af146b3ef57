import Foundation

/// The comparable form of a customer name or alias: exports write the same company with full-width
/// brackets, trailing spaces or an ideographic space, and those must all meet on one key.
enum ReceivablesNameKey {
    /// NFKC (full width to half width), then every white space character removed.
    static func of(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where !scalar.properties.isWhitespace {
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
