/// A header cell reduced to what synonyms are compared on (INPUTS.md, "Header synonyms"): NFKC,
/// no white space at all, no surrounding quotes, no leading ' ` =, no leading or trailing *, no
/// (必填) marker, ASCII letters lower-cased. `"计费重量\n(公斤) "` becomes `计费重量(公斤)`.
enum HeaderKey {
    private static let quotePairs: [(Unicode.Scalar, Unicode.Scalar)] = [
        ("\"", "\""), ("'", "'"), ("\u{201C}", "\u{201D}"), ("\u{2018}", "\u{2019}"),
    ]
    private static let markers: [[Unicode.Scalar]] = ["(必填)", "[必填]", "【必填】"].map { Array($0.unicodeScalars) }

    static func normalize(_ cell: String) -> String {
        var key = Array(CellText.nfkc(cell).unicodeScalars.lazy.filter { !CellText.isPadding($0) })
        while true {
            let before = key.count
            for (open, close) in quotePairs where key.count >= 2 && key.first == open && key.last == close {
                key.removeFirst()
                key.removeLast()
            }
            while let first = key.first, first == "'" || first == "`" || first == "=" || first == "*" {
                key.removeFirst()
            }
            while key.last == "*" { key.removeLast() }
            for marker in markers { removeAll(marker, from: &key) }
            if key.count == before { break }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: key.lazy.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 })
        return String(text)
    }

    private static func removeAll(_ marker: [Unicode.Scalar], from key: inout [Unicode.Scalar]) {
        guard key.count >= marker.count else { return }
        var index = 0
        while index + marker.count <= key.count {
            if key[index..<index + marker.count].elementsEqual(marker) {
                key.removeSubrange(index..<index + marker.count)
            } else {
                index += 1
            }
        }
    }

    /// `key` without a trailing English gloss in square brackets, as bilingual exports write their
    /// headers (中国银行: `交易日期[ Transaction Date ]`, normalised `交易日期[transactiondate]`); nil
    /// when it has none. The gloss is ASCII with a letter in it; the Chinese part stays.
    static func withoutGloss(_ key: String) -> String? {
        guard key.hasSuffix("]"), let open = key.lastIndex(of: "["), open > key.startIndex else { return nil }
        let gloss = key[key.index(after: open)..<key.index(before: key.endIndex)]
        let scalars = gloss.unicodeScalars
        guard scalars.allSatisfy(\.isASCII), scalars.contains(where: \.properties.isAlphabetic) else { return nil }
        return String(key[..<open])
    }

    /// `key` without a trailing unit in brackets or after `/` (`计费重量(公斤)` -> `计费重量`,
    /// `续重价格(元/kg)` -> `续重价格`, `重量/kg` -> `重量`); nil when it has none. `units` normalised.
    static func withoutUnit(_ key: String, units: [String]) -> String? {
        guard let last = key.last, last == ")" || last == "]" || last == "】" || key.contains("/") else { return nil }
        for unit in units.sorted(by: { $0.count > $1.count }) {
            for (open, close) in [("(", ")"), ("[", "]"), ("【", "】"), ("/", "")] {
                let suffix = open + unit + close
                if key.hasSuffix(suffix), key.count > suffix.count {
                    return String(key.dropLast(suffix.count))
                }
            }
        }
        return nil
    }
}
