import MonthEndCore
import MonthEndReconcile

/// Builders for stock-take rows in tests: quantities written as the sheet writes them.
enum StockTestRows {
    static func qty(_ text: String) -> Quantity {
        guard let value = Quantity(plain: Substring(text)) else { fatalError("bad test quantity \(text)") }
        return value
    }

    static func qty(_ text: String?) -> Quantity? { text.map { qty($0) } }

    static func row(
        _ code: String, unit: String? = "卷", location: String = "主仓", line: Int = 5,
        opening: String? = nil, received: String? = nil, issued: String? = nil, book: String? = nil,
        counted: String? = nil, cost: String? = nil
    ) -> StockCountRow {
        StockCountRow(
            source: SourceLocation(fileIndex: 0, line: line), itemCode: code, itemName: "name " + code, spec: nil,
            unit: unit, location: location, openingQty: qty(opening), receivedQty: qty(received),
            issuedQty: qty(issued), bookQty: qty(book), countedQty: qty(counted), unitCost: qty(cost))
    }

    static func line(
        _ code: String = "0100000", unit: String? = "卷", opening: String? = nil, received: String? = nil,
        issued: String? = nil, book: String? = nil, counted: String? = nil, cost: String? = nil,
        settings: StockSettings = StockSettings()
    ) -> StockItemLine {
        StockItemLine(
            row: row(
                code, unit: unit, opening: opening, received: received, issued: issued, book: book, counted: counted,
                cost: cost),
            settings: settings)
    }

    static func money(_ text: String) -> Money { Money(roundingHalfUp: qty(text)) }
}
