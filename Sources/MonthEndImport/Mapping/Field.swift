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
}
