/// What a kind of export holds, as data: each field with its value reader, whether a row needs it
/// and whether its column reader caches repeating texts. The header words of each field come from
/// templates/synonyms.yaml; the rules that turn the values into a record (`KindRecords`) are the
/// specs' own (INPUTS.md). A new layout of a known kind is synonyms only; a new field is one rule
/// here and its use in the kind's record.
struct KindSchema: Sendable {
    var kind: FileKind
    /// In the order the record reads them: the first problem of a row is the one reported.
    var rules: [FieldRule]

    static func of(_ kind: FileKind) -> KindSchema {
        switch kind {
        case .courierBill: courierBill
        case .courierSlips: courierSlips
        case .rateCard: rateCard
        case .invoices: invoices
        case .payments: payments
        case .customers: customers
        case .stockCount: stockCount
        case .orders: orders
        }
    }

    static let courierBill = KindSchema(
        kind: .courierBill,
        rules: [
            FieldRule(.waybill, .identifier, required: true),
            FieldRule(.shipDate, .date, required: true),
            FieldRule(.amount, .money, required: true),
            FieldRule(.freight, .money),
            FieldRule(.feeType, .text, cached: true),
            FieldRule(.addedFee, .money),
            FieldRule(.weightKg, .quantity),
            FieldRule(.destination, .text, cached: true),
            FieldRule(.account, .identifier, cached: true),
            FieldRule(.courier, .courierName, cached: true),
        ])

    static let courierSlips = KindSchema(
        kind: .courierSlips,
        rules: [
            FieldRule(.waybill, .identifier, required: true),
            FieldRule(.shipDate, .date, required: true),
            FieldRule(.weightKg, .quantity),
            FieldRule(.destination, .text, cached: true),
            FieldRule(.account, .identifier, cached: true),
            FieldRule(.courier, .courierName, cached: true),
            FieldRule(.handler, .text, cached: true),
            FieldRule(.customer, .codeOrName, cached: true),
            FieldRule(.orderNo, .identifier),
            FieldRule(.purpose, .text, cached: true),
            FieldRule(.paymentMode, .text, cached: true),
            FieldRule(.chargeCustomer, .yesNo, cached: true),
        ])

    static let rateCard = KindSchema(
        kind: .rateCard,
        rules: [
            FieldRule(.courier, .courierName),
            FieldRule(.destination, .text, required: true),
            FieldRule(.firstWeightKg, .quantity),
            // A first/additional card needs first_price, a matrix card its bands (the record says which).
            FieldRule(.firstPrice, .price),
            FieldRule(.bands, .price),
            FieldRule(.additionalPrice, .price, required: true),
            FieldRule(.stepKg, .quantity),
        ])

    /// `customer` is read twice by the record: its code columns as IDs, its name columns as text.
    static let invoices = KindSchema(
        kind: .invoices,
        rules: [
            FieldRule(.status, .text, cached: true),
            FieldRule(.invoiceNo, .identifier, required: true),
            FieldRule(.invoiceDate, .date, required: true),
            FieldRule(.customer, .codeOrName, required: true),
            FieldRule(.amount, .money, required: true),
            FieldRule(.tax, .money),
            FieldRule(.dueDate, .date),
            FieldRule(.termsDays, .terms),
            FieldRule(.salesperson, .text, cached: true),
            FieldRule(.originalInvoiceNo, .identifier),
            FieldRule(.lineItem, .text),
            FieldRule(.seller, .text, cached: true),
        ])

    /// Money is read one way per file (`HeaderMapping`): split credit/debit columns, or an amount
    /// with its direction column when there is one (`PaymentDirection`). The customer or the payer
    /// must be there; the payer's name and account tell an internal transfer.
    static let payments = KindSchema(
        kind: .payments,
        rules: [
            FieldRule(.paymentId, .identifier),
            FieldRule(.paymentDate, .date, required: true),
            FieldRule(.creditAmount, .money),
            FieldRule(.debitAmount, .money),
            FieldRule(.amount, .money, required: true),
            FieldRule(.direction, .raw, cached: true),
            FieldRule(.customer, .identifier),
            FieldRule(.payer, .identifierText),
            FieldRule(.payerAccount, .identifier),
            FieldRule(.memo, .text),
        ])

    static let customers = KindSchema(
        kind: .customers,
        rules: [
            FieldRule(.customerCode, .identifier, required: true),
            FieldRule(.customerName, .text, required: true),
            FieldRule(.aliases, .text),
            FieldRule(.salesperson, .text, cached: true),
            FieldRule(.termsDays, .terms),
        ])

    static let stockCount = KindSchema(
        kind: .stockCount,
        rules: [
            // item_code, or else item_name (synonyms.yaml's required group): checked by the record.
            FieldRule(.itemCode, .identifier),
            FieldRule(.itemName, .text),
            FieldRule(.spec, .text),
            FieldRule(.unit, .text, cached: true),
            FieldRule(.location, .text, cached: true),
            FieldRule(.openingQty, .quantity),
            FieldRule(.receivedQty, .quantity),
            FieldRule(.issuedQty, .quantity),
            FieldRule(.bookQty, .quantity),
            FieldRule(.countedQty, .quantity),
            FieldRule(.unitCost, .price),
        ])

    static let orders = KindSchema(
        kind: .orders,
        rules: [
            FieldRule(.orderNo, .identifier, required: true),
            FieldRule(.orderDate, .date, required: true),
            FieldRule(.customer, .codeOrName),
            FieldRule(.status, .text, cached: true),
            FieldRule(.completedDate, .date),
            FieldRule(.amount, .money),
        ])
}
