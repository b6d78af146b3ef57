/// Which column serves which field, for one header row read as one kind. Fields are assigned in
/// the order the kind lists them, each taking the earliest of its synonyms whose column is still
/// free; a column serves one field only. An identifier field also keeps its other matching
/// columns, in synonym order, to fall back on when the chosen cell is empty.
struct HeaderMapping: Sendable, Hashable {
    var kind: FileKind
    /// The header cells as written.
    var headers: [String]
    /// 0-based columns per field: the chosen one first, then fallbacks (identifier fields only).
    private(set) var columns: [Field: [Int]]
    /// `columns` by `Field.ordinal`, for the lookups every row makes.
    private var columnsByOrdinal: [[Int]] = []
    /// The normalised synonym each serving column matched.
    var matchedKeys: [Int: String]
    /// The weight bands of the `bands` columns, same order (by upper bound).
    private(set) var weightBands: [WeightBandHeader] = []

    init(headers: [String], spec: SynonymTable.KindSpec, table: SynonymTable) {
        self.kind = spec.kind
        self.headers = headers
        self.columns = [:]
        self.matchedKeys = [:]
        let known = Set(spec.fields.flatMap(\.keys))
        let keys = headers.map { cell -> String in
            let key = HeaderKey.normalize(cell)
            if known.contains(key) { return key }
            if let bare = HeaderKey.withoutUnit(key, units: table.headerUnits), known.contains(bare) { return bare }
            if let chinese = HeaderKey.withoutGloss(key), known.contains(chinese) { return chinese }
            return key
        }
        var taken = Set<Int>()
        for fieldSpec in spec.fields {
            var chosen: [Int] = []
            for synonym in fieldSpec.keys {
                for (column, key) in keys.enumerated() where key == synonym && !taken.contains(column) {
                    chosen.append(column)
                    taken.insert(column)
                    matchedKeys[column] = synonym
                    if !table.identifierFields.contains(fieldSpec.field) { break }
                }
                if !chosen.isEmpty && !table.identifierFields.contains(fieldSpec.field) { break }
            }
            if !chosen.isEmpty { columns[fieldSpec.field] = chosen }
        }
        if spec.spec(of: .bands) != nil { findWeightBands(keys, taken: taken) }
        if spec.kind == .payments { choosePaymentLayout() }
        columnsByOrdinal = Field.allCases.map { columns[$0] ?? [] }
    }

    /// The free columns whose header names a weight band (`0-0.5kg`), by upper bound; a bound
    /// named twice keeps its first column.
    private mutating func findWeightBands(_ keys: [String], taken: Set<Int>) {
        var found: [(column: Int, band: WeightBandHeader)] = []
        for (column, key) in keys.enumerated() where !taken.contains(column) {
            guard let band = WeightBandHeader.parse(key), !found.contains(where: { $0.band.upToKg == band.upToKg })
            else { continue }
            found.append((column, band))
            matchedKeys[column] = key
        }
        found.sort { $0.band.upToKg < $1.band.upToKg }
        guard !found.isEmpty else { return }
        columns[.bands] = found.map(\.column)
        weightBands = found.map(\.band)
    }

    /// Payments read money one way only: split credit/debit columns when there is a credit column
    /// (or an amount column beside a debit column), else an amount column (with its direction
    /// column when there is one). Columns of the other layouts serve nothing.
    private mutating func choosePaymentLayout() {
        // An amount column beside a debit column and no credit column is the pair's other side
        // (收款金额 beside 付款金额), not a signed amount.
        if columns[.creditAmount] == nil, columns[.direction] == nil, columns[.debitAmount] != nil,
            let amount = columns[.amount]
        {
            columns[.creditAmount] = amount
            columns[.amount] = nil
        }
        let unused: [Field] = columns[.creditAmount] != nil ? [.amount, .direction] : [.debitAmount]
        for field in unused {
            for column in columns[field] ?? [] { matchedKeys[column] = nil }
            columns[field] = nil
        }
    }

    func column(_ field: Field) -> Int? { columnsByOrdinal[field.ordinal].first }
    func has(_ field: Field) -> Bool { !columnsByOrdinal[field.ordinal].isEmpty }
    /// The field's columns, chosen one first; empty without one.
    func columnList(_ field: Field) -> [Int] { columnsByOrdinal[field.ordinal] }

    /// Whether every required entry of the kind has one of its fields.
    func satisfies(_ required: [[Field]]) -> Bool {
        required.allSatisfy { group in group.contains { has($0) } }
    }

    /// How many columns serve a field.
    var recognisedCount: Int { columns.values.reduce(0) { $0 + $1.count } }

    /// Field per column in column order, for `inspect` and the Sources sheet.
    var columnMappings: [ColumnMapping] {
        var fieldOf: [Int: Field] = [:]
        for (field, list) in columns { for column in list { fieldOf[column] = field } }
        return headers.enumerated().map { index, header in
            ColumnMapping(column: index + 1, header: header, field: fieldOf[index]?.rawValue)
        }
    }
}
