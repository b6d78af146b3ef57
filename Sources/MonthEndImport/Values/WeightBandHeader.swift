/// The header of a weight-band price column of a matrix rate card: `0-0.5kg`, `0.5~1公斤`,
/// `1-2千克`, `1至2kg`, `2-3(kg)`, `首重0.5kg` or `0.5kg以内` (the first band). Read from the header
/// key (`HeaderKey.normalize`: NFKC, no white space, ASCII lower-cased), once per file.
struct WeightBandHeader: Sendable, Hashable {
    var fromKg: Quantity
    var upToKg: Quantity

    /// The weight units a band header ends in.
    static let units = ["kg", "公斤", "千克"]
    private static let separators: [Character] = ["-", "~", "至", "—", "–", "－"]

    /// The band a header key names; nil for any other header.
    static func parse(_ key: String) -> WeightBandHeader? {
        if let band = within(key) { return band }
        var text = Substring(key)
        for (open, close) in [("(", ")"), ("[", "]"), ("", "")] {
            for unit in units where text.hasSuffix(open + unit + close) {
                text = text.dropLast((open + unit + close).count)
                return bounds(text)
            }
        }
        return nil
    }

    /// `A-B`, `首重B`, `B以内` / `B以下` (the unit already gone, or before 以内).
    private static func bounds(_ text: Substring) -> WeightBandHeader? {
        if text.hasPrefix("首重"), let upTo = number(text.dropFirst(2)) {
            return WeightBandHeader(fromKg: .zero, upToKg: upTo)
        }
        if let separator = text.firstIndex(where: separators.contains), separator != text.startIndex,
            let from = number(text[..<separator]), let upTo = number(text[text.index(after: separator)...]),
            from < upTo
        {
            return WeightBandHeader(fromKg: from, upToKg: upTo)
        }
        return nil
    }

    /// `0.5kg以内`: the unit sits before the word.
    private static func within(_ key: String) -> WeightBandHeader? {
        for word in ["以内", "以下"] where key.hasSuffix(word) {
            let head = String(key.dropLast(word.count))
            for unit in units where head.hasSuffix(unit) {
                if let upTo = number(Substring(head.dropLast(unit.count))) {
                    return WeightBandHeader(fromKg: .zero, upToKg: upTo)
                }
            }
        }
        return nil
    }

    /// A plain non-negative decimal (digits and one point), nothing else.
    private static func number(_ text: Substring) -> Quantity? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            text.first != ".", text.filter({ $0 == "." }).count <= 1
        else { return nil }
        return (try? QuantityText.parse(String(text), units: [])) ?? nil
    }
}
