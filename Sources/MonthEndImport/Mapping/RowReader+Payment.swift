import MonthEndCSV

/// What one row of a payments file comes to: a payment, or a row that takes part in nothing by rule.
enum PaymentFate {
    case accepted(Payment)
    case skipped(SkipReason)
}

/// A payments row by the rules of INPUTS.md ("payments"): only money coming in is a payment. Its
/// amount is read one way per file (`HeaderMapping`): split credit/debit columns, an amount with
/// its direction column, or an amount by its sign. Money going out, a row of 0.00 (利息税) and money
/// from our own side (`company.name`, `company.own_accounts`) are skipped, each with its reason; a
/// direction word MonthEnd does not know rejects the row.
extension RowReader {
    /// The money a row moved, before who sent it is read.
    private enum Movement {
        case incoming(Money)
        case outgoing
        case zero
    }

    func payment(_ row: RowView, _ source: SourceLocation) throws(RowProblem) -> PaymentFate {
        let paymentId = try text(.paymentId, row)
        let paymentDate = try required(date(.paymentDate, row), .paymentDate)
        let amount: Money
        switch try movement(row) {
        case .outgoing: return .skipped(.outgoingPayment)
        case .zero: return .skipped(.zeroAmount)
        case .incoming(let money): amount = money
        }
        let customerCode = try text(.customer, row)
        var payer = try text(.payer, row)
        var payerAccount = try text(.payerAccount, row)
        if let glued = payer {
            let (name, account) = PaymentRules.nameAndAccount(glued)
            payer = name
            payerAccount = payerAccount ?? account
        }
        if let rules = paymentRules, rules.isOwn(payer) || rules.isOwn(payerAccount) {
            return .skipped(.internalTransfer)
        }
        if customerCode == nil && payer == nil {
            throw RowProblem(
                column: mapping.column(.payer) ?? mapping.column(.customer),
                reason: "payer and customer are both empty",
                reasonZH: "付款人和客户都为空")
        }
        return .accepted(
            Payment(
                source: source, paymentId: paymentId, paymentDate: paymentDate, amount: amount,
                customerCode: customerCode, payer: payer, memo: try text(.memo, row)))
    }

    /// Stops a payments file, once its rows are read, when a column holds direction words under a
    /// header MonthEnd does not know and they call money out what the sign reads as received
    /// (`UnlabelledDirection`): a sign is never guessed.
    func refuseUnlabelledDirection(headerLine: Int, headerText: String) throws(MonthEndError) {
        guard let (column, words) = paymentRules?.unlabelled?.finding() else { return }
        let header = chineseName(.direction, column: column)
        // What to write in a mapping: the header without a bilingual gloss (交易类型[ Transaction Type ]).
        let word = HeaderKey.withoutGloss(header).map(CellText.trimmed) ?? header
        let amountHeader = mapping.column(.amount).map { chineseName(.amount, column: $0) } ?? "amount"
        throw MonthEndError(
            .directionNotUnderstood,
            "column '\(header)' holds direction words (\(words.joined(separator: ", "))) but is not a known direction "
                + "column, and '\(amountHeader)' has no sign on those rows: which rows are money received cannot be "
                + "told",
            path: path, line: headerLine, column: column + 1,
            hint: "if '\(header)' is the direction, map it for this run with --map payments.direction=\(word), "
                + "or add \(word) to kinds.payments.fields.direction in synonyms.yaml of a template folder; "
                + "MonthEnd never guesses a sign",
            sourceLine: headerText)
    }

    // MARK: Money

    private func movement(_ row: RowView) throws(RowProblem) -> Movement {
        if let creditColumn = mapping.column(.creditAmount) {
            return try splitMovement(row, creditColumn: creditColumn)
        }
        let column = mapping.column(.amount)
        let signed = try required(money(.amount, row), .amount)
        guard let directionColumn = mapping.column(.direction) else {
            paymentRules?.unlabelled?.observe(row, amount: signed)
            if signed.isZero { return .zero }
            return signed.isNegative ? .outgoing : .incoming(signed)
        }
        let word = CellText.trimmed(try text(.direction, row) ?? "")
        if word.isEmpty {
            if signed.isZero { return .zero }
            throw missing(.direction, column: directionColumn)
        }
        guard let direction = paymentRules?.direction(of: word) else {
            let words = paymentRules?.words ?? table.directionWords
            let header = chineseName(.direction, column: directionColumn)
            throw RowProblem(
                column: directionColumn,
                reason: "direction \"\(word)\" is neither money in (\(words.examples(.incoming))) nor money out "
                    + "(\(words.examples(.outgoing))); add it to incoming_directions or outgoing_directions in synonyms.yaml",
                reasonZH:
                    "\(header)“\(word)”不是已知的收入或支出方向词；请在 synonyms.yaml 的 incoming_directions 或 outgoing_directions 中加入")
        }
        if signed.isZero { return .zero }
        if direction == .outgoing { return .outgoing }
        if signed.isNegative {
            throw RowProblem(
                column: column, reason: "amount \"\(signed)\" is negative on an incoming row",
                reasonZH: "收款行的\(chineseName(.amount, column: column))“\(signed)”为负数")
        }
        return .incoming(signed)
    }

    /// Split columns: a credit amount is money in, a debit amount alone is money out, and `0.00`
    /// (or `-`) on both sides is no money moved; both sides filled cannot be told apart.
    private func splitMovement(_ row: RowView, creditColumn: Int) throws(RowProblem) -> Movement {
        let credit = try money(.creditAmount, row)
        let debit = try money(.debitAmount, row)
        let creditAmount = credit ?? .zero
        let debitAmount = debit ?? .zero
        if !creditAmount.isZero && !debitAmount.isZero {
            let debitColumn = mapping.column(.debitAmount)
            throw RowProblem(
                column: creditColumn,
                reason: "credit_amount \"\(creditAmount)\" and debit_amount \"\(debitAmount)\" are both filled: "
                    + "the row's direction cannot be told",
                reasonZH: "\(chineseName(.creditAmount, column: creditColumn))和"
                    + "\(chineseName(.debitAmount, column: debitColumn))都有金额，无法判断收支方向")
        }
        if creditAmount.isPositive { return .incoming(creditAmount) }
        if creditAmount.isNegative || !debitAmount.isZero { return .outgoing }
        if credit != nil || debit != nil { return .zero }
        throw RowProblem(
            column: creditColumn, reason: "credit_amount is empty and so is any debit amount",
            reasonZH: "\(chineseName(.creditAmount, column: creditColumn))为空，借方金额也为空")
    }
}
