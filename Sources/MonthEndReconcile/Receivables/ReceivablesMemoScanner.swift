import Foundation

/// Finds invoice numbers in a payment memo: the memo is cut into maximal runs of ASCII letters and
/// digits, and a run names an invoice only when it equals an invoice number exactly.
enum ReceivablesMemoScanner {
    /// The runs in memo order. NFKC first, so full-width digits typed on a Chinese keyboard count.
    static func runs(in memo: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in memo.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }
}
