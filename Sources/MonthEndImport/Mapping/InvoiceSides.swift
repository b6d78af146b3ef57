/// What an invoice export says of its two sides, gathered row by row: a sales (销项) export has our
/// company as seller and many buyers; a purchase (进项) export, whose header is the same, has us as
/// buyer. Those are invoices we received, not receivables. Also folds a per-line export (信息汇总表,
/// one row per goods line) into one invoice per number.
final class InvoiceSides {
    enum Verdict: Equatable {
        case sales
        /// Left out of receivables, with the reason.
        case purchase(String)
        /// Read as sales, with a note that says why that is not sure.
        case unsure(String)
    }

    private var sellers: Set<String> = []
    private var buyers: Set<String> = []
    /// Lines of the rows accepted as invoices (or invoice lines), to skip if the file is a purchase export.
    private(set) var acceptedLines: [Int] = []
    /// Per-line exports: an invoice number's index in the file's invoices.
    private var lineInvoice: [String: Int] = [:]

    func saw(seller: String?, buyer: String?, line: Int) {
        if let seller { sellers.insert(CellText.comparable(seller)) }
        if let buyer { buyers.insert(CellText.comparable(buyer)) }
        acceptedLines.append(line)
    }

    /// Adds a line to the invoice of the same number read before in this file; false when it is the
    /// first line of its invoice (the caller appends it).
    func fold(_ line: Invoice, into invoices: inout [Invoice]) -> Bool {
        if let index = lineInvoice[line.invoiceNo], index < invoices.count,
            invoices[index].invoiceNo == line.invoiceNo
        {
            invoices[index].amount += line.amount
            if let tax = line.tax { invoices[index].tax = (invoices[index].tax ?? .zero) + tax }
            return true
        }
        lineInvoice[line.invoiceNo] = invoices.count
        return false
    }

    /// Applies `verdict` to a finished file: a purchase export leaves receivables, its invoices
    /// skipped so every row is still accounted for; an unsure one says why in the notes.
    func judge(
        ownNames: [String], hasSeller: Bool, path: String, invoices: inout [Invoice], skips: inout [RowSkip],
        accepted: inout Int, notes: inout [String]
    ) {
        switch verdict(ownNames: ownNames, hasSeller: hasSeller) {
        case .sales: break
        case .unsure(let why): notes.append(why)
        case .purchase(let why):
            notes.append("left out of receivables: " + why + "; to read it as sales invoices, name it: --kind invoices=\(path)")
            skips += acceptedLines.map { RowSkip(line: $0, reason: .purchaseInvoice) }
            invoices = []
            accepted = 0
        }
    }

    /// Sales or purchase, from our own names (`company.name`, `company.own_accounts`) when given;
    /// without them, only a file whose seller is one and whose buyers are many reads as sure sales.
    func verdict(ownNames: [String], hasSeller: Bool) -> Verdict {
        let own = Set(ownNames.map(CellText.comparable))
        guard !buyers.isEmpty else { return .sales }
        if !own.isEmpty {
            if buyers.isSubset(of: own) && !(hasSeller && sellers.isSubset(of: own)) {
                return .purchase(
                    "a purchase (进项) export: the buyer (购买方) is our own company on every row, so these are "
                        + "invoices we received, not receivables")
            }
            return .sales
        }
        guard hasSeller else { return .sales }
        if sellers.count == 1 && buyers.count > 1 { return .sales }
        if buyers.count == 1 && sellers.count > 1 {
            return .purchase(
                "a purchase (进项) export: every row has the same buyer (购买方) and the sellers differ, so these look "
                    + "like invoices we received; set company.name in the configuration to be sure")
        }
        return .unsure(
            "read as sales (销项) invoices, but without company.name in the configuration MonthEnd cannot tell a "
                + "sales export from a purchase (进项) one: set company.name")
    }
}
