extension SummaryJSON {
    /// The `carried` block, only in a run with a store: the open items carried in from the earlier
    /// period and those cleared (count and amount, in all and by kind), the repeat claims and the
    /// duplicate payments dropped.
    static func renderCarried(_ carried: CarryInReport, into json: JSONWriter) {
        json.object("carried") {
            json.field("from_period", string: carried.fromPeriod?.description ?? "")
            json.field("carried_in", int: carried.carriedInCount)
            json.field("carried_in_amount", money: carried.carriedInAmount)
            json.field("cleared", int: carried.cleared.count)
            json.field("cleared_amount", money: carried.clearedAmount)
            json.object("by_kind") {
                for kind in OpenItem.Kind.allCases {
                    let figures = carried.figures(kind)
                    json.object(kind.rawValue) {
                        json.field("carried_in", int: figures.carried)
                        json.field("carried_in_amount", money: figures.carriedAmount)
                        json.field("cleared", int: figures.cleared)
                        json.field("cleared_amount", money: figures.clearedAmount)
                    }
                }
            }
            json.field("repeat_claims", int: carried.repeats.count)
            json.field("repeat_claim_amount", money: carried.repeatAmount)
            json.field("duplicate_payments_dropped", int: carried.dropped.count)
            json.field("duplicate_payments_amount", money: carried.droppedAmount)
        }
    }
}
