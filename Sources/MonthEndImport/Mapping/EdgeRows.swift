/// Rows inside or around a table that are not data, whatever the kind (INPUTS.md, "Footers and
/// totals"): a row of one text cell alone (a section title such as 一、线材 between the rows, or a
/// disclaimer such as 以上数据仅供参考… after them), a row that holds only amounts with every key
/// cell empty (an unlabelled subtotal), and a row whose mapped cells are all empty (a numbered
/// blank row of a template: only its 序号 is filled).
///
/// The mapper asks before a row is read when the row does not look like plain data, and asks again
/// when a row it read is about to be rejected: a disclaimer in the date column fails as a date,
/// and a subtotal fails for its empty waybill; neither is a rejected row.
struct EdgeRows {
    /// The fields that name a row (required and not an amount): all empty on a subtotal row.
    private let keyColumns: [Int]
    /// Every column a field of the kind reads.
    private let mappedColumns: [Int]

    init(mapping: HeaderMapping) {
        var keys: [Int] = []
        var mapped: [Int] = []
        for rule in KindSchema.of(mapping.kind).rules {
            let columns = mapping.columnList(rule.field)
            mapped += columns
            let isAmount = [.money, .quantity, .price].contains(rule.reader)
            if rule.required && !isAmount { keys += columns }
        }
        // A kind whose only required field is an amount still has its dates and names to go by.
        if keys.isEmpty { keys = mapped }
        self.keyColumns = keys
        self.mappedColumns = mapped
    }

    /// Why `cells` is not data, or nil when it may be.
    func reason(_ cells: [String]) -> SkipReason? {
        let filled = cells.indices.filter { !CellText.trimmed(cells[$0]).isEmpty }
        guard !filled.isEmpty else { return .blank }
        // A footer unless data follows: the mapper decides (`FileMapper.skip`).
        if filled.count == 1, !Self.isNumber(cells[filled[0]]) { return .sectionTitle }
        if filled.allSatisfy({ !mappedColumns.contains($0) }) { return .blank }
        if keyColumns.allSatisfy({ $0 >= cells.count || CellText.trimmed(cells[$0]).isEmpty }),
            filled.allSatisfy({ Self.isNumber(cells[$0]) })
        {
            return .total
        }
        return nil
    }

    /// An amount or a count as the exports write them (`1,234.50`, `¥12`, `(3.00)`).
    private static func isNumber(_ cell: String) -> Bool {
        ((try? MoneyText.parse(cell)) ?? nil) != nil
    }
}
