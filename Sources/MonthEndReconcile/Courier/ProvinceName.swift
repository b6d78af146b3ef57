/// Destinations compare by province (RECONCILE.md section 1): `广东省`, `广东` and `广东省深圳市` are
/// one province, as are `新疆维吾尔自治区` and `新疆`.
enum ProvinceName {
    /// The words that end a province's full name, longest first so `维吾尔自治区` wins over `自治区`.
    static let suffixes: [[Unicode.Scalar]] = ["维吾尔自治区", "特别行政区", "壮族自治区", "回族自治区", "自治区", "省", "市"]
        .map { Array($0.unicodeScalars) }

    /// NFKC, white space removed, then cut before the first province word that follows at least one
    /// character: that removes the longest trailing word (`新疆维吾尔自治区` -> `新疆`) and, when a city
    /// follows the word, the city too (`广东省深圳市` -> `广东`). A value with no such word is kept.
    static func normalized(_ text: String) -> String {
        let compact = ComparisonText.compact(text)
        // Scalars, not Characters: each character of the words is one scalar, and NFKC has composed the text.
        let scalars = Array(compact.unicodeScalars)
        guard scalars.count > 1 else { return compact }
        for start in 1..<scalars.count {
            for suffix in suffixes where matches(suffix, in: scalars, at: start) {
                var province = String.UnicodeScalarView()
                province.append(contentsOf: scalars[..<start])
                return String(province)
            }
        }
        return compact
    }

    private static func matches(_ word: [Unicode.Scalar], in characters: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + word.count <= characters.count else { return false }
        for offset in 0..<word.count where characters[start + offset] != word[offset] {
            return false
        }
        return true
    }
}
