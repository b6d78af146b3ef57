/// Turns the settled balances into the figures of the summary, the per-customer view and the
/// exceptions finance reviews.
struct ReceivablesSummarizer {
    var period: Period
    var asOf: LocalDate
    var scheme: AgingScheme

    func figures(balances: [InvoiceBalance], payments: [PaymentApplication], plan: [DunningReminder])
        -> ReceivablesFigures
    {
        var figures = ReceivablesFigures()
        for balance in balances { add(balance, to: &figures) }
        for payment in payments { add(payment, to: &figures) }
        figures.dunningReminders = plan.count
        return figures
    }

    func customers(
        balances: [InvoiceBalance], payments: [PaymentApplication], creditNotes: [PaymentApplication],
        plan: [DunningReminder], salespersons: [String: String], directory: ReceivablesCustomerDirectory
    ) -> [CustomerBalance] {
        var byKey: [String: CustomerBalance] = [:]
        // Entries are changed in place through the dictionary, one look-up per row, so neither they
        // nor their arrays are copied.
        func fresh(_ key: String) -> CustomerBalance {
            CustomerBalance(
                customerKey: key, customerName: directory.displayName(forKey: key),
                salesperson: salespersons[key] ?? directory.master(forKey: key)?.salesperson,
                aging: AgingAmounts(scheme: scheme), figures: ReceivablesFigures(), unappliedCreditNotes: .zero)
        }
        for balance in balances {
            add(balance, to: &byKey[balance.customerKey, default: fresh(balance.customerKey)])
        }
        for payment in payments {
            guard let key = payment.customerKey else { continue }
            add(payment, to: &byKey[key, default: fresh(key)].figures)
        }
        for note in creditNotes {
            guard let key = note.customerKey else { continue }
            byKey[key]?.unappliedCreditNotes += note.unapplied
        }
        for reminder in plan {
            byKey[reminder.customerKey]?.figures.dunningReminders += 1
        }
        return byKey.values.sorted { $0.customerKey < $1.customerKey }
    }

    private func add(_ balance: InvoiceBalance, to customer: inout CustomerBalance) {
        add(balance, to: &customer.figures)
        customer.aging.add(balance.openBalance, toBucket: balance.bucketIndex)
    }

    private func add(_ balance: InvoiceBalance, to figures: inout ReceivablesFigures) {
        figures.invoices += 1
        if period.contains(balance.invoiceDate) { figures.invoicedInPeriod += balance.amount }
        figures.outstandingTotal += balance.openBalance
        if balance.isOverdue { figures.overdueTotal += balance.openBalance }
        // The summary ages on the due date with the standard buckets, whatever the configuration.
        figures.aging.add(balance.openBalance, toBucket: AgingScheme.standard.bucketIndex(forDays: balance.daysPastDue))
    }

    private func add(_ payment: PaymentApplication, to figures: inout ReceivablesFigures) {
        figures.payments += 1
        if period.contains(payment.date) { figures.receivedInPeriod += payment.amount }
        figures.appliedTotal += payment.applied
        figures.unappliedTotal += payment.unapplied
        if payment.isUnidentified { figures.unidentifiedPayments += 1 }
    }
}
