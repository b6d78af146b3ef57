/// The normalised forms of the few distinct couriers, provinces and fee types of a month, each
/// worked out once: a million lines name a few dozen of them. One per reconciliation run, never shared.
final class CourierTextMemo {
    private let aliases: CourierAliases
    private var canonicalNames: [String: String] = [:]
    private var provinces: [String: String] = [:]
    private var keys: [String: String] = [:]

    init(aliases: CourierAliases) { self.aliases = aliases }

    /// `CourierAliases.canonicalName`.
    func canonicalName(_ name: String?) -> String {
        guard let name else { return "" }
        if let known = canonicalNames[name] { return known }
        let canonical = aliases.canonicalName(name)
        canonicalNames[name] = canonical
        return canonical
    }

    /// `ProvinceName.normalized`.
    func province(_ destination: String) -> String {
        if let known = provinces[destination] { return known }
        let province = ProvinceName.normalized(destination)
        provinces[destination] = province
        return province
    }

    /// `ComparisonText.key`, for short repeated texts (not waybills).
    func key(_ text: String) -> String {
        if let known = keys[text] { return known }
        let key = ComparisonText.key(text)
        keys[text] = key
        return key
    }
}
