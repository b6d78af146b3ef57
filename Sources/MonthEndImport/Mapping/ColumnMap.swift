/// A user's word for one column, for one run or in the configuration: `--map payments.direction=标志`
/// makes a header cell `标志` serve `direction` in a payments file, before any built-in synonym (as
/// a synonym at the front of the field's list would). The way to read a layout MonthEnd does not
/// know yet, or to settle a column it will not guess (an undeclared direction column).
public struct ColumnMap: Sendable, Hashable, CustomStringConvertible {
    public var kind: FileKind
    public var field: String
    public var header: String

    /// Parses `KIND.FIELD=HEADER` (`courier_bill.amount=应付金额(元)`); the kind and the field must
    /// exist, and the field must belong to the kind.
    public init(parsing text: String, table: SynonymTable) throws(MonthEndError) {
        let usage = "write KIND.FIELD=HEADER, e.g. payments.direction=借贷标志"
        guard let equals = text.firstIndex(of: "=") else {
            throw MonthEndError(.usage, "--map \(text): no '=' between the field and the header", hint: usage)
        }
        let target = String(text[..<equals])
        let header = String(text[text.index(after: equals)...])
        let parts = target.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = FileKind(rawValue: parts[0]) else {
            throw MonthEndError(
                .usage, "--map \(text): '\(target)' does not name a kind and a field",
                hint: usage + "; kinds are " + FileKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard let field = Field(rawValue: parts[1]), table.kinds[kind]?.spec(of: field) != nil else {
            let fields = table.kinds[kind]?.fields.map(\.field.rawValue) ?? []
            throw MonthEndError(
                .usage, "--map \(text): \(kind.rawValue) has no field '\(parts[1])'",
                hint: "fields of \(kind.rawValue): " + fields.joined(separator: ", "))
        }
        guard !CellText.trimmed(header).isEmpty else {
            throw MonthEndError(.usage, "--map \(text): the header is empty", hint: usage)
        }
        self.kind = kind
        self.field = parts[1]
        self.header = header
    }

    public var description: String { "\(kind.rawValue).\(field)=\(header)" }
}

extension SynonymTable {
    /// This table with each map's header as the first synonym of its field.
    public func applying(_ maps: [ColumnMap]) -> SynonymTable {
        var table = self
        for map in maps {
            guard var spec = table.kinds[map.kind],
                let index = spec.fields.firstIndex(where: { $0.field.rawValue == map.field })
            else { continue }
            let old = spec.fields[index]
            let synonyms = Self.union([map.header], old.synonyms)
            spec.fields[index] = FieldSpec(
                field: old.field, synonyms: synonyms, keys: Self.union([], synonyms.map(HeaderKey.normalize)))
            table.kinds[map.kind] = spec
        }
        return table
    }
}
