import MonthEndCore

extension FileMapper {
    /// A payments file read by its amount's sign whose running balance falls by an amount the
    /// sign reads as received (`BalanceWatch`) stops: its amounts carry no sign.
    func refuseFallingBalance() throws {
        guard let mapping, let watch = reader?.paymentRules?.unlabelled?.balance,
            let falling = watch.fallingBalance()
        else { return }
        let amountColumn = mapping.column(.amount) ?? 0
        let amountHeader = CellText.trimmed(mapping.headers[amountColumn])
        let balanceHeader = CellText.trimmed(mapping.headers[watch.column])
        throw MonthEndError(
            .directionNotUnderstood,
            "'\(amountHeader)' has no sign, yet the balance '\(balanceHeader)' falls by it (\(falling.before) -> "
                + "\(falling.after) beside \(falling.amount)): read by its sign, money paid out would count as "
                + "received, and which rows are receipts cannot be told",
            path: facts.path, line: falling.line, column: amountColumn + 1,
            hint: "name the column that says in or out with --map payments.direction=HEADER, or export the "
                + "statement with separate debit and credit columns (借方/贷方); MonthEnd never guesses a sign",
            sourceLine: recordText(mapping.headers))
    }
}
