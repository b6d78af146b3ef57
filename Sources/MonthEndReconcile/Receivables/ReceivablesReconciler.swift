/// Applies payments and credit notes to invoices, ages what stays open and plans the next month's
/// reminders (RECONCILE.md section 2). Pure: records in, a report out.
public struct ReceivablesReconciler: Sendable {
    public var receivables: ReceivablesSettings
    public var dunning: DunningSettings

    public init(receivables: ReceivablesSettings = .init(), dunning: DunningSettings = .init()) {
        self.receivables = receivables
        self.dunning = dunning
    }

    public init(settings: Settings) {
        self.init(receivables: settings.receivables, dunning: settings.dunning)
    }

    public func reconcile(
        invoices allInvoices: [Invoice], payments allPayments: [Payment], customers: [CustomerRecord],
        period: Period, asOf: LocalDate
    ) -> ReceivablesReport {
        // Only what is dated on or before the as-of date takes part.
        let invoices = allInvoices.filter { $0.invoiceDate <= asOf }.sorted { $0.source < $1.source }
        let payments = allPayments.filter { $0.paymentDate <= asOf }

        var directory = ReceivablesCustomerDirectory(customers: customers)
        var customerIds = CustomerIds()
        let invoiceKeys = invoices.map { directory.keyOfInvoice($0) }
        let invoiceCustomer = invoiceKeys.map { customerIds.id(for: $0) }
        let dueDates = invoices.indices.map { dueDate(of: invoices[$0], key: invoiceKeys[$0], directory: directory) }
        var invoiceByNumber: [String: Int] = [:]
        for (index, invoice) in invoices.enumerated() where invoiceByNumber[invoice.invoiceNo] == nil {
            invoiceByNumber[invoice.invoiceNo] = index
        }
        let fifoOrder = invoices.indices.sorted {
            (dueDates[$0], invoices[$0].invoiceDate, invoices[$0].invoiceNo)
                < (dueDates[$1], invoices[$1].invoiceDate, invoices[$1].invoiceNo)
        }
        var ledger = ReceivablesAllocationLedger(
            openingBalances: invoices.map { $0.isCreditNote ? .zero : $0.amount },
            customerOfInvoice: invoiceCustomer, customerCount: customerIds.count, fifoOrder: fifoOrder)

        // Payments and credit notes in one stream: date, then reference, then line.
        enum Credit {
            case payment(Payment)
            case creditNote(Int)
        }
        var credits: [(date: LocalDate, reference: String, source: SourceLocation, credit: Credit)] =
            payments.map { ($0.paymentDate, $0.paymentId ?? "", $0.source, .payment($0)) }
        for (index, invoice) in invoices.enumerated() where invoice.isCreditNote {
            credits.append((invoice.invoiceDate, invoice.invoiceNo, invoice.source, .creditNote(index)))
        }
        credits.sort { ($0.date, $0.reference, $0.source) < ($1.date, $1.reference, $1.source) }

        var paymentRows: [PaymentApplication] = []
        var creditNoteRows: [PaymentApplication] = []
        for entry in credits {
            var allocations: [(invoice: Int, amount: Money)] = []
            switch entry.credit {
            case .payment(let payment):
                let named = (payment.memo.map(ReceivablesMemoScanner.runs) ?? []).compactMap { invoiceByNumber[$0] }
                let key = directory.keyOfPayment(payment) ?? named.first.map { invoiceKeys[$0] }
                var remaining = payment.amount
                if let key {
                    let customer = customerIds.id(for: key)
                    // 1. The invoices the memo names, of this customer, in the order named.
                    for invoice in named where invoiceCustomer[invoice] == customer {
                        ledger.settle(invoice, from: &remaining, into: &allocations)
                    }
                    applyExactThenInOrder(
                        customer: customer, ledger: &ledger, remaining: &remaining, allocations: &allocations)
                }
                paymentRows.append(
                    PaymentApplication(
                        origin: .payment, source: payment.source, date: payment.paymentDate,
                        reference: payment.paymentId, payer: payment.payer, memo: payment.memo, customerKey: key,
                        customerName: key.map { directory.displayName(forKey: $0) }, amount: payment.amount,
                        allocations: allocations.map {
                            InvoiceAllocation(invoiceNo: invoices[$0.invoice].invoiceNo, amount: $0.amount)
                        },
                        unapplied: remaining))
            case .creditNote(let index):
                let note = invoices[index]
                var remaining = -note.amount
                // First the original it reverses, when it names one that takes part.
                if let original = note.originalInvoiceNo.flatMap({ invoiceByNumber[$0] }) {
                    ledger.settle(original, from: &remaining, into: &allocations)
                }
                applyExactThenInOrder(
                    customer: invoiceCustomer[index], ledger: &ledger, remaining: &remaining, allocations: &allocations)
                creditNoteRows.append(
                    PaymentApplication(
                        origin: .creditNote, source: note.source, date: note.invoiceDate, reference: note.invoiceNo,
                        payer: note.customerName, memo: note.status, customerKey: invoiceKeys[index],
                        customerName: directory.displayName(forKey: invoiceKeys[index]), amount: -note.amount,
                        allocations: allocations.map {
                            InvoiceAllocation(invoiceNo: invoices[$0.invoice].invoiceNo, amount: $0.amount)
                        },
                        unapplied: remaining))
            }
        }

        let scheme = AgingScheme(receivables)
        let bucketLabels = scheme.labels
        var balances: [InvoiceBalance] = []
        balances.reserveCapacity(invoices.count)
        for (index, invoice) in invoices.enumerated() {
            let key = invoiceKeys[index]
            let open = ledger.openBalances[index]
            let due = dueDates[index]
            let aged = scheme.agedDays(invoiceDate: invoice.invoiceDate, dueDate: due, asOf: asOf)
            let bucket = scheme.bucketIndex(forDays: aged)
            balances.append(
                InvoiceBalance(
                    source: invoice.source, invoiceNo: invoice.invoiceNo, customerKey: key,
                    customerName: directory.displayName(forKey: key),
                    salesperson: nonEmpty(invoice.salesperson) ?? nonEmpty(directory.master(forKey: key)?.salesperson),
                    invoiceDate: invoice.invoiceDate, dueDate: due, amount: invoice.amount,
                    paid: invoice.isCreditNote ? .zero : invoice.amount - open, openBalance: open,
                    daysPastDue: asOf.days(since: due), agedDays: aged, bucketIndex: bucket,
                    bucketLabel: bucketLabels[bucket], isCreditNote: invoice.isCreditNote))
        }

        let planner = ReceivablesDunningPlanner(settings: dunning)
        let customerSalesperson = salespersons(balances: balances, directory: directory)
        let plan = planner.plan(
            balances.filter { $0.openBalance.isPositive }.map {
                .init(
                    invoiceNo: $0.invoiceNo, invoiceDate: $0.invoiceDate, dueDate: $0.dueDate,
                    openBalance: $0.openBalance, customerKey: $0.customerKey, customerName: $0.customerName,
                    salesperson: customerSalesperson[$0.customerKey])
            }, month: period.next)

        let summary = ReceivablesSummarizer(period: period, asOf: asOf, scheme: scheme)
        return ReceivablesReport(
            period: period, asOf: asOf, agingScheme: scheme, invoices: balances, payments: paymentRows,
            creditNotes: creditNoteRows,
            customers: summary.customers(
                balances: balances, payments: paymentRows, creditNotes: creditNoteRows, plan: plan,
                salespersons: customerSalesperson, directory: directory),
            dunningPlan: plan,
            figures: summary.figures(balances: balances, payments: paymentRows, plan: plan))
    }

    /// Steps 2-4 of the allocation: an exact match, then first in first out; what is left stays unapplied.
    private func applyExactThenInOrder(
        customer: Int, ledger: inout ReceivablesAllocationLedger, remaining: inout Money,
        allocations: inout [(invoice: Int, amount: Money)]
    ) {
        if let match = ledger.firstInvoice(ofCustomer: customer, withOpenBalance: remaining) {
            ledger.settle(match, from: &remaining, into: &allocations)
        }
        ledger.settleInOrder(customer: customer, from: &remaining, into: &allocations)
    }

    /// The due-date column; else invoice date + the row's terms; else + the master's; else + the default.
    private func dueDate(of invoice: Invoice, key: String, directory: ReceivablesCustomerDirectory) -> LocalDate {
        if let due = invoice.dueDate { return due }
        let terms =
            invoice.terms ?? directory.master(forKey: key)?.terms ?? .days(receivables.defaultTermsDays)
        return terms.dueDate(for: invoice.invoiceDate)
    }

    /// The master's salesperson, else the first one written on the customer's invoices.
    private func salespersons(balances: [InvoiceBalance], directory: ReceivablesCustomerDirectory) -> [String: String] {
        var result: [String: String] = [:]
        for balance in balances where result[balance.customerKey] == nil {
            if let salesperson = nonEmpty(directory.master(forKey: balance.customerKey)?.salesperson)
                ?? nonEmpty(balance.salesperson)
            {
                result[balance.customerKey] = salesperson
            }
        }
        return result
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}

/// Dense integer ids for customer keys, so per-customer state lives in arrays.
private struct CustomerIds {
    private var ids: [String: Int] = [:]
    var count: Int { ids.count }

    mutating func id(for key: String) -> Int {
        if let id = ids[key] { return id }
        ids[key] = ids.count
        return ids.count - 1
    }
}
