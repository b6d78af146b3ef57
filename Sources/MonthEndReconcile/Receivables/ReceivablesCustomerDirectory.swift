/// Who a customer is (RECONCILE.md section 2): the customer master by code, name and alias, plus the
/// names that invoices are keyed by when the master does not know them.
struct ReceivablesCustomerDirectory {
    private var masterByCode: [String: CustomerRecord] = [:]
    /// Normalised master names, then aliases (a name wins over another customer's alias).
    private var codeByNameKey: [String: String] = [:]
    /// Keys that came from an invoice's own name (no code, not in the master).
    private var invoiceNameKeys: Set<String> = []
    /// The name to show for each key, fixed when the key is first seen.
    private var displayNames: [String: String] = [:]

    init(customers: [CustomerRecord]) {
        for record in customers where masterByCode[record.code] == nil {
            masterByCode[record.code] = record
            displayNames[record.code] = record.name
        }
        for record in customers {
            let key = ReceivablesNameKey.of(record.name)
            if !key.isEmpty, codeByNameKey[key] == nil { codeByNameKey[key] = record.code }
        }
        for record in customers {
            for alias in record.aliases {
                let key = ReceivablesNameKey.of(alias)
                if !key.isEmpty, codeByNameKey[key] == nil { codeByNameKey[key] = record.code }
            }
        }
    }

    func master(forKey key: String) -> CustomerRecord? { masterByCode[key] }

    func displayName(forKey key: String) -> String { displayNames[key] ?? key }

    /// Code; else the name through the master; else the normalised name itself.
    mutating func keyOfInvoice(_ invoice: Invoice) -> String {
        let shownName = invoice.customerName.map { $0.trimmingWhiteSpace } ?? ""
        if let code = invoice.customerCode, !code.isEmpty {
            remember(code, name: shownName.isEmpty ? code : shownName)
            return code
        }
        let nameKey = ReceivablesNameKey.of(invoice.customerName ?? "")
        if let code = codeByNameKey[nameKey] { return code }
        invoiceNameKeys.insert(nameKey)
        remember(nameKey, name: shownName)
        return nameKey
    }

    /// Code; else the payer when the master or an invoice's key knows the name; nil otherwise (the
    /// memo is the caller's last resort).
    mutating func keyOfPayment(_ payment: Payment) -> String? {
        if let code = payment.customerCode, !code.isEmpty {
            let payer = payment.payer.map { $0.trimmingWhiteSpace } ?? ""
            remember(code, name: payer.isEmpty ? code : payer)
            return code
        }
        guard let payer = payment.payer else { return nil }
        let nameKey = ReceivablesNameKey.of(payer)
        if nameKey.isEmpty { return nil }
        if let code = codeByNameKey[nameKey] { return code }
        if invoiceNameKeys.contains(nameKey) { return nameKey }
        return nil
    }

    private mutating func remember(_ key: String, name: String) {
        if displayNames[key] == nil { displayNames[key] = name }
    }
}

extension String {
    /// Without leading and trailing white space (ideographic space included).
    fileprivate var trimmingWhiteSpace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
