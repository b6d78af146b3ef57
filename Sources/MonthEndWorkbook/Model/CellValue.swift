/// One cell of the workbook model, typed so the writer picks the number format and the width
/// measure; text stays text whatever it starts with. The rare wide cases (formula, aggregate,
/// link) are boxed so that a cell takes 24 bytes instead of 48 (held sheets; the big detail sheets
/// are generated row by row, see `SheetRows`).
public enum CellValue: Hashable, Sendable {
    case empty
    case text(String)
    case money(Money)
    case quantity(Quantity)
    case integer(Int)
    case date(LocalDate)
    /// A fraction: 0.025 shows as 2.50%.
    case percent(Quantity)
    /// A formula (without the leading `=`) and the value it computes, stored so that readers that
    /// do not recalculate (openpyxl, pandas, LibreOffice by default) see the right figure.
    indirect case formula(String, StoredValue)
    /// A figure over other sheets' rows; the placement turns it into a `.formula` once it knows on
    /// which sheets and rows those rows end up.
    indirect case aggregate(Aggregate)
    /// A link to cell A1 of another sheet of the workbook.
    indirect case link(sheet: String, text: String)
}

/// The computed value stored with a formula.
public enum StoredValue: Hashable, Sendable {
    case money(Money)
    case quantity(Quantity)
    case integer(Int)
    case text(String)
}
