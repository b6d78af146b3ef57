import MonthEndCSV

/// Watches, in a payments file read by its amount's sign (no credit column, no direction column),
/// the columns no field reads (and the memo) for one that is a direction column under a header
/// MonthEnd does not know: 标志 holding 借/贷, 交易类型 holding 来账/往账. Such a column holds only
/// direction words (empty cells aside), and on some row it calls money out what the sign would take
/// as received (借 beside an unsigned 17082.89): reading the sign would count money paid out as
/// received, so the file stops (INPUTS.md: a sign is never guessed). A column that never does (收款
/// on every receipt, or a code column of `C` beside signed amounts) is no reason to stop.
final class UnlabelledDirection {
    private struct Candidate {
        var column: Int
        /// The distinct words seen, as written, for the message (the first few).
        var words: [String] = []
        /// False once a cell is neither empty nor a direction word.
        var alive = true
        /// Some row's word says money out beside a positive amount.
        var disagrees = false
    }

    private var candidates: [Candidate]
    private let directionWords: DirectionWords
    /// The running balance, when the file has one (`BalanceWatch`).
    let balance: BalanceWatch?
    /// Direction per cell text: a column repeats a few words.
    private var memo: [String: Direction?] = [:]

    init(columns: [Int], words: DirectionWords, balanceColumn: Int? = nil) {
        self.candidates = columns.filter { $0 != balanceColumn }.map { Candidate(column: $0) }
        self.directionWords = words
        self.balance = balanceColumn.map(BalanceWatch.init)
    }

    /// One data row of the file and the amount its sign is read from.
    func observe(_ row: RowView, amount: Money) {
        if let balance { balance.observe(line: row.line, amount: amount, balanceCell: row.string(balance.column)) }
        for index in candidates.indices where candidates[index].alive {
            let text = CellText.trimmed(row.string(candidates[index].column))
            guard !text.isEmpty else { continue }
            let direction: Direction?
            if let known = memo[text] {
                direction = known
            } else {
                direction = directionWords.direction(of: text)
                memo[text] = direction
            }
            guard let direction else {
                candidates[index].alive = false
                continue
            }
            if candidates[index].words.count < 4, !candidates[index].words.contains(text) {
                candidates[index].words.append(text)
            }
            if direction == .outgoing && amount.isPositive { candidates[index].disagrees = true }
        }
    }

    /// The first column that is a direction column nobody declared, with the words it holds.
    func finding() -> (column: Int, words: [String])? {
        candidates.first { $0.alive && $0.disagrees }.map { ($0.column, $0.words) }
    }
}
