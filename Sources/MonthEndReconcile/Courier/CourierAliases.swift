/// The courier alias table (templates/couriers.yaml): every spelling of a courier maps to one
/// canonical name, so a bill's `SF`, a slip's `顺丰速运` and a rate card's `顺丰` are one courier.
/// Names compare after NFKC, with white space removed and ASCII letters case-insensitive.
public struct CourierAliases: Sendable, Hashable {
    /// Comparison key of every spelling (canonical names included) -> canonical name.
    private var canonicalByKey: [String: String] = [:]
    /// Canonical names in the order given.
    public private(set) var canonicalNames: [String] = []

    /// An empty table: every name is its own courier.
    public init() {}

    /// Entries in order; a spelling listed under two couriers belongs to the later one.
    public init(entries: [(canonical: String, aliases: [String])]) {
        for entry in entries { add(canonical: entry.canonical, aliases: entry.aliases) }
    }

    /// Entries keyed by canonical name, taken in the canonical names' sorted order so the table
    /// does not depend on dictionary order.
    public init(entries: [String: [String]]) {
        self.init(entries: entries.keys.sorted().map { (canonical: $0, aliases: entries[$0] ?? []) })
    }

    /// The canonical name of `name`; a name the table does not know is its own canonical name
    /// (as written, without surrounding white space). nil or blank gives "".
    public func canonicalName(_ name: String?) -> String {
        guard let name else { return "" }
        let key = ComparisonText.key(name)
        guard !key.isEmpty else { return "" }
        return canonicalByKey[key] ?? ComparisonText.trimmed(name)
    }

    /// This table with `other`'s entries added; where both name a spelling, `other` wins (a user's
    /// template folder over the built-in table).
    public func merging(_ other: CourierAliases) -> CourierAliases {
        var merged = self
        var aliasesByCanonical: [String: [String]] = [:]
        for (key, canonical) in other.canonicalByKey { aliasesByCanonical[canonical, default: []].append(key) }
        for canonical in other.canonicalNames {
            merged.add(canonical: canonical, aliases: (aliasesByCanonical[canonical] ?? []).sorted())
        }
        return merged
    }

    private mutating func add(canonical rawCanonical: String, aliases: [String]) {
        let canonical = ComparisonText.trimmed(rawCanonical)
        let canonicalKey = ComparisonText.key(canonical)
        guard !canonicalKey.isEmpty else { return }
        if !canonicalNames.contains(canonical) { canonicalNames.append(canonical) }
        canonicalByKey[canonicalKey] = canonical
        for alias in aliases {
            let key = ComparisonText.key(alias)
            if !key.isEmpty { canonicalByKey[key] = canonical }
        }
    }
}
