import MonthEndCSV

/// Each kind's record from a row's values, by the rules of INPUTS.md: which fields a record takes,
/// and the few decisions a kind makes on them (void invoices, duplicate items; payments in
/// RowReader+Payment).
extension RowReader {
    /// 金额 as a matched key: in tax exports that column is before tax.
    private static let netAmountKey = HeaderKey.normalize("金额")

    /// Appends the row's record to `inputs`; returns a skip reason for a row that takes part in
    /// nothing by rule (a void invoice, money going out, an internal transfer) and throws the
    /// problem of a row it refuses.
    func append(_ row: RowView, _ source: SourceLocation, to inputs: inout MonthInputs) throws(RowProblem)
        -> SkipReason?
    {
        switch mapping.kind {
        case .courierBill: try appendBillLine(row, source, to: &inputs.billLines)
        case .courierSlips:
            guard try appendSlip(row, source, to: &inputs.slips) else { return .selfPickup }
        case .rateCard: inputs.rateCards.append(contentsOf: try rateCardRows(row, source))
        case .invoices:
            guard let invoice = try invoice(row, source) else { return .voidInvoice }
            invoiceSides.saw(seller: try text(.seller, row), buyer: invoice.customerName, line: source.line)
            // A per-line export (信息汇总表): each line adds to its invoice, read once.
            if !(has(.lineItem) && invoiceSides.fold(invoice, into: &inputs.invoices)) {
                inputs.invoices.append(invoice)
            }
        case .payments:
            switch try payment(row, source) {
            case .accepted(let payment): inputs.payments.append(payment)
            case .skipped(let reason): return reason
            }
        case .customers: inputs.customers.append(try customer(row, source))
        case .stockCount: inputs.stockRows.append(try stockRow(row, source))
        case .orders: inputs.orders.append(try order(row, source))
        }
        return nil
    }

    /// The required fields a record cannot be made without; the typed reads have already thrown
    /// the missing problem of each, so this is reached only if a schema and its record disagree.
    @inline(__always)
    func required<T>(_ value: T?, _ field: Field) throws(RowProblem) -> T {
        guard let value else { throw missing(field, column: mapping.column(field)) }
        return value
    }

    /// nil for a void invoice. In tax exports 金额 is before tax: the gross is 金额 + 税额. A credit
    /// note (红冲) is negative, unless it is an original that a separate negative invoice reverses.
    private func invoice(_ row: RowView, _ source: SourceLocation) throws(RowProblem) -> Invoice? {
        let status = try text(.status, row)
        let statusWord = status.map(CellText.comparable) ?? ""
        if table.voidStatuses.contains(statusWord) { return nil }
        let invoiceNo = try required(text(.invoiceNo, row), .invoiceNo)
        let invoiceDate = try required(date(.invoiceDate, row), .invoiceDate)
        let customer = try codeAndName(.customer, row)
        var amount = try required(money(.amount, row), .amount)
        let tax = try money(.tax, row)
        if let column = mapping.column(.amount), mapping.matchedKeys[column] == Self.netAmountKey, has(.tax) {
            amount += tax ?? .zero
        }
        let isReversedOriginal = table.reversedStatuses.contains { CellText.occurs($0, in: statusWord) }
        if !isReversedOriginal, table.creditNoteStatuses.contains(where: { CellText.occurs($0, in: statusWord) }),
            amount.isPositive
        {
            amount = -amount
        }
        return Invoice(
            source: source, invoiceNo: invoiceNo, invoiceDate: invoiceDate, customerCode: customer.code,
            customerName: customer.name, amount: amount, tax: tax, dueDate: try date(.dueDate, row),
            terms: try terms(.termsDays, row), salesperson: try text(.salesperson, row), status: status,
            originalInvoiceNo: try text(.originalInvoiceNo, row))
    }

    private func customer(_ row: RowView, _ source: SourceLocation) throws(RowProblem) -> CustomerRecord {
        let code = try required(text(.customerCode, row), .customerCode)
        let name = try required(text(.customerName, row), .customerName)
        let aliases =
            (try text(.aliases, row))?.split(whereSeparator: { ";；、|".contains($0) })
            .map { CellText.trimmed(String($0)) }.filter { !$0.isEmpty } ?? []
        return CustomerRecord(
            source: source, code: code, name: name, aliases: aliases, salesperson: try text(.salesperson, row),
            terms: try terms(.termsDays, row))
    }

    /// A second row of an item (code and location) already read in this run is refused, naming the first.
    /// A sheet without an item-code column (序号, 品名, 规格, 单位 ...) keys an item by its name, spec
    /// and unit, which then stand in the item's code: 序号 is never a key (it restarts per section).
    private func stockRow(_ row: RowView, _ source: SourceLocation) throws(RowProblem) -> StockCountRow {
        let name = try text(.itemName, row)
        let spec = try text(.spec, row)
        let unit = try text(.unit, row)
        let itemCode: String
        if has(.itemCode) {
            itemCode = try required(text(.itemCode, row), .itemCode)
        } else {
            guard let name else { throw missing(.itemName, column: mapping.column(.itemName)) }
            itemCode = ([name] + [spec, unit].compactMap { $0 }).joined(separator: " ")
        }
        let record = StockCountRow(
            source: source, itemCode: itemCode, itemName: name, spec: spec,
            unit: unit, location: try text(.location, row) ?? "",
            openingQty: try quantity(.openingQty, row), receivedQty: try quantity(.receivedQty, row),
            issuedQty: try quantity(.issuedQty, row), bookQty: try quantity(.bookQty, row),
            countedQty: try quantity(.countedQty, row), unitCost: try quantity(.unitCost, row))
        if let first = stockRegistry.register(
            itemCode: itemCode, location: record.location, path: path, line: source.line)
        {
            let place = first.path == path ? "line \(first.line)" : "line \(first.line) of \(first.path)"
            let placeZH = first.path == path ? "第 \(first.line) 行" : "\(first.path) 第 \(first.line) 行"
            throw RowProblem(
                column: mapping.column(.itemCode), reason: "duplicate item row; first at \(place)",
                reasonZH: "重复的物料行，首次出现在\(placeZH)")
        }
        return record
    }

    private func order(_ row: RowView, _ source: SourceLocation) throws(RowProblem) -> Order {
        let orderNo = try required(text(.orderNo, row), .orderNo)
        let orderDate = try required(date(.orderDate, row), .orderDate)
        return Order(
            source: source, orderNo: orderNo, orderDate: orderDate, customer: try text(.customer, row),
            status: try text(.status, row), completedDate: try date(.completedDate, row),
            fileHasCompletedDate: has(.completedDate), fileHasStatus: has(.status), amount: try money(.amount, row))
    }
}
