import MonthEndCSV

/// Reads the fields of one file's rows as its kind's schema says: the columns of every field are
/// resolved once per file (the chosen column, then an identifier field's fallbacks), and each
/// typed read gives the value, nil (no such column, or an empty cell), or throws the cell's
/// problem. A value that cannot be read is never dropped silently: the row is rejected at that
/// cell; a required field that is empty or has no column rejects the row too. One instance reads
/// a whole file; its values are `let`s, so a row's reads retain and check nothing.
final class RowReader {
    /// One field as this file holds it.
    private struct Column {
        var rule: FieldRule
        /// The chosen column first, then fallbacks; empty without a column.
        var columns: [Int]
        /// Per column: whether its header is a customer-code word (`codeOrName` reads it as an ID).
        var isCode: [Bool]
        /// Per column, for a cached rule read as text.
        var texts: [CellMemo<String?>]
        /// For a cached yes/no rule.
        var flags: CellMemo<Bool?>?
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
    /// A rate card's courier when the card has no courier column and its title names one.
    var titleCourier: String?
    /// synonyms.yaml `courier_name_tails`, for the courier-name reader.
    private let courierTails: [String]
    /// A bill row carried only a value-added fee: the file's bill lines are fee items.
    var hasFeeItems = false
    /// By `Field.ordinal`; nil for a field the kind's schema does not read.
    private let columns: [Column?]
    /// A payments file's direction words, own names and watch (`PaymentRules`); nil for other kinds.
    let paymentRules: PaymentRules?

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
        var columns = [Column?](repeating: nil, count: Field.allCases.count)
        for rule in KindSchema.of(mapping.kind).rules {
            let list = mapping.columnList(rule.field)
            let isCode = list.map { mapping.matchedKeys[$0].map(table.customerCodeKeys.contains) ?? false }
            let cachesText = rule.cached && rule.reader != .yesNo
            columns[rule.field.ordinal] = Column(
                rule: rule, columns: list, isCode: isCode,
                texts: cachesText ? list.map { _ in CellMemo<String?>() } : [],
                flags: rule.cached && rule.reader == .yesNo ? CellMemo<Bool?>() : nil)
        }
        self.columns = columns
    }

    // MARK: Typed reads

    /// A field read as text: `text`, `raw`, `identifier`, `identifierText` or `codeOrName`.
    func text(_ field: Field, _ row: RowView) throws(RowProblem) -> String? {
        guard let column = columns[field.ordinal] else { return nil }
        for (index, at) in column.columns.enumerated() {
            let cell = row.field(at)
            let reader = column.rule.reader == .codeOrName ? (column.isCode[index] ? .identifier : .text) : column.rule.reader
            let value: String?
            let tails = reader == .courierName ? courierTails : []
            do throws(ValueError) {
                value =
                    column.texts.isEmpty
                    ? try Self.readText(cell, reader, tails: tails)
                    : try column.texts[index].value(cell) { (cell) throws(ValueError) in
                        try Self.readText(cell, reader, tails: tails)
                    }
            } catch {
                throw problem(field, column: at, cell, error)
            }
            if let value { return value }
        }
        return try absent(column)
    }

    /// The customer's code columns (as IDs) and name columns (as text), each the first with a value:
    /// an invoice keeps both.
    func codeAndName(_ field: Field, _ row: RowView) throws(RowProblem) -> (code: String?, name: String?) {
        guard let column = columns[field.ordinal] else { return (nil, nil) }
        var code: String?
        var name: String?
        for isCode in [true, false] {
            for (index, at) in column.columns.enumerated() where column.isCode[index] == isCode {
                let cell = row.field(at)
                let value: String?
                do throws(ValueError) {
                    value = try Self.readText(cell, isCode ? .identifier : .text)
                } catch {
                    throw problem(field, column: at, cell, error)
                }
                guard let value else { continue }
                if isCode { code = value } else { name = value }
                break
            }
        }
        if code == nil && name == nil && column.rule.required { throw missing(field, column: column.columns.first) }
        return (code, name)
    }

    func money(_ field: Field, _ row: RowView) throws(RowProblem) -> Money? {
        try read(field, row) { (cell) throws(ValueError) in try MoneyText.parse(utf8: cell) }
    }

    /// A `quantity` (units allowed) or a `price` (currency marks allowed).
    func quantity(_ field: Field, _ row: RowView) throws(RowProblem) -> Quantity? {
        guard let column = columns[field.ordinal] else { return nil }
        if column.rule.reader == .price {
            return try read(field, row) { (cell) throws(ValueError) in try QuantityText.parsePrice(utf8: cell) }
        }
        let units = table.quantityUnits
        return try read(field, row) { (cell) throws(ValueError) in try QuantityText.parse(utf8: cell, units: units) }
    }

    func date(_ field: Field, _ row: RowView) throws(RowProblem) -> LocalDate? {
        let dates = dates
        return try read(field, row) { (cell) throws(ValueError) in try DateText.parse(utf8: cell, reading: dates) }
    }

    /// Every column of `field` read as a price, in the mapping's order (a matrix card's bands);
    /// nil for an empty cell.
    func prices(_ field: Field, _ row: RowView) throws(RowProblem) -> [(column: Int, price: Quantity?)] {
        guard let column = columns[field.ordinal] else { return [] }
        var prices: [(column: Int, price: Quantity?)] = []
        for at in column.columns {
            let cell = row.field(at)
            do throws(ValueError) {
                prices.append((at, try QuantityText.parsePrice(utf8: cell)))
            } catch {
                throw problem(field, column: at, cell, error)
            }
        }
        return prices
    }

    func yesNo(_ field: Field, _ row: RowView) throws(RowProblem) -> Bool? {
        let (yes, no) = (table.yesWords, table.noWords)
        let parse = { (cell: CellBytes.Bytes) throws(ValueError) -> Bool? in
            try YesNoText.parse(CellBytes.string(cell), yes: yes, no: no)
        }
        guard let memo = columns[field.ordinal]?.flags else { return try read(field, row, parse) }
        return try read(field, row) { (cell) throws(ValueError) in try memo.value(cell, parse) }
    }

    func terms(_ field: Field, _ row: RowView) throws(RowProblem) -> PaymentTerms? {
        try read(field, row) { (cell) throws(ValueError) in try TermsText.parse(CellBytes.string(cell)) }
    }

    /// Whether the file has a column for `field`.
    func has(_ field: Field) -> Bool { mapping.has(field) }

    // MARK: Problems

    /// The problem of a field the row needs: its column is missing or its cell is empty.
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
                String(String.UnicodeScalarView(mapping.headers[column].unicodeScalars.filter { $0 != "\r" && $0 != "\n" })))
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
        guard let column = columns[field.ordinal] else { return nil }
        guard let at = column.columns.first else { return try absent(column) }
        let cell = row.field(at)
        let value: T?
        do throws(ValueError) {
            value = try parse(cell)
        } catch {
            throw problem(field, column: at, cell, error)
        }
        if let value { return value }
        return try absent(column)
    }

    /// nil for an optional field with no value; the missing problem for a required one.
    private func absent<T>(_ column: Column) throws(RowProblem) -> T? {
        if column.rule.required { throw missing(column.rule.field, column: column.columns.first) }
        return nil
    }

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
