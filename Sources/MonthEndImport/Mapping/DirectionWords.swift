/// Which way money moved on a bank statement's row.
enum Direction: Sendable, Hashable {
    case incoming
    case outgoing
}

/// The words of a direction cell (借贷标志 贷/借, 借贷 `贷 Cr`/`借 Dr`, 收支 收/支, 借贷标记 C/D,
/// 交易类型 来账/往账), from synonyms.yaml `incoming_directions` and `outgoing_directions`, stored
/// normalised (`CellText.comparable`: NFKC, no white space, ASCII lower-cased). A word that is in
/// neither list has no direction: its row is rejected, never taken as money out (INPUTS.md).
struct DirectionWords: Sendable, Hashable {
    private(set) var incoming: Set<String> = []
    private(set) var outgoing: Set<String> = []
    /// As written in the templates, in their order: for messages.
    private var written: [Direction: [String]] = [:]

    /// Adds words of one direction (a synonyms.yaml list, merged after the built-in one).
    mutating func add(_ words: [String], _ direction: Direction) {
        for word in words {
            let key = CellText.comparable(word)
            guard !key.isEmpty else { continue }
            let isNew = direction == .incoming ? incoming.insert(key).inserted : outgoing.insert(key).inserted
            if isNew { written[direction, default: []].append(word) }
        }
    }

    /// A word in both lists, if any (a template error).
    var wordGoingBothWays: String? { written[.incoming]?.first { outgoing.contains(CellText.comparable($0)) } }

    /// The direction a cell says, or nil when it says none MonthEnd knows (an empty cell too).
    /// A word of a Chinese part and a Latin part (`贷(CR)`, `借方 Dr`) is read when each part is a
    /// known word and both say the same; `借 Cr` says nothing.
    func direction(of cell: String) -> Direction? {
        let word = CellText.comparable(cell)
        if let known = lookUp(word) { return known }
        var latin = String.UnicodeScalarView()
        var other = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if scalar.isASCII {
                if scalar.properties.isAlphabetic { latin.append(scalar) }
            } else {
                other.append(scalar)
            }
        }
        let parts = [String(latin), String(other)].filter { !$0.isEmpty }
        guard !parts.isEmpty else { return nil }
        let directions = parts.map(lookUp)
        guard let first = directions[0], directions.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    private func lookUp(_ word: String) -> Direction? {
        if incoming.contains(word) { return .incoming }
        if outgoing.contains(word) { return .outgoing }
        return nil
    }

    /// The first words of one list as written, for messages: `贷, 收, 收入, 贷 Cr, C …`.
    func examples(_ direction: Direction, count: Int = 5) -> String {
        let words = written[direction] ?? []
        return words.prefix(count).joined(separator: ", ") + (words.count > count ? " …" : "")
    }
}
