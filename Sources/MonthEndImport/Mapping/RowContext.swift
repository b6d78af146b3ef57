import MonthEndCSV

/// One data row seen through its header mapping: typed reads of each field that either give the
/// value, nil (no such column, or an empty cell), or throw the cell's problem. A value that
/// cannot be read is never dropped silently: the row is rejected at that cell. One instance
/// serves a whole file, given each row's cells in turn (making one per row copied the table).
final class RowContext {
    /// Why a row is refused, at a 0-based column (nil: the row as a whole), in English (terminal
    /// messages) and in Chinese (the Chinese workbook), where a field goes by its column's header.
    struct Problem: Error {
        var column: Int?
        var reason: String
        var reasonZH: String
    }

    /// The row's cells as the reader holds them: a cell becomes a String only when a field keeps it.
    var fields: RowView?
    let mapping: HeaderMapping
    let table: SynonymTable

    /// The customer columns whose header is a customer-code word (read as IDs, not names), found
    /// once per file: testing the header per row hashed a Chinese String with normalisation.
    let customerCodeColumns: Set<Int>

    init(fields: RowView?, mapping: HeaderMapping, table: SynonymTable) {
        self.fields = fields
        self.mapping = mapping
        self.table = table
        customerCodeColumns = Set(
            mapping.columnList(.customer).filter {
                mapping.matchedKeys[$0].map(table.customerCodeKeys.contains) ?? false
            })
    }

    func cell(_ column: Int) -> CellBytes.Bytes { fields!.field(column) }

    /// The raw cell of a field's chosen column; nil without such a column.
    func raw(_ field: Field) -> String? { mapping.column(field).map { CellBytes.string(cell($0)) } }

    /// Reads a field's chosen column with `parse`, naming the field in the problem.
    func read<T>(_ field: Field, _ parse: (CellBytes.Bytes) throws(ValueError) -> T?) throws -> T? {
        guard let column = mapping.column(field) else { return nil }
        return try read(field, column: column, parse)
    }

    func read<T>(_ field: Field, column: Int, _ parse: (CellBytes.Bytes) throws(ValueError) -> T?) throws -> T? {
        let bytes = cell(column)
        do {
            return try parse(bytes)
        } catch {
            let text = CellText.trimmed(CellBytes.string(bytes))
            throw Problem(
                column: column, reason: "\(field.rawValue) \"\(text)\" \(error.problem)",
                reasonZH: "\(chineseName(field, column: column))“\(text)”\(error.problemZH)")
        }
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

    /// The problem of a field the row needs: its column is missing or its cell is empty.
    func missing(_ field: Field, column: Int?) -> Problem {
        let name = chineseName(field, column: column)
        guard let column else {
            return Problem(column: nil, reason: "\(field.rawValue) has no column", reasonZH: "没有\(name)列")
        }
        return Problem(column: column, reason: "\(field.rawValue) is empty", reasonZH: "\(name)为空")
    }

    /// A value the kind requires: an empty cell is a problem too.
    func required<T>(_ field: Field, _ parse: (CellBytes.Bytes) throws(ValueError) -> T?) throws -> T {
        guard let column = mapping.column(field) else { throw missing(field, column: nil) }
        guard let value = try read(field, column: column, parse) else { throw missing(field, column: column) }
        return value
    }

    /// An identifier field (waybill, invoice_no, customer, payer): the chosen column, or when its
    /// cell is empty the next of the field's columns, in synonym order, that is not empty.
    func identifier(_ field: Field, asText: Bool = false) throws -> String? {
        try firstValue(field, columns: mapping.columnList(field), asText: asText)
    }

    func requiredIdentifier(_ field: Field, asText: Bool = false) throws -> String {
        guard let first = mapping.column(field) else { throw missing(field, column: nil) }
        guard let value = try identifier(field, asText: asText) else { throw missing(field, column: first) }
        return value
    }

    /// The first non-empty value among `columns`.
    func firstValue(_ field: Field, columns: some Sequence<Int>, asText: Bool) throws -> String? {
        for column in columns {
            if let value = try read(field, column: column, asText ? Self.text : IdentifierText.parse(utf8:)) {
                return value
            }
        }
        return nil
    }

    // MARK: Value readers bound to the table's words

    static func text(_ raw: CellBytes.Bytes) throws(ValueError) -> String? {
        let value = CellBytes.unprotected(raw)
        return value.isEmpty ? nil : CellBytes.string(value)
    }

    func text(_ field: Field) throws -> String? { try read(field, Self.text) }
    func money(_ field: Field) throws -> Money? { try read(field, MoneyText.parse(utf8:)) }
    func date(_ field: Field) throws -> LocalDate? { try read(field, DateText.parse(utf8:)) }
    func price(_ field: Field) throws -> Quantity? { try read(field, QuantityText.parsePrice(utf8:)) }
    func code(_ field: Field) throws -> String? { try read(field, IdentifierText.parse(utf8:)) }

    func terms(_ field: Field) throws -> PaymentTerms? {
        try read(field) { (raw: CellBytes.Bytes) throws(ValueError) -> PaymentTerms? in
            try TermsText.parse(CellBytes.string(raw))
        }
    }

    func quantity(_ field: Field) throws -> Quantity? {
        let units = table.quantityUnits
        return try read(field) { (raw: CellBytes.Bytes) throws(ValueError) -> Quantity? in
            try QuantityText.parse(utf8: raw, units: units)
        }
    }

    func yesNo(_ field: Field) throws -> Bool? {
        let (yes, no) = (table.yesWords, table.noWords)
        return try read(field) { (raw: CellBytes.Bytes) throws(ValueError) -> Bool? in
            try YesNoText.parse(CellBytes.string(raw), yes: yes, no: no)
        }
    }
}
