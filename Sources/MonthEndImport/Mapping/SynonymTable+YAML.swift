import Yams

extension SynonymTable {
    /// Merges one synonyms.yaml over this table (the rule is documented at the top of
    /// templates/synonyms.yaml). `isBase` is the built-in file, which may define fields and kinds.
    mutating func merge(yaml text: String, source: String, isBase: Bool) throws {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw MonthEndError(.badTemplate, "not valid YAML: \(error)", path: source)
        }
        guard let root else { return }
        guard let mapping = root.mapping else {
            throw MonthEndError(.badTemplate, "the top level must be a mapping", path: source)
        }
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            let line = keyNode.mark?.line
            func words() throws -> [String] { try Self.strings(value, source: source, key: key) }
            switch key {
            case "version": continue
            case "header_units": headerUnits = Self.union(headerUnits, try words().map(HeaderKey.normalize))
            case "identifier_fields":
                identifierFields.formUnion(try words().map { try Self.field($0, source: source, line: line) })
            case "customer_code_headers": customerCodeKeys.formUnion(try words().map(HeaderKey.normalize))
            case "total_prefixes": totalPrefixes = Self.union(totalPrefixes, try words().map(HeaderKey.normalize))
            case "total_key_fields":
                totalKeyFields = Self.union(
                    totalKeyFields, try words().map { try Self.field($0, source: source, line: line) })
            case "footer_prefixes": footerPrefixes = Self.union(footerPrefixes, try words().map(HeaderKey.normalize))
            case "void_statuses": voidStatuses.formUnion(try words().map(CellText.comparable))
            case "credit_note_statuses":
                creditNoteStatuses = Self.union(creditNoteStatuses, try words().map(CellText.comparable))
            case "reversed_statuses":
                reversedStatuses = Self.union(reversedStatuses, try words().map(CellText.comparable))
            case "incoming_directions": directionWords.add(try words(), .incoming)
            case "outgoing_directions": directionWords.add(try words(), .outgoing)
            case "yes_words": yesWords.formUnion(try words().map(CellText.comparable))
            case "no_words": noWords.formUnion(try words().map(CellText.comparable))
            case "quantity_units":
                quantityUnits = Self.union(quantityUnits, try words().map(CellText.comparable))
                    .sorted { $0.count > $1.count }
            case "kind_preferences":
                kindPreferences = Self.union(kindPreferences, try Self.preferences(value, source: source))
            case "courier_name_tails":
                courierNameTails = Self.union(courierNameTails, try words().map(CellText.comparable))
                    .sorted { $0.count > $1.count }
            case "self_pickup_words": selfPickupWords.formUnion(try words().map(CellText.comparable))
            case "bill_fee_words": billFeeWords = Self.union(billFeeWords, try words().map(HeaderKey.normalize))
            case "kinds": try mergeKinds(value, source: source, isBase: isBase)
            default:
                throw MonthEndError(
                    .badTemplate, "unknown key '\(key)'", path: source, line: line,
                    hint: "see the comments of the built-in synonyms.yaml for the keys it may hold")
            }
        }
        if let both = directionWords.wordGoingBothWays {
            throw MonthEndError(
                .badTemplate, "'\(both)' is both an incoming and an outgoing direction word", path: source,
                hint: "keep it in one of incoming_directions and outgoing_directions")
        }
    }

    private mutating func mergeKinds(_ node: Node, source: String, isBase: Bool) throws {
        guard let mapping = node.mapping else {
            throw MonthEndError(.badTemplate, "'kinds' must be a mapping", path: source, line: node.mark?.line)
        }
        for (kindNode, body) in mapping {
            let name = kindNode.scalar?.string ?? ""
            let line = kindNode.mark?.line
            guard let kind = FileKind(rawValue: name) else {
                throw MonthEndError(
                    .badTemplate, "unknown kind '\(name)'", path: source, line: line,
                    hint: "kinds are " + FileKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            var spec = kinds[kind] ?? KindSpec(kind: kind, fields: [], required: [])
            guard isBase || kinds[kind] != nil else {
                throw MonthEndError(.badTemplate, "kind '\(name)' is not built in", path: source, line: line)
            }
            guard let bodyMapping = body.mapping else {
                throw MonthEndError(.badTemplate, "kind '\(name)' must be a mapping", path: source, line: line)
            }
            for (entryNode, value) in bodyMapping {
                let entry = entryNode.scalar?.string ?? ""
                switch entry {
                case "fields":
                    guard let fields = value.mapping else {
                        throw MonthEndError(
                            .badTemplate, "'fields' of \(name) must be a mapping", path: source,
                            line: value.mark?.line)
                    }
                    for (fieldNode, synonymsNode) in fields {
                        let fieldLine = fieldNode.mark?.line
                        let field = try Self.field(fieldNode.scalar?.string ?? "", source: source, line: fieldLine)
                        let synonyms = try Self.strings(synonymsNode, source: source, key: field.rawValue)
                        if let index = spec.fields.firstIndex(where: { $0.field == field }) {
                            let old = spec.fields[index]
                            let merged = Self.union(synonyms, isBase ? [] : old.synonyms)
                            spec.fields[index] = FieldSpec(
                                field: field, synonyms: merged, keys: Self.union([], merged.map(HeaderKey.normalize)))
                        } else if isBase {
                            spec.fields.append(
                                FieldSpec(
                                    field: field, synonyms: synonyms,
                                    keys: Self.union([], synonyms.map(HeaderKey.normalize))))
                        } else {
                            throw MonthEndError(
                                .badTemplate, "\(name) has no field '\(field.rawValue)'", path: source,
                                line: fieldLine,
                                hint: "fields of \(name): " + spec.fields.map(\.field.rawValue).joined(separator: ", "))
                        }
                    }
                case "required":
                    guard let sequence = value.sequence else {
                        throw MonthEndError(
                            .badTemplate, "'required' of \(name) must be a list", path: source, line: value.mark?.line)
                    }
                    spec.required = try sequence.map { item in
                        try Self.strings(item, source: source, key: "required").map {
                            try Self.field($0, source: source, line: item.mark?.line)
                        }
                    }
                default:
                    throw MonthEndError(
                        .badTemplate, "unknown key '\(entry)' in kind \(name)", path: source,
                        line: entryNode.mark?.line, hint: "a kind holds 'required' and 'fields'")
                }
            }
            for group in spec.required {
                for field in group where spec.spec(of: field) == nil {
                    throw MonthEndError(
                        .badTemplate, "\(name) requires '\(field.rawValue)' but has no such field", path: source,
                        line: line)
                }
            }
            kinds[kind] = spec
        }
    }

    /// `- {kind: K, over: [K, ...], when: [field, ...]}` entries.
    private static func preferences(_ node: Node, source: String) throws -> [KindPreference] {
        guard let sequence = node.sequence else {
            throw MonthEndError(
                .badTemplate, "'kind_preferences' must be a list", path: source, line: node.mark?.line,
                hint: "write entries like `- {kind: courier_bill, over: [courier_slips], when: [amount]}`")
        }
        return try sequence.map { item in
            let line = item.mark?.line
            func kind(_ name: String) throws -> FileKind {
                guard let kind = FileKind(rawValue: name) else {
                    throw MonthEndError(
                        .badTemplate, "unknown kind '\(name)' in kind_preferences", path: source, line: line)
                }
                return kind
            }
            guard let entry = item.mapping, let kindNode = entry["kind"]?.scalar, let over = entry["over"],
                let when = entry["when"]
            else {
                throw MonthEndError(
                    .badTemplate, "a kind preference needs kind, over and when", path: source, line: line,
                    hint: "write entries like `- {kind: courier_bill, over: [courier_slips], when: [amount]}`")
            }
            return KindPreference(
                kind: try kind(kindNode.string),
                over: try strings(over, source: source, key: "over").map(kind),
                when: try strings(when, source: source, key: "when").map { try field($0, source: source, line: line) })
        }
    }

    /// A scalar or a list of scalars, as strings.
    private static func strings(_ node: Node, source: String, key: String) throws -> [String] {
        if let scalar = node.scalar { return [scalar.string] }
        guard let sequence = node.sequence else {
            throw MonthEndError(
                .badTemplate, "'\(key)' must be a word or a list of words", path: source, line: node.mark?.line)
        }
        return try sequence.map { item in
            guard let scalar = item.scalar else {
                throw MonthEndError(
                    .badTemplate, "'\(key)' must hold words only", path: source, line: item.mark?.line)
            }
            return scalar.string
        }
    }

    private static func field(_ name: String, source: String, line: Int?) throws -> Field {
        guard let field = Field(rawValue: name) else {
            throw MonthEndError(.badTemplate, "unknown field '\(name)'", path: source, line: line)
        }
        return field
    }

    /// `first` then the elements of `second` not in it, order kept.
    static func union<T: Hashable>(_ first: [T], _ second: [T]) -> [T] {
        var seen = Set<T>()
        return (first + second).filter { seen.insert($0).inserted }
    }
}
