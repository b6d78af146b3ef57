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
