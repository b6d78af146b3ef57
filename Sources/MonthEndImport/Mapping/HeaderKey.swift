import Foundation

/// A header cell reduced to what synonyms are compared on (INPUTS.md, "Header synonyms"): NFKC,
/// no white space at all, no surrounding quotes, no leading ' ` =, no leading or trailing *, no
/// (必填) marker, ASCII letters lower-cased. `"计费重量\n(公斤) "` becomes `计费重量(公斤)`.
enum HeaderKey {
    static func normalize(_ cell: String) -> String {
        var key = CellText.compact(cell)
        while true {
            let before = key
            for (open, close) in [("\"", "\""), ("'", "'"), ("\u{201C}", "\u{201D}"), ("\u{2018}", "\u{2019}")]
            where key.count >= 2 && key.hasPrefix(open) && key.hasSuffix(close) {
                key = String(key.dropFirst().dropLast())
            }
            while let first = key.first, "'`=*".contains(first) { key.removeFirst() }
            while key.last == "*" { key.removeLast() }
            for marker in ["(必填)", "[必填]", "【必填】"] {
                key = key.replacingOccurrences(of: marker, with: "")
            }
            if key == before { break }
        }
        return CellText.asciiLowercased(key)
    }

    /// `key` without a trailing unit in brackets or after `/` (`计费重量(公斤)` -> `计费重量`,
    /// `续重价格(元/kg)` -> `续重价格`, `重量/kg` -> `重量`); nil when it has none. `units` normalised.
    static func withoutUnit(_ key: String, units: [String]) -> String? {
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
