/// Destinations compare by province (RECONCILE.md section 1): `广东省`, `广东` and `广东省深圳市` are
/// one province, as are `新疆维吾尔自治区` and `新疆`.
enum ProvinceName {
    /// The words that end a province's full name, longest first so `维吾尔自治区` wins over `自治区`.
    static let suffixes: [[Character]] = ["维吾尔自治区", "特别行政区", "壮族自治区", "回族自治区", "自治区", "省", "市"]
        .map { Array($0) }

    /// NFKC, white space removed, then cut before the first province word that follows at least one
    /// character: that removes the longest trailing word (`新疆维吾尔自治区` -> `新疆`) and, when a city
    /// follows the word, the city too (`广东省深圳市` -> `广东`). A value with no such word is kept.
    static func normalized(_ text: String) -> String {
        let characters = Array(ComparisonText.compact(text))
        guard characters.count > 1 else { return String(characters) }
        for start in 1..<characters.count {
            for suffix in suffixes where matches(suffix, in: characters, at: start) {
                return String(characters[..<start])
            }
        }
        return String(characters)
    }

    private static func matches(_ word: [Character], in characters: [Character], at start: Int) -> Bool {
        guard start + word.count <= characters.count else { return false }
        for offset in 0..<word.count where characters[start + offset] != word[offset] {
            return false
        }
        return true
    }
}
