/// What a row says about the kind of its file: nothing, one kind, or a tie between kinds.
enum KindDetection: Sendable, Hashable {
    case none
    case kind(HeaderMapping)
    case ambiguous([FileKind])

    /// The kinds whose required fields the row holds, less those a preference rules out
    /// (synonyms.yaml `kind_preferences`); the one that recognises the most columns wins. With
    /// `only`, that kind alone is considered (the user named it).
    static func detect(_ cells: [String], table: SynonymTable, only: FileKind? = nil) -> KindDetection {
        var candidates: [HeaderMapping] = []
        for spec in table.kindSpecs where only == nil || spec.kind == only {
            let mapping = HeaderMapping(headers: cells, spec: spec, table: table)
            if mapping.satisfies(spec.required) { candidates.append(mapping) }
        }
        var ruledOut = Set<FileKind>()
        for preference in table.kindPreferences {
            guard let preferred = candidates.first(where: { $0.kind == preference.kind }),
                preference.when.contains(where: preferred.has)
            else { continue }
            ruledOut.formUnion(preference.over.filter { $0 != preference.kind })
        }
        var best: [HeaderMapping] = []
        for mapping in candidates where !ruledOut.contains(mapping.kind) {
            if let first = best.first {
                if mapping.recognisedCount > first.recognisedCount {
                    best = [mapping]
                } else if mapping.recognisedCount == first.recognisedCount {
                    best.append(mapping)
                }
            } else {
                best = [mapping]
            }
        }
        switch best.count {
        case 0: return .none
        case 1: return .kind(best[0])
        default: return .ambiguous(best.map(\.kind))
        }
    }
}

/// The row of the header search that came closest to a header, for the error that says what is
/// missing: the kind it resembles most (most columns recognised) and that kind's required fields
/// it lacks.
struct HeaderCandidate: Sendable {
    var line: Int
    var cells: [String]
    var mapping: HeaderMapping
    /// Required entries of the kind with none of their fields present (`payment_date`, `amount or
    /// credit_amount`).
    var missing: [[Field]]

    /// The best near miss among the kinds (or the one kind named), nil when the row recognises nothing.
    static func nearest(_ cells: [String], line: Int, table: SynonymTable, only: FileKind? = nil) -> HeaderCandidate? {
        var best: HeaderCandidate?
        for spec in table.kindSpecs where only == nil || spec.kind == only {
            let mapping = HeaderMapping(headers: cells, spec: spec, table: table)
            guard mapping.recognisedCount > 0, mapping.recognisedCount > (best?.mapping.recognisedCount ?? 0) else {
                continue
            }
            let missing = spec.required.filter { group in !group.contains { mapping.has($0) } }
            best = HeaderCandidate(line: line, cells: cells, mapping: mapping, missing: missing)
        }
        return best
    }

    /// `looks like payments (交易日期 = payment_date, 对方户名 = payer) but has no column for amount or credit_amount`.
    var explanation: String {
        let found = mapping.columnMappings.compactMap { column in
            column.field.map { "\(CellText.trimmed(column.header)) = \($0)" }
        }
        let lacking = missing.map { $0.map(\.rawValue).joined(separator: " or ") }.joined(separator: ", ")
        return "looks most like \(mapping.kind.rawValue) (\(found.joined(separator: ", "))) but has no column for \(lacking)"
    }
}
