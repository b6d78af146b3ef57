import XLSXWriter

/// The number format a written value needs, by its type; also its format's index in
/// `SheetWriter.dataRowFormats`.
enum NumberKind: Int {
    case text, money, quantity, integer, date, percent
}

/// What writing one cell value takes: the kind of call, the value as the writer wants it, and its
/// number format. One mapping for both ways of writing (through the workbook or a cell writer).
enum CellCall {
    case none
    case text(String, NumberKind)
    case number(Double, NumberKind)
    case date(LocalDate)
    case formula(String, FormulaResult, NumberKind)
    case link(sheet: String, text: String)

    init(_ value: CellValue) {
        switch value {
        case .empty: self = .none
        case .text(let text): self = .text(text, .text)
        case .money(let money): self = .number(money.doubleValue, .money)
        case .quantity(let quantity): self = .number(quantity.doubleValue, .quantity)
        case .integer(let integer): self = .number(Double(integer), .integer)
        case .date(let date): self = .date(date)
        case .percent(let fraction): self = .number(fraction.doubleValue, .percent)
        case .formula(let formula, let stored):
            switch stored {
            case .money(let m): self = .formula(formula, .number(m.doubleValue), .money)
            case .quantity(let q): self = .formula(formula, .number(q.doubleValue), .quantity)
            case .integer(let i): self = .formula(formula, .number(Double(i)), .integer)
            case .text(let t): self = .formula(formula, .text(t), .text)
            }
        case .aggregate:
            preconditionFailure("aggregates are resolved by WorkbookPlacement before writing")
        case .link(let target, let text): self = .link(sheet: target, text: text)
        }
    }
}
