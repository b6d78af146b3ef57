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

    /// The status as the workbook shows it.
    public func label(zh: Bool) -> String {
        switch self {
        case .matched: return zh ? "相符" : "matched"
        case .duplicate: return zh ? "重复计费" : "duplicate"
        case .notShipped: return zh ? "未寄件" : "not shipped"
        case .collectBilled: return zh ? "到付被计费" : "collect billed"
        case .weightMismatch: return zh ? "重量不符" : "weight mismatch"
        case .feeMismatch: return zh ? "运费不符" : "fee mismatch"
        }
    }
}
