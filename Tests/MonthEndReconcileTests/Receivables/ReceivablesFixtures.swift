import MonthEndCore

@testable import MonthEndReconcile

/// Small builders for receivables records, so each test reads as its scenario.
enum ReceivablesFixtures {
    static let october = Period(year: 2026, month: 10)
    static let endOfOctober = date("2026-10-31")

    static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    /// "1234.56" or "-300" to exact fen.
    static func money(_ text: String) -> Money {
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String((parts[1] + "00").prefix(2)) : "00"
        let fen = Int64(parts[0])! * 100 + Int64(fraction)!
        return Money(fen: negative ? -fen : fen)
    }

    static func invoice(
        _ number: String, _ day: String, _ amount: String, name: String? = nil, code: String? = nil,
        due: String? = nil, terms: PaymentTerms? = nil, salesperson: String? = nil, original: String? = nil,
        line: Int
    ) -> Invoice {
        Invoice(
            source: SourceLocation(fileIndex: 0, line: line), invoiceNo: number, invoiceDate: date(day),
            customerCode: code, customerName: name, amount: money(amount), dueDate: due.map(date), terms: terms,
            salesperson: salesperson, originalInvoiceNo: original)
    }

    static func payment(
        _ reference: String?, _ day: String, _ amount: String, payer: String? = nil, code: String? = nil,
        memo: String? = nil, line: Int
    ) -> Payment {
        Payment(
            source: SourceLocation(fileIndex: 1, line: line), paymentId: reference, paymentDate: date(day),
            amount: money(amount), customerCode: code, payer: payer, memo: memo)
    }

    static func customer(
        _ code: String, _ name: String, aliases: [String] = [], salesperson: String? = nil, terms: PaymentTerms? = nil,
        line: Int
    ) -> CustomerRecord {
        CustomerRecord(
            source: SourceLocation(fileIndex: 2, line: line), code: code, name: name, aliases: aliases,
            salesperson: salesperson, terms: terms)
    }

    static func reconcile(
        invoices: [Invoice], payments: [Payment] = [], customers: [CustomerRecord] = [],
        asOf: LocalDate = endOfOctober, receivables: ReceivablesSettings = .init(), dunning: DunningSettings = .init()
    ) -> ReceivablesReport {
        ReceivablesReconciler(receivables: receivables, dunning: dunning)
            .reconcile(invoices: invoices, payments: payments, customers: customers, period: october, asOf: asOf)
    }

    static func allocations(_ application: PaymentApplication) -> [String] {
        application.allocations.map { "\($0.invoiceNo):\($0.amount)" }
    }
}

extension ReceivablesReport {
    func invoice(_ number: String) -> InvoiceBalance? { invoices.first { $0.invoiceNo == number } }
    func payment(_ reference: String) -> PaymentApplication? { payments.first { $0.reference == reference } }
    func customer(_ key: String) -> CustomerBalance? { customers.first { $0.customerKey == key } }
}
