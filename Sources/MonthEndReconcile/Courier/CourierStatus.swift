/// The one status of a bill line: the first rule of RECONCILE.md section 1 that applies, in this
/// order of checking: duplicate, not_shipped, collect_billed, weight_mismatch, fee_mismatch, matched.
public enum CourierStatus: String, Sendable, Hashable, CaseIterable {
    // Declared in the order the JSON summary lists the counts.
    case matched
    case duplicate
    case notShipped = "not_shipped"
    case collectBilled = "collect_billed"
    case weightMismatch = "weight_mismatch"
    case feeMismatch = "fee_mismatch"

    /// Statuses whose disputed amount is the line's whole amount.
    public var disputesWholeAmount: Bool {
        switch self {
        case .duplicate, .notShipped, .collectBilled: return true
        case .matched, .weightMismatch, .feeMismatch: return false
        }
    }

    /// The position in `allCases` (for per-status arrays a million lines are counted into).
    public var ordinal: Int {
        switch self {
        case .matched: return 0
        case .duplicate: return 1
        case .notShipped: return 2
        case .collectBilled: return 3
        case .weightMismatch: return 4
        case .feeMismatch: return 5
        }
    }
}
