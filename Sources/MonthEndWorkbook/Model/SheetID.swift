/// The twelve sheets of the workbook, in their order. The raw value is the labels key suffix
/// (`sheet.courier` ...).
public enum SheetID: String, CaseIterable, Hashable, Sendable {
    case summary
    case courier
    case courierByAccount = "courier_by_account"
    case receivables
    case payments
    case aging
    case dunning
    case stockTake = "stock_take"
    case orders
    case exceptions
    case rejectedRows = "rejected_rows"
    case sources
    /// 上期未结: only in a run with a store (issue 16).
    case carriedIn = "carried_in"
}
