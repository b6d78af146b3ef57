/// Turns one data row into the typed record of its kind, appending it to `inputs`; returns a skip
/// reason for rows that take part in nothing by rule (void invoices, outgoing payments) and
/// throws `RowContext.Problem` for rows it must refuse.
struct RecordBuilder {
    let table: SynonymTable
    let path: String
    let fileIndex: Int
    let stockRegistry: StockRegistry
    /// 金额 as a matched key: in tax exports that column is before tax.
    private static let netAmountKey = HeaderKey.normalize("金额")

    func build(_ row: RowContext, line: Int, into inputs: inout MonthInputs) throws -> SkipReason? {
        let source = SourceLocation(fileIndex: fileIndex, line: line)
        switch row.mapping.kind {
        case .courierBill: inputs.billLines.append(try billLine(row, source))
        case .courierSlips: inputs.slips.append(try slip(row, source))
        case .rateCard: inputs.rateCards.append(try rateCardRow(row, source))
        case .invoices:
            guard let invoice = try invoice(row, source) else { return .voidInvoice }
            inputs.invoices.append(invoice)
        case .payments:
            guard let payment = try payment(row, source) else { return .outgoingPayment }
            inputs.payments.append(payment)
        case .customers: inputs.customers.append(try customer(row, source))
        case .stockCount: inputs.stockRows.append(try stockRow(row, source))
        case .orders: inputs.orders.append(try order(row, source))
        }
        return nil
    }

    private func billLine(_ row: RowContext, _ source: SourceLocation) throws -> CourierBillLine {
        let waybill = try row.requiredIdentifier(.waybill)
        let shipDate = try row.required(.shipDate, DateText.parse(utf8:))
        let amount = try row.required(.amount, MoneyText.parse(utf8:))
        let freight = try row.money(.freight)
        let feeType = row.mapping.has(.feeType) ? (try row.text(.feeType) ?? "") : nil
        return CourierBillLine(
            source: source, waybill: waybill, shipDate: shipDate, amount: amount, freight: freight, feeType: feeType,
            weightKg: try row.quantity(.weightKg), destination: try row.text(.destination),
            account: try row.code(.account), courier: try row.text(.courier))
    }

    private func slip(_ row: RowContext, _ source: SourceLocation) throws -> CourierSlip {
        let waybill = try row.requiredIdentifier(.waybill)
        let shipDate = try row.required(.shipDate, DateText.parse(utf8:))
        return CourierSlip(
            source: source, waybill: waybill, shipDate: shipDate, weightKg: try row.quantity(.weightKg),
            destination: try row.text(.destination), account: try row.code(.account), courier: try row.text(.courier),
            handler: try row.text(.handler), customer: try customerValue(row), orderNo: try row.code(.orderNo),
            purpose: try row.text(.purpose), paymentMode: try row.text(.paymentMode),
            chargeCustomer: try row.yesNo(.chargeCustomer))
    }

    private func rateCardRow(_ row: RowContext, _ source: SourceLocation) throws -> RateCardRow {
        let courier = try row.text(.courier)
        let destination = try row.required(.destination, RowContext.text)
        let firstWeight = try row.quantity(.firstWeightKg) ?? Quantity(1)
        let firstPrice = try row.required(.firstPrice, QuantityText.parsePrice(utf8:))
        let additionalPrice = try row.required(.additionalPrice, QuantityText.parsePrice(utf8:))
        let step = try row.quantity(.stepKg) ?? Quantity(1)
        return RateCardRow(
            source: source, courier: courier, destination: destination, firstWeightKg: firstWeight,
            firstPrice: firstPrice, additionalPrice: additionalPrice, stepKg: step)
    }

    /// nil for a void invoice.
    private func invoice(_ row: RowContext, _ source: SourceLocation) throws -> Invoice? {
        let status = try row.text(.status)
        let statusWord = status.map(CellText.comparable) ?? ""
        if table.voidStatuses.contains(statusWord) { return nil }
        let invoiceNo = try row.requiredIdentifier(.invoiceNo)
        let invoiceDate = try row.required(.invoiceDate, DateText.parse(utf8:))
        let customerColumns = row.mapping.columnList(.customer)
        let codeColumns = customerColumns.filter { isCodeColumn($0, row) }
        let nameColumns = customerColumns.filter { !isCodeColumn($0, row) }
        let customerCode = try row.firstValue(.customer, columns: codeColumns, asText: false)
        let customerName = try row.firstValue(.customer, columns: nameColumns, asText: true)
        if customerCode == nil && customerName == nil {
            throw row.missing(.customer, column: customerColumns.first)
        }
        var amount = try row.required(.amount, MoneyText.parse(utf8:))
        let tax = try row.money(.tax)
        // In tax exports 金额 is before tax: the gross is 金额 + 税额.
        if let column = row.mapping.column(.amount), row.mapping.matchedKeys[column] == Self.netAmountKey,
            row.mapping.has(.tax)
        {
            amount += tax ?? .zero
        }
        let isReversedOriginal = table.reversedStatuses.contains { CellText.occurs($0, in: statusWord) }
        if !isReversedOriginal, table.creditNoteStatuses.contains(where: { CellText.occurs($0, in: statusWord) }),
            amount.isPositive
        {
            amount = -amount
        }
        return Invoice(
            source: source, invoiceNo: invoiceNo, invoiceDate: invoiceDate, customerCode: customerCode,
            customerName: customerName, amount: amount, tax: tax, dueDate: try row.date(.dueDate),
            terms: try row.terms(.termsDays), salesperson: try row.text(.salesperson), status: status,
            originalInvoiceNo: try row.code(.originalInvoiceNo))
    }

    /// nil for money going out.
    private func payment(_ row: RowContext, _ source: SourceLocation) throws -> Payment? {
        let paymentId = try row.code(.paymentId)
        let paymentDate = try row.required(.paymentDate, DateText.parse(utf8:))
        let amount: Money
        if let creditColumn = row.mapping.column(.creditAmount) {
            let credit = try row.money(.creditAmount) ?? .zero
            let debit = try row.money(.debitAmount) ?? .zero
            if credit.isPositive {
                amount = credit
            } else if credit.isNegative || !debit.isZero {
                return nil
            } else {
                throw RowContext.Problem(
                    column: creditColumn, reason: "credit_amount is empty and so is any debit amount",
                    reasonZH: "\(row.chineseName(.creditAmount, column: creditColumn))为空，借方金额也为空")
            }
        } else {
            let column = row.mapping.column(.amount)
            let signed = try row.required(.amount, MoneyText.parse(utf8:))
            if let directionText = row.raw(.direction) {
                guard isIncoming(directionText) else { return nil }
                if signed.isNegative {
                    throw RowContext.Problem(
                        column: column, reason: "amount \"\(signed)\" is negative on an incoming row",
                        reasonZH: "收款行的\(row.chineseName(.amount, column: column))“\(signed)”为负数")
                }
            } else if signed.isNegative {
                return nil
            }
            if signed.isZero {
                throw RowContext.Problem(
                    column: column, reason: "amount is zero", reasonZH: "\(row.chineseName(.amount, column: column))为零")
            }
            amount = signed
        }
        let customerCode = try row.identifier(.customer)
        let payer = try row.identifier(.payer, asText: true)
        if customerCode == nil && payer == nil {
            let column = row.mapping.column(.payer) ?? row.mapping.column(.customer)
            throw RowContext.Problem(
                column: column, reason: "payer and customer are both empty", reasonZH: "付款人和客户都为空")
        }
        return Payment(
            source: source, paymentId: paymentId, paymentDate: paymentDate, amount: amount, customerCode: customerCode,
            payer: payer, memo: try row.text(.memo))
    }

    private func customer(_ row: RowContext, _ source: SourceLocation) throws -> CustomerRecord {
        let code = try row.required(.customerCode, IdentifierText.parse(utf8:))
        let name = try row.required(.customerName, RowContext.text)
        let aliases =
            (try row.text(.aliases))?.split(whereSeparator: { ";；、|".contains($0) })
            .map { CellText.trimmed(String($0)) }.filter { !$0.isEmpty } ?? []
        return CustomerRecord(
            source: source, code: code, name: name, aliases: aliases, salesperson: try row.text(.salesperson),
            terms: try row.terms(.termsDays))
    }

    private func stockRow(_ row: RowContext, _ source: SourceLocation) throws -> StockCountRow {
        let itemCode = try row.required(.itemCode, IdentifierText.parse(utf8:))
        let record = StockCountRow(
            source: source, itemCode: itemCode, itemName: try row.text(.itemName), spec: try row.text(.spec),
            unit: try row.text(.unit), location: try row.text(.location) ?? "",
            openingQty: try row.quantity(.openingQty), receivedQty: try row.quantity(.receivedQty),
            issuedQty: try row.quantity(.issuedQty), bookQty: try row.quantity(.bookQty),
            countedQty: try row.quantity(.countedQty), unitCost: try row.price(.unitCost))
        if let first = stockRegistry.register(
            itemCode: itemCode, location: record.location, path: path, line: source.line)
        {
            let place = first.path == path ? "line \(first.line)" : "line \(first.line) of \(first.path)"
            let placeZH = first.path == path ? "第 \(first.line) 行" : "\(first.path) 第 \(first.line) 行"
            throw RowContext.Problem(
                column: row.mapping.column(.itemCode), reason: "duplicate item row; first at \(place)",
                reasonZH: "重复的物料行，首次出现在\(placeZH)")
        }
        return record
    }

    private func order(_ row: RowContext, _ source: SourceLocation) throws -> Order {
        let orderNo = try row.required(.orderNo, IdentifierText.parse(utf8:))
        let orderDate = try row.required(.orderDate, DateText.parse(utf8:))
        return Order(
            source: source, orderNo: orderNo, orderDate: orderDate, customer: try customerValue(row),
            status: try row.text(.status), completedDate: try row.date(.completedDate),
            fileHasCompletedDate: row.mapping.has(.completedDate), amount: try row.money(.amount))
    }

    /// The customer cell with the identifier fallback: codes read as IDs, names as text.
    private func customerValue(_ row: RowContext) throws -> String? {
        for column in row.mapping.columnList(.customer) {
            if let value = try row.firstValue(
                .customer, columns: CollectionOfOne(column), asText: !isCodeColumn(column, row))
            {
                return value
            }
        }
        return nil
    }

    private func isCodeColumn(_ column: Int, _ row: RowContext) -> Bool {
        row.customerCodeColumns.contains(column)
    }

    /// 贷, 收, 收入 (and what the templates add) are money in; `贷 Cr` reads as 贷.
    private func isIncoming(_ raw: String) -> Bool {
        let word = CellText.comparable(raw)
        if table.incomingDirections.contains(word) { return true }
        let head = String(word.prefix { !($0.isASCII && $0.isLetter) })
        return !head.isEmpty && head != word && table.incomingDirections.contains(head)
    }
}
