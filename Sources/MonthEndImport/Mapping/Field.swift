/// A field a kind of export may fill, named as templates/synonyms.yaml and `inspect` name it.
enum Field: String, CaseIterable, Sendable, Hashable {
    // Courier bill and slips.
    case waybill
    case shipDate = "ship_date"
    case amount
    case freight
    case feeType = "fee_type"
    case weightKg = "weight_kg"
    case destination
    case account
    case courier
    case handler
    case customer
    case orderNo = "order_no"
    case purpose
    case paymentMode = "payment_mode"
    case chargeCustomer = "charge_customer"
    // Rate card.
    case firstWeightKg = "first_weight_kg"
    case firstPrice = "first_price"
    case additionalPrice = "additional_price"
    case stepKg = "step_kg"
    // Invoices.
    case invoiceNo = "invoice_no"
    case invoiceDate = "invoice_date"
    case tax
    case dueDate = "due_date"
    case termsDays = "terms_days"
    case salesperson
    case status
    case originalInvoiceNo = "original_invoice_no"
    // Payments.
    case paymentId = "payment_id"
    case paymentDate = "payment_date"
    case creditAmount = "credit_amount"
    case debitAmount = "debit_amount"
    case direction
    case payer
    case memo
    // Customers.
    case customerCode = "customer_code"
    case customerName = "customer_name"
    case aliases
    // Stock count.
    case itemCode = "item_code"
    case itemName = "item_name"
    case spec
    case unit
    case location
    case openingQty = "opening_qty"
    case receivedQty = "received_qty"
    case issuedQty = "issued_qty"
    case bookQty = "book_qty"
    case countedQty = "counted_qty"
    case unitCost = "unit_cost"
    // Orders.
    case orderDate = "order_date"
    case completedDate = "completed_date"
    // Added after the rest, so that `ordinal` stays the position in `allCases`.
    /// A value-added fee column (增值费用, 保价费) on a bill of one row per waybill.
    case addedFee = "added_fee"
    /// The weight-band price columns of a matrix rate card (`0-0.5kg`, `1-2kg`): found by the form
    /// of their header (`WeightBandHeader`), not by synonyms.
    case bands
    /// The goods or service line of a per-line invoice export (信息汇总表): its rows are lines, folded
    /// into their invoice by number.
    case lineItem = "line_item"
    /// The seller (销方名称) of an invoice export: our company in a sales (销项) export.
    case seller
    /// The counterparty's account number on a bank statement, compared with `company.own_accounts`.
    case payerAccount = "payer_account"

    /// Position in `allCases`: an array index, where a dictionary keyed by the field would hash its
    /// raw-value String on every lookup (the mapper looks fields up for every row).
    var ordinal: Int {
        switch self {
        case .waybill: 0
        case .shipDate: 1
        case .amount: 2
        case .freight: 3
        case .feeType: 4
        case .weightKg: 5
        case .destination: 6
        case .account: 7
        case .courier: 8
        case .handler: 9
        case .customer: 10
        case .orderNo: 11
        case .purpose: 12
        case .paymentMode: 13
        case .chargeCustomer: 14
        case .firstWeightKg: 15
        case .firstPrice: 16
        case .additionalPrice: 17
        case .stepKg: 18
        case .invoiceNo: 19
        case .invoiceDate: 20
        case .tax: 21
        case .dueDate: 22
        case .termsDays: 23
        case .salesperson: 24
        case .status: 25
        case .originalInvoiceNo: 26
        case .paymentId: 27
        case .paymentDate: 28
        case .creditAmount: 29
        case .debitAmount: 30
        case .direction: 31
        case .payer: 32
        case .memo: 33
        case .customerCode: 34
        case .customerName: 35
        case .aliases: 36
        case .itemCode: 37
        case .itemName: 38
        case .spec: 39
        case .unit: 40
        case .location: 41
        case .openingQty: 42
        case .receivedQty: 43
        case .issuedQty: 44
        case .bookQty: 45
        case .countedQty: 46
        case .unitCost: 47
        case .orderDate: 48
        case .completedDate: 49
        case .addedFee: 50
        case .bands: 51
        case .lineItem: 52
        case .seller: 53
        case .payerAccount: 54
        }
    }
}
