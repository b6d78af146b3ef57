import Foundation

/// Text IDs (waybills, invoice numbers, codes): leading zeros kept, Excel's protections undone,
/// and an ID Excel turned into a number recovered only when no digit was lost.
enum IdentifierText {
    /// The advice every "Excel damaged this ID" message ends with.
    static let reexportAdvice =
        "format the column as Text in Excel before saving, or export CSV directly from the portal"

    /// nil for an empty cell.
    static func parse(_ raw: String) throws(ValueError) -> String? {
        var text = CellText.nfkc(CellText.unprotected(raw))
        text = CellText.trimmed(text)
        if text.isEmpty { return nil }
        if isScientific(text) {
            throw ValueError(
                "is in scientific notation: Excel turned the ID into a number and digits were lost; "
                    + reexportAdvice)
        }
        // `773012345678.0`: a whole number Excel wrote with a decimal point; no digit is lost.
        if let dot = text.firstIndex(of: "."), text[..<dot].allSatisfy(\.isASCIIDigit), dot != text.startIndex,
            text[text.index(after: dot)...].allSatisfy({ $0 == "0" }), text.index(after: dot) != text.endIndex
        {
            text = String(text[..<dot])
        }
        return text
    }

    /// `7.73012E+11`, `4.00123E+27`, `1E10`.
    static func isScientific(_ text: String) -> Bool {
        let upper = text.uppercased()
        guard let e = upper.firstIndex(of: "E") else { return false }
        let mantissa = upper[..<e]
        var exponent = upper[upper.index(after: e)...]
        if let sign = exponent.first, sign == "+" || sign == "-" { exponent = exponent.dropFirst() }
        let mantissaParts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        return !exponent.isEmpty && exponent.allSatisfy(\.isASCIIDigit) && (1...2).contains(mantissaParts.count)
            && !mantissaParts[0].isEmpty && mantissaParts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
