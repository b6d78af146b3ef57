/// What a row says about the kind of its file: nothing, one kind, or a tie between kinds.
enum KindDetection: Sendable, Hashable {
    case none
    case kind(HeaderMapping)
    case ambiguous([FileKind])

    /// The kinds whose required fields the row holds; the one that recognises the most columns
    /// wins. With `only`, that kind alone is considered (the user named it).
    static func detect(_ cells: [String], table: SynonymTable, only: FileKind? = nil) -> KindDetection {
        var best: [HeaderMapping] = []
        for spec in table.kindSpecs where only == nil || spec.kind == only {
            let mapping = HeaderMapping(headers: cells, spec: spec, table: table)
            guard mapping.satisfies(spec.required) else { continue }
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
