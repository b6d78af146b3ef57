import MonthEndCSV

/// Reads the fields of one file's rows as its kind's schema says: the columns of every field are
/// resolved once per file (the chosen column, then an identifier field's fallbacks), and each
/// typed read gives the value, nil (no such column, or an empty cell), or throws the cell's
/// problem. A value that cannot be read is never dropped silently: the row is rejected at that
/// cell; a required field that is empty or has no column rejects the row too. One instance reads
/// a whole file; its values are `let`s, so a row's reads retain and check nothing.
final class RowReader {
    /// One column a field reads, in plain values (looking one up per cell copies no reference).
    private struct Source {
        /// 0-based; -1 when the file has no column for the field (or its schema no such field).
        var column = -1
        /// The reader of this column: `codeOrName` is resolved per column into `identifier` or `text`.
        var reader = ValueReader.text
        var required = false
        /// The field has other columns (`fallbacks`) to try when this cell is empty.
        var hasFallbacks = false
        /// Index in `textMemos` (or `flagMemos` for yes/no) of this column's memo; -1 without one.
        var memo = -1
    }

    let mapping: HeaderMapping
    let table: SynonymTable
    /// The file's path as listed, for the duplicate-item problem.
    let path: String
    let stockRegistry: StockRegistry
    /// The run's period and our own names (`ImportContext`).
    let context: ImportContext
    /// Sellers and buyers of an invoice export, and the folding of a per-line one.
    let invoiceSides = InvoiceSides()
    /// The period for dates without a year, and the file's order of month and day.
    let dates: DateReading
    /// Whether the file's order of month and day is known (`DateReading.order`).
    var knowsDateOrder: Bool { dates.order != nil }
    /// A rate card's courier when the card has no courier column and its title names one.
    var titleCourier: String?
    /// synonyms.yaml `courier_name_tails`, for the courier-name reader.
    private let courierTails: [String]
    /// A bill row carried only a value-added fee: the file's bill lines are fee items.
    var hasFeeItems = false
    /// A payments file's direction words, own names and watch (`PaymentRules`); nil for other kinds.
    let paymentRules: PaymentRules?
    /// By `Field.ordinal`: the field's chosen column.
    private let chosen: [Source]
    /// By `Field.ordinal`: an identifier field's other columns, in synonym order, for an empty cell.
    private let fallbacks: [[Source]]
    /// By `Field.ordinal`: whether the file has a column for the field (`HeaderMapping.has`).
    private let present: [Bool]
    /// The memos of the cached text and yes/no columns (`Source.memo` numbers them).
    private let textMemos: CellMemo<String?>
    private let flagMemos: CellMemo<Bool?>
    /// Whether a slip's courier cell names a self pickup, by the cell's bytes (`isSelfPickup`).
    private let pickupMemo = CellMemo<Bool>()

    init(
        mapping: HeaderMapping, table: SynonymTable, path: String, stockRegistry: StockRegistry,
        context: ImportContext = ImportContext()
    ) {
        self.mapping = mapping
        self.table = table
        self.path = path
        self.stockRegistry = stockRegistry
        self.context = context
        self.dates = DateReading(period: context.period)
        self.courierTails = table.courierNameTails
        self.paymentRules =
            mapping.kind == .payments ? PaymentRules(mapping: mapping, table: table, context: context) : nil
        var chosen = [Source](repeating: Source(), count: Field.allCases.count)
        var fallbacks = [[Source]](repeating: [], count: Field.allCases.count)
        var textMemos = 0
        var flagMemos = 0
        for rule in KindSchema.of(mapping.kind).rules {
            var sources = mapping.columnList(rule.field).map { column -> Source in
                var source = Source(column: column, reader: rule.reader, required: rule.required)
                if rule.reader == .codeOrName {
                    let isCode = mapping.matchedKeys[column].map(table.customerCodeKeys.contains) ?? false
                    source.reader = isCode ? .identifier : .text
                }
                if rule.cached && rule.reader == .yesNo {
                    source.memo = flagMemos
                    flagMemos += 1
                } else if rule.cached {
                    source.memo = textMemos
                    textMemos += 1
                }
                return source
            }
            if sources.isEmpty { sources = [Source(required: rule.required)] }
            sources[0].hasFallbacks = sources.count > 1
            chosen[rule.field.ordinal] = sources[0]
            fallbacks[rule.field.ordinal] = Array(sources.dropFirst())
        }
        self.chosen = chosen
        self.fallbacks = fallbacks
        self.present = Field.allCases.map(mapping.has)
        self.textMemos = CellMemo(count: textMemos)
        self.flagMemos = CellMemo(count: flagMemos)
    }

    // MARK: Typed reads
    //
    // Each read first takes the common case where it lies (a text its column's memo knows, a bare
    // ID, a plain amount, quantity or date: what the full reading would give for it), small enough
    // to inline into the kind's record; any other cell is read in full out of line.

    /// A field read as text: `text`, `raw`, `identifier`, `identifierText` or `codeOrName`; an
    /// identifier field whose chosen cell is empty takes its next column with a value.
    @inline(__always)
    func text(_ field: Field, _ row: RowView) throws(RowProblem) -> String? {
        let source = chosen[field.ordinal]
        if source.column >= 0 {
            let cell = row.field(source.column)
            if source.memo >= 0 {
                if let known = textMemos.remembered(source.memo, cell), let value = known { return value }
            } else if source.reader == .identifier, let value = IdentifierText.bare(cell) {
                return value
            }
        }
        return try textInFull(field, row)
    }

    @inline(never)
    private func textInFull(_ field: Field, _ row: RowView) throws(RowProblem) -> String? {
        let source = chosen[field.ordinal]
        guard source.column >= 0 else { return try absent(field, source) }
        if let value = try text(field, source, row) { return value }
        guard source.hasFallbacks else { return try absent(field, source) }
        for fallback in fallbacks[field.ordinal] {
            if let value = try text(field, fallback, row) { return value }
        }
        return try absent(field, source)
    }

    @inline(__always)
    private func text(_ field: Field, _ source: Source, _ row: RowView) throws(RowProblem) -> String? {
        let cell = row.field(source.column)
        let reader = source.reader
        let tails = reader == .courierName ? courierTails : []
        do throws(ValueError) {
            guard source.memo >= 0 else { return try Self.readText(cell, reader, tails: tails) }
            return try textMemos.value(source.memo, cell) { (cell) throws(ValueError) in
                try Self.readText(cell, reader, tails: tails)
            }
        } catch {
            throw problem(field, column: source.column, cell, error)
        }
    }

    /// The customer's code columns (as IDs) and name columns (as text), each the first with a value:
    /// an invoice keeps both.
    func codeAndName(_ field: Field, _ row: RowView) throws(RowProblem) -> (code: String?, name: String?) {
        let first = chosen[field.ordinal]
        guard first.column >= 0 else {
            if first.required { throw missing(field, column: nil) }
            return (nil, nil)
        }
        let sources = [first] + fallbacks[field.ordinal]
        var code: String?
        var name: String?
        for isCode in [true, false] {
            for source in sources where (source.reader == .identifier) == isCode {
                guard let value = try text(field, source, row) else { continue }
                if isCode { code = value } else { name = value }
                break
            }
        }
        if code == nil && name == nil && first.required { throw missing(field, column: first.column) }
        return (code, name)
    }

    @inline(__always)
    func money(_ field: Field, _ row: RowView) throws(RowProblem) -> Money? {
        let column = chosen[field.ordinal].column
        if column >= 0, let fen = DecimalText.plain(row.field(column), decimals: 2) { return Money(fen: fen) }
        return try moneyInFull(field, row)
    }

    @inline(never)
    private func moneyInFull(_ field: Field, _ row: RowView) throws(RowProblem) -> Money? {
        try read(field, row) { (cell) throws(ValueError) in try MoneyText.parse(utf8: cell) }
    }

    /// A `quantity` (units allowed) or a `price` (currency marks allowed).
    @inline(__always)
    func quantity(_ field: Field, _ row: RowView) throws(RowProblem) -> Quantity? {
        let column = chosen[field.ordinal].column
        if column >= 0, let micros = DecimalText.plain(row.field(column), decimals: Quantity.fractionDigits) {
            return Quantity(micros: micros)
        }
        return try quantityInFull(field, row)
    }

    @inline(never)
    private func quantityInFull(_ field: Field, _ row: RowView) throws(RowProblem) -> Quantity? {
        if chosen[field.ordinal].reader == .price {
            return try read(field, row) { (cell) throws(ValueError) in try QuantityText.parsePrice(utf8: cell) }
        }
        let units = table.quantityUnits
        return try read(field, row) { (cell) throws(ValueError) in try QuantityText.parse(utf8: cell, units: units) }
    }

    @inline(__always)
    func date(_ field: Field, _ row: RowView) throws(RowProblem) -> LocalDate? {
        let column = chosen[field.ordinal].column
        if column >= 0, let date = DateText.plain(row.field(column)) { return date }
        return try dateInFull(field, row)
    }

    @inline(never)
    private func dateInFull(_ field: Field, _ row: RowView) throws(RowProblem) -> LocalDate? {
        let dates = dates
        return try read(field, row) { (cell) throws(ValueError) in try DateText.parse(utf8: cell, reading: dates) }
    }

    /// Every column of `field` read as a price, in the mapping's order (a matrix card's bands);
    /// nil for an empty cell.
    func prices(_ field: Field, _ row: RowView) throws(RowProblem) -> [(column: Int, price: Quantity?)] {
        let first = chosen[field.ordinal]
        guard first.column >= 0 else { return [] }
        var prices: [(column: Int, price: Quantity?)] = []
        for source in [first] + fallbacks[field.ordinal] {
            let cell = row.field(source.column)
            do throws(ValueError) {
                prices.append((source.column, try QuantityText.parsePrice(utf8: cell)))
            } catch {
                throw problem(field, column: source.column, cell, error)
            }
        }
        return prices
    }

    @inline(__always)
    func yesNo(_ field: Field, _ row: RowView) throws(RowProblem) -> Bool? {
        let source = chosen[field.ordinal]
        if source.memo >= 0, source.column >= 0,
            let known = flagMemos.remembered(source.memo, row.field(source.column)), let value = known
        {
            return value
        }
        return try yesNoInFull(field, row)
    }

    @inline(never)
    private func yesNoInFull(_ field: Field, _ row: RowView) throws(RowProblem) -> Bool? {
        let (yes, no) = (table.yesWords, table.noWords)
        let parse = { (cell: CellBytes.Bytes) throws(ValueError) -> Bool? in
            try YesNoText.parse(CellBytes.string(cell), yes: yes, no: no)
        }
        let memo = chosen[field.ordinal].memo
        guard memo >= 0 else { return try read(field, row, parse) }
        return try read(field, row) { (cell) throws(ValueError) in try flagMemos.value(memo, cell, parse) }
    }

    func terms(_ field: Field, _ row: RowView) throws(RowProblem) -> PaymentTerms? {
        try read(field, row) { (cell) throws(ValueError) in try TermsText.parse(CellBytes.string(cell)) }
    }

    /// Whether `courier`, the row's courier as read, is a self-pickup word (synonyms.yaml
    /// `self_pickup_words`), decided once per distinct cell when the courier has one column.
    func isSelfPickup(_ courier: String, _ row: RowView) -> Bool {
        let decide = { self.table.selfPickupWords.contains(CellText.comparable(courier)) }
        let source = chosen[Field.courier.ordinal]
        guard source.column >= 0, !source.hasFallbacks else { return decide() }
        return pickupMemo.value(0, row.field(source.column)) { _ in decide() }
    }

    /// Whether the file has a column for `field`.
    @inline(__always)
    func has(_ field: Field) -> Bool { present[field.ordinal] }

    // MARK: Problems

    /// The problem of a field the row needs: its column is missing or its cell is empty.
    @inline(never)
    func missing(_ field: Field, column: Int?) -> RowProblem {
        let name = chineseName(field, column: column)
        guard let column else {
            return RowProblem(column: nil, reason: "\(field.rawValue) has no column", reasonZH: "没有\(name)列")
        }
        return RowProblem(column: column, reason: "\(field.rawValue) is empty", reasonZH: "\(name)为空")
    }

    /// How the Chinese reasons name a field: the header of its column in this file (what the user
    /// sees), or with no column the field's first Chinese header word in the synonyms.
    func chineseName(_ field: Field, column: Int?) -> String {
        if let column, column < mapping.headers.count {
            // A header cell may hold a line break (计费重量⏎(公斤)): the name is written on one line.
            let header = CellText.trimmed(
                String(
                    String.UnicodeScalarView(mapping.headers[column].unicodeScalars.filter { $0 != "\r" && $0 != "\n" })
                ))
            if !header.isEmpty { return header }
        }
        let synonyms = table.kinds[mapping.kind]?.spec(of: field)?.synonyms ?? []
        return synonyms.first { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } } ?? field.rawValue
    }

    // MARK: Reading one cell

    /// The chosen column of `field` read with `parse`; nil (or, required, the missing problem)
    /// when the cell is empty or there is no column.
    @inline(__always)
    private func read<T>(
        _ field: Field, _ row: RowView, _ parse: (CellBytes.Bytes) throws(ValueError) -> T?
    ) throws(RowProblem) -> T? {
        let source = chosen[field.ordinal]
        guard source.column >= 0 else { return try absent(field, source) }
        let cell = row.field(source.column)
        let value: T?
        do throws(ValueError) {
            value = try parse(cell)
        } catch {
            throw problem(field, column: source.column, cell, error)
        }
        if let value { return value }
        return try absent(field, source)
    }

    /// nil for an optional field with no value (or not in the schema); the missing problem for a
    /// required one.
    @inline(__always)
    private func absent<T>(_ field: Field, _ source: Source) throws(RowProblem) -> T? {
        if source.required { throw missing(field, column: source.column >= 0 ? source.column : nil) }
        return nil
    }

    @inline(never)
    private func problem(_ field: Field, column: Int, _ cell: CellBytes.Bytes, _ error: ValueError) -> RowProblem {
        let text = CellText.trimmed(CellBytes.string(cell))
        return RowProblem(
            column: column, reason: "\(field.rawValue) \"\(text)\" \(error.problem)",
            reasonZH: "\(chineseName(field, column: column))“\(text)”\(error.problemZH)",
            awaitsDateOrder: error.problem == DateReading.orderUnknown)
    }

    @inline(__always)
    private static func readText(
        _ cell: CellBytes.Bytes, _ reader: ValueReader, tails: [String] = []
    ) throws(ValueError) -> String? {
        switch reader {
        case .identifier: return try IdentifierText.parse(utf8: cell)
        case .raw: return CellBytes.string(cell)
        case .courierName:
            let value = CellBytes.unprotected(cell)
            return value.isEmpty ? nil : courierName(CellBytes.string(value), tails: tails)
        default:
            let value = CellBytes.unprotected(cell)
            return value.isEmpty ? nil : CellBytes.string(value)
        }
    }
}
