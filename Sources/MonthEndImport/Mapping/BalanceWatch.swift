import MonthEndCore

/// Watches, in a payments file read by its amount's sign, the running balance (余额) for money
/// the sign calls received that the balance says went out: on consecutive rows the balance moves
/// by exactly the amount, but down. An unsigned amount beside a direction nobody can read (a
/// 交易类型 of 汇出汇款, no direction column at all) would otherwise count every payment out as
/// received; the balance tells, so the file stops (INPUTS.md: a sign is never guessed).
///
/// Statements list rows oldest first or newest first. Oldest first, a row's balance is the one
/// before it plus its signed amount; newest first, the row before it holds the later balance. The
/// order is the one in which the balance moves by a row's amount (either way) more often; a
/// balance that moves by neither on most rows (several accounts, fees between rows) proves nothing.
final class BalanceWatch {
    let column: Int
    private var previous: (balance: Money, amount: Money)?
    /// Per order (oldest first, newest first): rows where the balance moves with the sign, and the
    /// first row where it moves against it.
    private var agrees = [0, 0]
    private var against: [(line: Int, amount: Money, before: Money, after: Money)?] = [nil, nil]
    private var againstCount = [0, 0]
    private var pairs = 0

    init(column: Int) {
        self.column = column
    }

    /// One data row: its line, the amount as the sign reads it, and its balance cell.
    func observe(line: Int, amount: Money, balanceCell: String) {
        guard let balance = try? MoneyText.parse(balanceCell) else {
            previous = nil
            return
        }
        defer { previous = (balance, amount) }
        guard let previous else { return }
        pairs += 1
        let moved = balance - previous.balance
        // Oldest first: this row's amount moved the balance.
        judge(order: 0, moved: moved, amount: amount, line: line, before: previous.balance, after: balance)
        // Newest first: the row above's amount is what separates the two balances.
        judge(order: 1, moved: -moved, amount: previous.amount, line: line - 1, before: balance, after: previous.balance)
    }

    private func judge(order: Int, moved: Money, amount: Money, line: Int, before: Money, after: Money) {
        guard !amount.isZero else { return }
        if moved == amount {
            agrees[order] += 1
        } else if moved == -amount {
            againstCount[order] += 1
            if against[order] == nil { against[order] = (line, amount, before, after) }
        }
    }

    /// The first row whose balance fell by the amount the sign reads as received, when the
    /// balance follows the amounts on most rows; nil otherwise.
    func fallingBalance() -> (line: Int, amount: Money, before: Money, after: Money)? {
        let order = agrees[0] + againstCount[0] >= agrees[1] + againstCount[1] ? 0 : 1
        guard againstCount[order] > 0, (agrees[order] + againstCount[order]) * 2 >= pairs else { return nil }
        return against[order]
    }
}
