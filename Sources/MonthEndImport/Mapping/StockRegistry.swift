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
}
