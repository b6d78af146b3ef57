/// Turns one reconciled stock item into its rows of the exceptions list, in plain words.
/// An item gives at most one row for its flags (the first of not on book, above tolerance, not
/// counted, no unit cost names its kind; the reason covers them all) and one more row when its
/// book does not add up.
struct StockExceptionWriter {
    let line: StockItemLine
    /// Chinese reasons, else English (`--lang`).
    let zh: Bool
    private var english: Bool { !zh }

    /// Which flag names an item's row, most telling first.
    static let kindOrder: [StockFlag] = [.notOnBook, .aboveTolerance, .notCounted, .noUnitCost]

    var exceptions: [ExceptionItem] {
        var items: [ExceptionItem] = []
        let itemFlags = Self.kindOrder.filter(line.has)
        if let kind = itemFlags.first {
            items.append(
                ExceptionItem(
                    area: .stock, key: line.exceptionKey, kind: kind.rawValue, amount: amount(for: kind),
                    reason: itemFlags.map(sentence).joined(separator: english ? "; " : "；"), source: line.source))
        }
        if line.has(.bookDoesNotAddUp) {
            items.append(
                ExceptionItem(
                    area: .stock, key: line.exceptionKey, kind: StockFlag.bookDoesNotAddUp.rawValue,
                    amount: bookDiscrepancyValue, reason: sentence(.bookDoesNotAddUp), source: line.source))
        }
        return items
    }

    /// The amount at stake: the variance value; for an item not counted, the value of its
    /// unverified book quantity; nothing for an item that cannot be valued.
    func amount(for kind: StockFlag) -> Money {
        switch kind {
        case .notOnBook, .aboveTolerance: return line.varianceValue
        case .notCounted:
            guard let book = line.bookQty, let cost = line.unitCost else { return .zero }
            return StockArithmetic.value(of: book, at: cost)
        case .noUnitCost, .withinTolerance, .bookDoesNotAddUp: return .zero
        }
    }

    /// (Book column - opening + received - issued) x unit cost: what the discrepancy is worth.
    var bookDiscrepancyValue: Money {
        guard let book = line.bookQty, let computed = line.computedBookQty, let cost = line.unitCost else {
            return .zero
        }
        return StockArithmetic.value(of: book - computed, at: cost)
    }

    func sentence(_ flag: StockFlag) -> String {
        let counted = quantity(line.countedQty)
        let book = quantity(line.bookQty)
        switch flag {
        case .aboveTolerance:
            let variance = quantity(line.variance)
            let allowance = quantity(line.tolerance.allowance)
            return english
                ? "counted \(counted) against book \(book): variance \(variance) is more than the tolerance of \(allowance); variance value \(line.varianceValue)"
                : "实盘 \(counted)，账存 \(book)，差异 \(variance) 超出允差 \(allowance)；差异金额 \(line.varianceValue)"
        case .notCounted:
            guard line.bookQty != nil else {
                return english ? "not counted (the counted quantity is blank); no book quantity" : "未盘点（实盘数量为空）；无账存数量"
            }
            return english
                ? "not counted (the counted quantity is blank); book \(book)"
                : "未盘点（实盘数量为空）；账存 \(book)"
        case .notOnBook:
            return english
                ? "not on book: no book quantity, counted \(counted) valued as a surplus of \(line.varianceValue)"
                : "账外盘盈：无账存数量，实盘 \(counted) 全部按盘盈计价 \(line.varianceValue)"
        case .noUnitCost:
            return english ? "no unit cost: the variance has no value" : "无单价：差异未计价"
        case .bookDoesNotAddUp:
            let computed = quantity(line.computedBookQty)
            let terms =
                english
                ? "opening \(plain(line.openingQty)) + received \(plain(line.receivedQty)) - issued \(plain(line.issuedQty)) = \(computed)"
                : "期初 \(plain(line.openingQty)) + 入库 \(plain(line.receivedQty)) - 出库 \(plain(line.issuedQty)) = \(computed)"
            return english
                ? "book \(book) does not add up: \(terms); the book column is used"
                : "账存 \(book) 与 \(terms) 不符；按账存数量计"
        case .withinTolerance:
            return english ? "variance within tolerance" : "差异在允差内"
        }
    }

    /// A quantity with the item's unit: `45262.4 米`.
    func quantity(_ value: Quantity?) -> String {
        guard let value else { return "-" }
        guard let unit = line.unit, !unit.isEmpty else { return value.description }
        return value.description + " " + unit
    }

    /// A component as written, 0 when absent (as the rule counts it).
    func plain(_ value: Quantity?) -> String { (value ?? .zero).description }
}
