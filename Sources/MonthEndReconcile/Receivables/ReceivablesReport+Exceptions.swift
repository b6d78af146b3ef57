extension ReceivablesReport {
    /// Unidentified payments, overpayments, unused credit notes and overdue invoices, with reasons
    /// in the words of `phrases`.
    public func exceptions(_ phrases: ReasonPhrases) -> [ExceptionItem] {
        var items: [ExceptionItem] = []
        for payment in payments {
            let key = payment.reference.flatMap { $0.isEmpty ? nil : $0 } ?? "\(payment.date) \(payment.payer ?? "")"
            let payer = payment.payer ?? phrases("reason.receivables.no_payer")
            let (date, amount) = (payment.date.description, payment.amount.description)
            if payment.isUnidentified {
                let reason = phrases(
                    "reason.receivables.unidentified", ["date": date, "payer": payer, "amount": amount])
                items.append(
                    ExceptionItem(
                        area: .receivables, key: key, kind: ReceivablesExceptionKind.unidentified.rawValue,
                        amount: payment.amount, reason: reason, source: payment.source))
            } else if payment.unapplied.isPositive {
                let reason = phrases(
                    "reason.receivables.overpayment",
                    [
                        "date": date, "payer": payer, "amount": amount, "customer": payment.customerName ?? "",
                        "unapplied": payment.unapplied.description,
                    ])
                items.append(
                    ExceptionItem(
                        area: .receivables, key: key, kind: ReceivablesExceptionKind.overpayment.rawValue,
                        amount: payment.unapplied, reason: reason, source: payment.source))
            }
        }
        for note in creditNotes where note.unapplied.isPositive {
            let reason = phrases(
                "reason.receivables.unapplied_credit_note",
                [
                    "date": note.date.description, "amount": note.amount.description,
                    "customer": note.customerName ?? "", "unapplied": note.unapplied.description,
                ])
            items.append(
                ExceptionItem(
                    area: .receivables, key: note.reference ?? "",
                    kind: ReceivablesExceptionKind.unappliedCreditNote.rawValue, amount: note.unapplied,
                    reason: reason, source: note.source))
        }
        for balance in invoices where balance.isOverdue {
            let reason = phrases(
                "reason.receivables.overdue",
                [
                    "customer": balance.customerName, "open": balance.openBalance.description,
                    "days": String(balance.daysPastDue), "due": balance.dueDate.description,
                ])
            items.append(
                ExceptionItem(
                    area: .receivables, key: balance.invoiceNo, kind: ReceivablesExceptionKind.overdue.rawValue,
                    amount: balance.openBalance, reason: reason, source: balance.source))
        }
        return items
    }
}
