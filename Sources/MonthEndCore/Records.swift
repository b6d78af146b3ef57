// Typed records, one per accepted data row, as the importer hands them to the reconciliation.
// Optional fields are nil when the file has no such column or the cell is empty.

/// One line of a courier company's monthly bill.
public struct CourierBillLine: Sendable, Hashable {
    public var source: SourceLocation
    /// Normalised: Excel's protections undone, no surrounding space.
    public var waybill: String
    public var shipDate: LocalDate
    /// What we owe for the line.
    public var amount: Money
    /// The freight part of `amount`, when the bill has a separate freight column.
    public var freight: Money?
    /// The fee item (运费, 保价 ...). nil when the bill has no fee-type column; "" for an empty cell.
    public var feeType: String?
    public var weightKg: Quantity?
    public var destination: String?
    public var account: String?
    public var courier: String?

    /// Inlinable: the importer builds a million of these, and an opaque call copies every field in
    /// and destroys the arguments after (~360 instructions a row).
    @inlinable
    public init(
        source: SourceLocation, waybill: String, shipDate: LocalDate, amount: Money, freight: Money? = nil,
        feeType: String? = nil, weightKg: Quantity? = nil, destination: String? = nil, account: String? = nil,
        courier: String? = nil
    ) {
        self.source = source
        self.waybill = waybill
        self.shipDate = shipDate
        self.amount = amount
        self.freight = freight
        self.feeType = feeType
        self.weightKg = weightKg
        self.destination = destination
        self.account = account
        self.courier = courier
    }
}

/// One slip of our own register of parcels sent (寄件登记).
public struct CourierSlip: Sendable, Hashable {
    public var source: SourceLocation
    public var waybill: String
    public var shipDate: LocalDate
    public var weightKg: Quantity?
    public var destination: String?
    public var account: String?
    public var courier: String?
    public var handler: String?
    public var customer: String?
    public var orderNo: String?
    public var purpose: String?
    /// As written: 寄付, 寄付月结, 月结, 寄付现结, 到付, 第三方付 ...
    public var paymentMode: String?
    /// 是否向客户收费, parsed from yes/no.
    public var chargeCustomer: Bool?

    /// Inlinable, as `CourierBillLine.init`: the biggest file of a month is built through it.
    @inlinable
    public init(
        source: SourceLocation, waybill: String, shipDate: LocalDate, weightKg: Quantity? = nil,
        destination: String? = nil, account: String? = nil, courier: String? = nil, handler: String? = nil,
        customer: String? = nil, orderNo: String? = nil, purpose: String? = nil, paymentMode: String? = nil,
        chargeCustomer: Bool? = nil
    ) {
        self.source = source
        self.waybill = waybill
        self.shipDate = shipDate
        self.weightKg = weightKg
        self.destination = destination
        self.account = account
        self.courier = courier
        self.handler = handler
        self.customer = customer
        self.orderNo = orderNo
        self.purpose = purpose
        self.paymentMode = paymentMode
        self.chargeCustomer = chargeCustomer
    }

    /// False for 到付 (the receiver pays) and 第三方付 (a third party pays); true otherwise.
    public var isPaidByUs: Bool {
        guard let mode = paymentMode else { return true }
        return !(mode.contains("到付") || mode.contains("第三方"))
    }
}

/// One row of a courier's contract price list (价格表).
public struct RateCardRow: Sendable, Hashable {
    public var source: SourceLocation
    /// nil: the row applies to every courier.
    public var courier: String?
    public var destination: String
    public var firstWeightKg: Quantity
    public var firstPrice: Quantity
    /// Per kg: beyond the first weight, or on a matrix card beyond the last band (续重).
    public var additionalPrice: Quantity
    public var stepKg: Quantity
    /// A matrix card's weight bands (`0-0.5kg`, `0.5-1kg`, `1-2kg`), by upper bound ascending; empty
    /// on a first/additional card. With bands, `firstWeightKg` and `firstPrice` are the first band's.
    public var bands: [WeightBand]

    public init(
        source: SourceLocation, courier: String?, destination: String, firstWeightKg: Quantity = Quantity(1),
        firstPrice: Quantity, additionalPrice: Quantity, stepKg: Quantity = Quantity(1), bands: [WeightBand] = []
    ) {
        self.source = source
        self.courier = courier
        self.destination = destination
        self.firstWeightKg = firstWeightKg
        self.firstPrice = firstPrice
        self.additionalPrice = additionalPrice
        self.stepKg = stepKg
        self.bands = bands
    }
}

/// One weight band of a matrix rate card: a parcel up to `upToKg` (and above the band before)
/// costs `price`.
public struct WeightBand: Sendable, Hashable {
    public var upToKg: Quantity
    public var price: Quantity

    public init(upToKg: Quantity, price: Quantity) {
        self.upToKg = upToKg
        self.price = price
    }
}

/// Payment terms as the exports write them: `30`, `30天` (days after the invoice date) or
/// `月结30天` (days after the end of the invoice's month).
public enum PaymentTerms: Sendable, Hashable {
    case days(Int)
    case endOfMonthPlus(Int)

    /// The due date of an invoice dated `date` under these terms.
    public func dueDate(for date: LocalDate) -> LocalDate {
        switch self {
        case .days(let n): return date.adding(days: n)
        case .endOfMonthPlus(let n): return date.endOfMonth.adding(days: n)
        }
    }
}

/// One invoice issued to a customer (or a credit note, with a negative amount).
public struct Invoice: Sendable, Hashable {
    public var source: SourceLocation
    public var invoiceNo: String
    public var invoiceDate: LocalDate
    /// From a code column (客户编码 ...), when the file has one and the cell is not empty.
    public var customerCode: String?
    /// From a name column (购买方名称, 客户名称 ...).
    public var customerName: String?
    /// Gross (价税合计). Negative for a credit note.
    public var amount: Money
    public var tax: Money?
    public var dueDate: LocalDate?
    public var terms: PaymentTerms?
    public var salesperson: String?
    public var status: String?
    public var originalInvoiceNo: String?

    public init(
        source: SourceLocation, invoiceNo: String, invoiceDate: LocalDate, customerCode: String? = nil,
        customerName: String? = nil, amount: Money, tax: Money? = nil, dueDate: LocalDate? = nil,
        terms: PaymentTerms? = nil, salesperson: String? = nil, status: String? = nil, originalInvoiceNo: String? = nil
    ) {
        self.source = source
        self.invoiceNo = invoiceNo
        self.invoiceDate = invoiceDate
        self.customerCode = customerCode
        self.customerName = customerName
        self.amount = amount
        self.tax = tax
        self.dueDate = dueDate
        self.terms = terms
        self.salesperson = salesperson
        self.status = status
        self.originalInvoiceNo = originalInvoiceNo
    }

    /// A negative invoice (红冲 / 红字) reverses part or all of an earlier one.
    public var isCreditNote: Bool { amount.isNegative }
}

/// Money received (incoming only: the importer skips outgoing rows).
public struct Payment: Sendable, Hashable {
    public var source: SourceLocation
    public var paymentId: String?
    public var paymentDate: LocalDate
    /// Positive.
    public var amount: Money
    public var customerCode: String?
    public var payer: String?
    public var memo: String?

    public init(
        source: SourceLocation, paymentId: String? = nil, paymentDate: LocalDate, amount: Money,
        customerCode: String? = nil, payer: String? = nil, memo: String? = nil
    ) {
        self.source = source
        self.paymentId = paymentId
        self.paymentDate = paymentDate
        self.amount = amount
        self.customerCode = customerCode
        self.payer = payer
        self.memo = memo
    }
}

/// One customer of the customer master (客户档案).
public struct CustomerRecord: Sendable, Hashable {
    public var source: SourceLocation
    public var code: String
    public var name: String
    public var aliases: [String]
    public var salesperson: String?
    public var terms: PaymentTerms?

    public init(
        source: SourceLocation, code: String, name: String, aliases: [String] = [], salesperson: String? = nil,
        terms: PaymentTerms? = nil
    ) {
        self.source = source
        self.code = code
        self.name = name
        self.aliases = aliases
        self.salesperson = salesperson
        self.terms = terms
    }
}

/// One row of the stock-take sheet (盘点表).
public struct StockCountRow: Sendable, Hashable {
    public var source: SourceLocation
    public var itemCode: String
    public var itemName: String?
    public var spec: String?
    public var unit: String?
    /// "" when the file has no location column or the cell is empty.
    public var location: String
    public var openingQty: Quantity?
    public var receivedQty: Quantity?
    public var issuedQty: Quantity?
    public var bookQty: Quantity?
    /// nil: not counted (never zero).
    public var countedQty: Quantity?
    public var unitCost: Quantity?

    public init(
        source: SourceLocation, itemCode: String, itemName: String? = nil, spec: String? = nil, unit: String? = nil,
        location: String = "", openingQty: Quantity? = nil, receivedQty: Quantity? = nil, issuedQty: Quantity? = nil,
        bookQty: Quantity? = nil, countedQty: Quantity? = nil, unitCost: Quantity? = nil
    ) {
        self.source = source
        self.itemCode = itemCode
        self.itemName = itemName
        self.spec = spec
        self.unit = unit
        self.location = location
        self.openingQty = openingQty
        self.receivedQty = receivedQty
        self.issuedQty = issuedQty
        self.bookQty = bookQty
        self.countedQty = countedQty
        self.unitCost = unitCost
    }
}

/// One order of the orders register.
public struct Order: Sendable, Hashable {
    public var source: SourceLocation
    public var orderNo: String
    public var orderDate: LocalDate
    public var customer: String?
    public var status: String?
    public var completedDate: LocalDate?
    /// Whether the file has a completed-date column at all (RECONCILE.md section 4 decides by it).
    public var fileHasCompletedDate: Bool
    /// Whether the file has a status column: with neither, the export does not say what was done
    /// (a shop's order report often has neither), and completion is unknown, never "not completed".
    public var fileHasStatus: Bool
    public var amount: Money?

    public init(
        source: SourceLocation, orderNo: String, orderDate: LocalDate, customer: String? = nil, status: String? = nil,
        completedDate: LocalDate? = nil, fileHasCompletedDate: Bool, fileHasStatus: Bool = true, amount: Money? = nil
    ) {
        self.source = source
        self.orderNo = orderNo
        self.orderDate = orderDate
        self.customer = customer
        self.status = status
        self.completedDate = completedDate
        self.fileHasCompletedDate = fileHasCompletedDate
        self.fileHasStatus = fileHasStatus
        self.amount = amount
    }
}
