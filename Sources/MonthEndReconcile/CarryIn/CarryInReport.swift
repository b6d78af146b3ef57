/// What became of the open items an earlier period left (the 上期未结 sheet and the summary's
/// `carried` block), and the payments dropped as repeats.
public struct CarryInReport: Sendable, Hashable {
    /// What this run found for one carried item.
    public enum Outcome: String, Sendable, Hashable {
        /// Settled this period: the slip was billed, the invoice paid, the item counted, the
        /// disputed waybill not billed again.
        case cleared
        /// Still open: carried on to the next period.
        case open
        /// A waybill disputed earlier is billed again: claimed a second time (still open).
        case repeatClaim = "repeat_claim"
    }

    public struct Item: Sendable, Hashable {
        public var item: OpenItem
        public var outcome: Outcome
        /// The bill line (or invoice, stock row) of this run that settled or repeated it.
        public var matchedAt: SourceLocation?
        /// The matching bill line's status, for a slip billed this month or a repeat claim.
        public var lineStatus: CourierStatus?
        /// The amount billed again, for a repeat claim.
        public var billedAgain: Money?

        public init(
            item: OpenItem, outcome: Outcome, matchedAt: SourceLocation? = nil, lineStatus: CourierStatus? = nil,
            billedAgain: Money? = nil
        ) {
            self.item = item
            self.outcome = outcome
            self.matchedAt = matchedAt
            self.lineStatus = lineStatus
            self.billedAgain = billedAgain
        }
    }

    /// The period the items come from (the latest earlier period with a run); nil for none.
    public var fromPeriod: Period?
    /// In the order the earlier run recorded them.
    public var items: [Item]
    public var dropped: [PaymentDeduplication.Dropped]

    public init(fromPeriod: Period?, items: [Item], dropped: [PaymentDeduplication.Dropped]) {
        self.fromPeriod = fromPeriod
        self.items = items
        self.dropped = dropped
    }

    // MARK: - Figures

    public var carriedInCount: Int { items.count }
    public var carriedInAmount: Money { items.map(\.item.amount).sum() }
    public var cleared: [Item] { items.filter { $0.outcome == .cleared } }
    public var clearedAmount: Money { cleared.map(\.item.amount).sum() }
    public var repeats: [Item] { items.filter { $0.outcome == .repeatClaim } }
    /// The amounts billed again for the repeated waybills.
    public var repeatAmount: Money { repeats.compactMap(\.billedAgain).sum() }
    public var droppedAmount: Money { dropped.map(\.payment.amount).sum() }

    /// Count and amount of the carried items of one kind, and of those cleared.
    public func figures(_ kind: OpenItem.Kind) -> (
        carried: Int, carriedAmount: Money, cleared: Int, clearedAmount: Money
    ) {
        let ofKind = items.filter { $0.item.kind == kind }
        let cleared = ofKind.filter { $0.outcome == .cleared }
        return (ofKind.count, ofKind.map(\.item.amount).sum(), cleared.count, cleared.map(\.item.amount).sum())
    }
}
