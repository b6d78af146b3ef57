/// What the rows of one payments file are read with beyond their cells, made once per file: the
/// direction words (with a memo, a column repeats a few), our own names and account numbers as
/// compared (`company.name`, `company.own_accounts`), and, when money is read by its sign, the
/// watch for a direction column under an unknown header (`UnlabelledDirection`).
final class PaymentRules {
    let words: DirectionWords
    /// `ImportContext.ownNames`, each `CellText.comparable`.
    let ownKeys: Set<String>
    /// Set when the file reads money by the amount's sign: no credit column, no direction column.
    let unlabelled: UnlabelledDirection?
    private var memo: [String: Direction?] = [:]

    init(mapping: HeaderMapping, table: SynonymTable, context: ImportContext) {
        words = table.directionWords
        ownKeys = Set(context.ownNames.map(CellText.comparable).filter { !$0.isEmpty })
        if mapping.has(.creditAmount) || mapping.has(.direction) {
            unlabelled = nil
        } else {
            // Columns no field reads, and the memo: a direction column is neither a date, an
            // amount, a name nor an account.
            let free = mapping.columnMappings.filter { $0.field == nil }
            let columns = free.map { $0.column - 1 }
            // The running balance (余额, 账户余额, 余额/元 ...): no field reads it.
            let balance = free.first { HeaderKey.normalize($0.header).contains("余额") }.map { $0.column - 1 }
            unlabelled = UnlabelledDirection(
                columns: (columns + mapping.columnList(.memo)).sorted(), words: table.directionWords,
                balanceColumn: balance)
        }
    }

    /// The direction a direction cell says; nil for a word in neither list.
    func direction(of cell: String) -> Direction? {
        if let known = memo[cell] { return known }
        let direction = words.direction(of: cell)
        memo[cell] = direction
        return direction
    }

    /// Whether a payer's name or account is one of our own (an internal transfer).
    func isOwn(_ value: String?) -> Bool {
        guard let value, !ownKeys.isEmpty else { return false }
        return ownKeys.contains(CellText.comparable(value))
    }

    /// A counterparty cell that holds the name and the account glued, as 招商银行's 对手信息 does
    /// (`东莞松山湖电子有限公司 6222021234567890`): the name, and the account when there is one.
    /// The account is the last word after white space: at least six characters of digits, `*`
    /// or `-`, four of them digits at least. Any other cell is all name.
    static func nameAndAccount(_ text: String) -> (name: String, account: String?) {
        guard text.unicodeScalars.contains(where: CellText.isPadding) else { return (text, nil) }
        let scalars = Array(text.unicodeScalars)
        guard let split = scalars.lastIndex(where: CellText.isPadding), split > 0 else { return (text, nil) }
        let tail = scalars[(split + 1)...]
        let digits = tail.filter { ("0"..."9").contains($0) }.count
        guard tail.count >= 6, digits >= 4, tail.allSatisfy({ ("0"..."9").contains($0) || $0 == "*" || $0 == "-" })
        else { return (text, nil) }
        let name = CellText.trimmed(String(String.UnicodeScalarView(scalars[..<split])))
        guard !name.isEmpty else { return (text, nil) }
        return (name, String(String.UnicodeScalarView(tail)))
    }
}
