import MonthEndCSV
import MonthEndCore

/// The courier bill's and slips' rows (the biggest files of a month) read straight from the
/// record's bytes: columns resolved once per file into plain Ints, the value readers called
/// directly (no closures, no per-row class), repeating text columns remembered by their bytes.
/// It calls the very readers `RecordBuilder` calls, in the same way, so a record it gives is the
/// one the builder would give; a row with any problem gives nil and goes the builder's way, which
/// words the rejection.
struct CourierRowReader {
    /// -1: no such column.
    private let waybill: Int
    /// The waybill's fallback columns, in synonym order, for an empty chosen cell.
    private let waybillFallbacks: [Int]
    private let shipDate: Int
    private let amount: Int
    private let freight: Int
    private let feeType: Int
    private let weightKg: Int
    private let destination: Int
    private let account: Int
    private let courier: Int
    private let handler: Int
    /// The customer columns in order, and per column whether it holds codes (read as IDs).
    private let customers: [(column: Int, isCode: Bool)]
    private let orderNo: Int
    private let purpose: Int
    private let paymentMode: Int
    private let chargeCustomer: Int
    private let units: [String]
    private let yesWords: Set<String>
    private let noWords: Set<String>
    private let isBill: Bool

    /// One memo per column read through one: a cell's bytes decide its text alone.
    private let destinationMemo = CellMemo<String?>()
    private let accountMemo = CellMemo<String?>()
    private let courierMemo = CellMemo<String?>()
    private let feeTypeMemo = CellMemo<String?>()
    private let handlerMemo = CellMemo<String?>()
    private let purposeMemo = CellMemo<String?>()
    private let paymentModeMemo = CellMemo<String?>()
    private let chargeMemo = CellMemo<Bool?>()
    private let customerMemos: [CellMemo<String?>]

    /// nil for the other kinds, and for a mapping without the kind's required columns (the
    /// builder words that problem).
    init?(mapping: HeaderMapping, table: SynonymTable, customerCodeColumns: Set<Int>) {
        guard mapping.kind == .courierBill || mapping.kind == .courierSlips else { return nil }
        isBill = mapping.kind == .courierBill
        func column(_ field: Field) -> Int { mapping.column(field) ?? -1 }
        waybill = column(.waybill)
        waybillFallbacks = Array(mapping.columnList(.waybill).dropFirst())
        shipDate = column(.shipDate)
        amount = column(.amount)
        guard waybill >= 0, shipDate >= 0, !isBill || amount >= 0 else { return nil }
        freight = column(.freight)
        feeType = column(.feeType)
        weightKg = column(.weightKg)
        destination = column(.destination)
        account = column(.account)
        courier = column(.courier)
        handler = column(.handler)
        customers = mapping.columnList(.customer).map { ($0, customerCodeColumns.contains($0)) }
        customerMemos = customers.map { _ in CellMemo<String?>() }
        orderNo = column(.orderNo)
        purpose = column(.purpose)
        paymentMode = column(.paymentMode)
        chargeCustomer = column(.chargeCustomer)
        units = table.quantityUnits
        yesWords = table.yesWords
        noWords = table.noWords
    }

    /// Appends the row's bill line; false (nothing appended) for a slips file or a row the
    /// builder must read. Appending here, from a local, moves the record into the array: handing
    /// it back to the caller copied it once more.
    @inline(__always)
    func appendBill(_ record: RowView, _ source: SourceLocation, to lines: inout [CourierBillLine]) -> Bool {
        guard isBill else { return false }
        do throws(ValueError) {
            return try readBill(record, source, to: &lines)
        } catch {
            return false
        }
    }

    /// Appends the row's slip; false (nothing appended) for a bill or a row the builder must read.
    @inline(__always)
    func appendSlip(_ record: RowView, _ source: SourceLocation, to slips: inout [CourierSlip]) -> Bool {
        guard !isBill else { return false }
        do throws(ValueError) {
            return try readSlip(record, source, to: &slips)
        } catch {
            return false
        }
    }

    @inline(__always)
    private func readBill(_ record: RowView, _ source: SourceLocation, to lines: inout [CourierBillLine])
        throws(ValueError) -> Bool
    {
        guard let waybill = try waybill(record),
            let shipDate = try DateText.parse(utf8: record.field(shipDate)),
            let amount = try MoneyText.parse(utf8: record.field(amount))
        else { return false }
        // Values first, then the record straight into the array: filling in a copy of a blank
        // record, or handing the record back to the caller, copied it once more each.
        let freight = freight < 0 ? nil : try MoneyText.parse(utf8: record.field(freight))
        let feeType = feeType < 0 ? nil : (try feeTypeMemo.value(record.field(feeType), RowContext.text) ?? "")
        let weight = try weight(record)
        let destination = try text(record, destination, destinationMemo)
        let account = try code(record, account, accountMemo)
        let courier = try text(record, courier, courierMemo)
        lines.append(
            CourierBillLine(
                source: source, waybill: waybill, shipDate: shipDate, amount: amount, freight: freight,
                feeType: feeType, weightKg: weight, destination: destination, account: account, courier: courier))
        return true
    }

    @inline(__always)
    private func readSlip(_ record: RowView, _ source: SourceLocation, to slips: inout [CourierSlip])
        throws(ValueError) -> Bool
    {
        guard let waybill = try waybill(record), let shipDate = try DateText.parse(utf8: record.field(shipDate))
        else { return false }
        let weight = try weight(record)
        let destination = try text(record, destination, destinationMemo)
        let account = try code(record, account, accountMemo)
        let courier = try text(record, courier, courierMemo)
        let handler = try text(record, handler, handlerMemo)
        let customer = try customer(record)
        let orderNo = orderNo < 0 ? nil : try IdentifierText.parse(utf8: record.field(orderNo))
        let purpose = try text(record, purpose, purposeMemo)
        let paymentMode = try text(record, paymentMode, paymentModeMemo)
        let charge = try charge(record)
        slips.append(
            CourierSlip(
                source: source, waybill: waybill, shipDate: shipDate, weightKg: weight, destination: destination,
                account: account, courier: courier, handler: handler, customer: customer, orderNo: orderNo,
                purpose: purpose, paymentMode: paymentMode, chargeCustomer: charge))
        return true
    }

    /// `RowContext.requiredIdentifier(.waybill)`: the chosen cell, else the first non-empty fallback.
    @inline(__always)
    private func waybill(_ record: RowView) throws(ValueError) -> String? {
        if let value = try IdentifierText.parse(utf8: record.field(waybill)) { return value }
        for column in waybillFallbacks {
            if let value = try IdentifierText.parse(utf8: record.field(column)) { return value }
        }
        return nil
    }

    @inline(__always)
    private func weight(_ record: RowView) throws(ValueError) -> Quantity? {
        weightKg < 0 ? nil : try QuantityText.parse(utf8: record.field(weightKg), units: units)
    }

    @inline(__always)
    private func text(_ record: RowView, _ column: Int, _ memo: CellMemo<String?>) throws(ValueError)
        -> String?
    {
        column < 0 ? nil : try memo.value(record.field(column), RowContext.text)
    }

    @inline(__always)
    private func code(_ record: RowView, _ column: Int, _ memo: CellMemo<String?>) throws(ValueError)
        -> String?
    {
        column < 0 ? nil : try memo.value(record.field(column), IdentifierText.parse(utf8:))
    }

    /// `RecordBuilder.customerValue`: the first customer column with a value, codes read as IDs.
    private func customer(_ record: RowView) throws(ValueError) -> String? {
        for (index, customer) in customers.enumerated() {
            let read = customer.isCode ? IdentifierText.parse(utf8:) : RowContext.text
            if let value = try customerMemos[index].value(record.field(customer.column), read) { return value }
        }
        return nil
    }

    private func charge(_ record: RowView) throws(ValueError) -> Bool? {
        guard chargeCustomer >= 0 else { return nil }
        let (yes, no) = (yesWords, noWords)
        return try chargeMemo.value(record.field(chargeCustomer)) { (raw) throws(ValueError) -> Bool? in
            try YesNoText.parse(CellBytes.string(raw), yes: yes, no: no)
        }
    }
}
