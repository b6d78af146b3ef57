extension ReceivablesReport {
    /// Unidentified payments, overpayments, unused credit notes and overdue invoices, with reasons
    /// in Chinese (the workbook's default language).
    public var exceptions: [ExceptionItem] { exceptions(zh: true) }

    /// The same rows with reasons in Chinese or English, for `--lang`.
    public func exceptions(zh: Bool) -> [ExceptionItem] {
        var items: [ExceptionItem] = []
        for payment in payments {
            let key = payment.reference.flatMap { $0.isEmpty ? nil : $0 } ?? "\(payment.date) \(payment.payer ?? "")"
            let payer = payment.payer ?? (zh ? "（无付款人）" : "an unnamed payer")
            if payment.isUnidentified {
                let reason =
                    zh
                    ? "\(payment.date) 收到 \(payer) 付款 \(payment.amount)：无客户编码，付款人不在客户档案或任何发票上，摘要中也没有发票号码，无法认定客户"
                    : "payment of \(payment.amount) from \(payer) on \(payment.date): no customer code, "
                        + "payer not in the customer master or on any invoice, no invoice number in the memo"
                items.append(
                    ExceptionItem(
                        area: .receivables, key: key, kind: ReceivablesExceptionKind.unidentified.rawValue,
                        amount: payment.amount, reason: reason,
                        source: payment.source))
            } else if payment.unapplied.isPositive {
                let customer = payment.customerName ?? ""
                let reason =
                    zh
                    ? "\(payment.date) 收到 \(payer) 付款 \(payment.amount)，超过 \(customer) 的未收发票：\(payment.unapplied) 为预收/多付，未核销"
                    : "payment of \(payment.amount) from \(payer) on \(payment.date) exceeds the open "
                        + "invoices of \(customer): \(payment.unapplied) unapplied credit"
                items.append(
                    ExceptionItem(
                        area: .receivables, key: key, kind: ReceivablesExceptionKind.overpayment.rawValue,
                        amount: payment.unapplied, reason: reason,
                        source: payment.source))
            }
        }
        for note in creditNotes where note.unapplied.isPositive {
            let customer = note.customerName ?? ""
            let reason =
                zh
                ? "\(note.date) 红字发票 \(note.amount) 超过 \(customer) 的未收发票：\(note.unapplied) 未冲抵"
                : "credit note of \(note.amount) on \(note.date) exceeds the open invoices of "
                    + "\(customer): \(note.unapplied) unapplied credit"
            items.append(
                ExceptionItem(
                    area: .receivables, key: note.reference ?? "",
                    kind: ReceivablesExceptionKind.unappliedCreditNote.rawValue,
                    amount: note.unapplied, reason: reason, source: note.source))
        }
        for balance in invoices where balance.isOverdue {
            let reason =
                zh
                ? "\(balance.customerName)：未收余额 \(balance.openBalance)，已逾期 \(balance.daysPastDue) 天（到期日 \(balance.dueDate)）"
                : "\(balance.customerName): \(balance.openBalance) open, \(balance.daysPastDue) days "
                    + "past due (due \(balance.dueDate))"
            items.append(
                ExceptionItem(
                    area: .receivables, key: balance.invoiceNo, kind: ReceivablesExceptionKind.overdue.rawValue,
                    amount: balance.openBalance,
                    reason: reason, source: balance.source))
        }
        return items
    }
}
