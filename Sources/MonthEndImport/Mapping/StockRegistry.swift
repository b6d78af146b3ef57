/// The stock items already read in this run, so that a second row of the same item (item code and
/// location) is rejected wherever it appears, naming where the first one is.
final class StockRegistry {
    struct FirstRow {
        var path: String
        var line: Int
    }

    private var firstRows: [String: FirstRow] = [:]

    init() {}

    /// nil when the item is new (and now registered); else where it was first seen.
    func register(itemCode: String, location: String, path: String, line: Int) -> FirstRow? {
        let key = itemCode + "\u{1F}" + location
        if let first = firstRows[key] { return first }
        firstRows[key] = FirstRow(path: path, line: line)
        return nil
    }

    /// A registry holding what this one holds, to read a file into without touching this one.
    func copy() -> StockRegistry {
        let copy = StockRegistry()
        copy.firstRows = firstRows
        return copy
    }

    /// True when `other` registered an item this one holds (reading its file after this one's files
    /// would have found that row a repeat).
    func overlaps(_ other: StockRegistry) -> Bool {
        let (small, large) = firstRows.count <= other.firstRows.count ? (self, other) : (other, self)
        return small.firstRows.keys.contains { large.firstRows[$0] != nil }
    }

    /// Adds what `other` registered, as if its file had been read into this registry (call only
    /// when they do not overlap, or `other` was a copy of this one).
    func absorb(_ other: StockRegistry) {
        firstRows.merge(other.firstRows) { mine, _ in mine }
    }
}
