/// The per-(courier, account) figures of the courier sheet, added up line by line. Lines come in
/// runs of one account, so the pair last added to is compared first and the dictionary is asked
/// only when the pair changes; counts per status are kept in arrays until the end.
struct CourierAccountTallies {
    private struct Pair: Hashable {
        var courier: String
        var account: String
    }

    private struct Tally {
        var lines = 0
        var billed = Money.zero
        var disputed = Money.zero
        var toPay = Money.zero
        var statusCounts = CourierStatusTally()
        var notBilled = 0
    }

    private var slotOfPair: [Pair: Int] = [:]
    private var pairs: [Pair] = []
    private var tallies: [Tally] = []
    private var last: (pair: Pair, slot: Int)?

    mutating func add(_ line: CourierLineResult) {
        let slot = slot(courier: line.courier, account: line.account)
        tallies[slot].lines += 1
        tallies[slot].billed += line.amount
        tallies[slot].disputed += line.disputed
        tallies[slot].toPay += line.toPay
        tallies[slot].statusCounts.add(line.status)
    }

    mutating func addNotBilled(courier: String, account: String) {
        tallies[slot(courier: courier, account: account)].notBilled += 1
    }

    /// One summary per pair seen, in order of first sight.
    var summaries: [CourierAccountSummary] {
        zip(pairs, tallies).map { pair, tally in
            var summary = CourierAccountSummary(courier: pair.courier, account: pair.account)
            summary.lines = tally.lines
            summary.billed = tally.billed
            summary.disputed = tally.disputed
            summary.toPay = tally.toPay
            summary.statusCounts = tally.statusCounts.dictionary
            summary.notBilled = tally.notBilled
            return summary
        }
    }

    /// The same equality as the dictionary's (String's), so a run never splits a pair.
    private mutating func slot(courier: String, account: String) -> Int {
        if let last, last.pair.courier == courier, last.pair.account == account { return last.slot }
        let pair = Pair(courier: courier, account: account)
        let slot: Int
        if let known = slotOfPair[pair] {
            slot = known
        } else {
            slot = pairs.count
            slotOfPair[pair] = slot
            pairs.append(pair)
            tallies.append(Tally())
        }
        last = (pair, slot)
        return slot
    }
}
