/// Turns one reconciled stock item into its rows of the exceptions list, in the labels' words.
/// An item gives at most one row for its flags (the first of not on book, above tolerance, not
/// counted, no unit cost names its kind; the reason covers them all) and one more row when its
/// book does not add up.
struct StockExceptionWriter {
    let line: StockItemLine
    let phrases: ReasonPhrases

    /// Which flag names an item's row, most telling first.
    static let kindOrder: [StockFlag] = [.notOnBook, .aboveTolerance, .notCounted, .noUnitCost]

    var exceptions: [ExceptionItem] {
        var items: [ExceptionItem] = []
        let itemFlags = Self.kindOrder.filter(line.has)
        if let kind = itemFlags.first {
            items.append(
                ExceptionItem(
                    area: .stock, key: line.exceptionKey, kind: kind.rawValue, amount: amount(for: kind),
                    reason: itemFlags.map(sentence).joined(separator: phrases.separator), source: line.source))
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
            return phrases(
                "reason.stock.variance",
                [
                    "counted": counted, "book": book, "variance": quantity(line.variance),
                    "allowance": quantity(line.tolerance.allowance), "value": line.varianceValue.description,
                ])
        case .notCounted:
            guard line.bookQty != nil else { return phrases("reason.stock.not_counted_no_book") }
            return phrases("reason.stock.not_counted", ["book": book])
        case .notOnBook:
            return phrases("reason.stock.not_on_book", ["counted": counted, "value": line.varianceValue.description])
        case .noUnitCost:
            return phrases("reason.stock.no_unit_cost")
        case .bookDoesNotAddUp:
            return phrases(
                "reason.stock.book_does_not_add_up",
                [
                    "book": book, "opening": plain(line.openingQty), "received": plain(line.receivedQty),
                    "issued": plain(line.issuedQty), "computed": quantity(line.computedBookQty),
                ])
        case .withinTolerance:
            return phrases("reason.stock.within_tolerance")
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
