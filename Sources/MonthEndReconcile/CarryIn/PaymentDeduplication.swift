/// De-duplication of payments across files and runs (issue 16): an overlapping export (October's
/// statement exported twice, a November statement that repeats 31 October) must not count a
/// receipt twice. The key is the bank reference (流水号) when the row has one; else the date, the
/// amount, the payer and the occurrence of that (date, amount, payer) within its file, so two
/// genuine equal receipts in one statement stay two, and the same pair in another file matches.
public enum PaymentDeduplication {
    /// Why a payment was left out.
    public struct Dropped: Sendable, Hashable {
        public var payment: Payment
        public var key: String
        /// The earlier period whose run took the same payment; nil when it repeats a row of this run.
        public var earlierPeriod: Period?
        /// The first row with the same key in this run's files (when `earlierPeriod` is nil).
        public var firstAt: SourceLocation?

        public init(payment: Payment, key: String, earlierPeriod: Period?, firstAt: SourceLocation?) {
            self.payment = payment
            self.key = key
            self.earlierPeriod = earlierPeriod
            self.firstAt = firstAt
        }
    }

    /// Each payment's key, in the order given (file order, then line order, decides occurrences).
    public static func keys(_ payments: [Payment]) -> [String] {
        var occurrences: [String: Int] = [:]
        return payments.map { payment in
            if let reference = payment.paymentId.map(ComparisonText.key), !reference.isEmpty {
                return "ref:" + reference
            }
            let payer = payment.payer.map(ComparisonText.key) ?? ""
            let base = "day:\(payment.paymentDate)|\(payment.amount)|\(payer)"
            let counted = "\(payment.source.fileIndex)|" + base
            occurrences[counted, default: 0] += 1
            return base + "|#\(occurrences[counted]!)"
        }
    }

    /// The payments to keep (the first of each key, none already taken by an earlier period) and
    /// the ones dropped with why. `seen`: keys an earlier period's run took, with that period.
    public static func apply(_ payments: [Payment], seen: [String: Period]) -> (kept: [Payment], dropped: [Dropped]) {
        let ordered = payments.sorted { $0.source < $1.source }
        var firstAt: [String: SourceLocation] = [:]
        var kept: [Payment] = []
        var dropped: [Dropped] = []
        for (payment, key) in zip(ordered, keys(ordered)) {
            if let period = seen[key] {
                dropped.append(Dropped(payment: payment, key: key, earlierPeriod: period, firstAt: nil))
            } else if let first = firstAt[key] {
                dropped.append(Dropped(payment: payment, key: key, earlierPeriod: nil, firstAt: first))
            } else {
                firstAt[key] = payment.source
                kept.append(payment)
            }
        }
        return (kept, dropped)
    }
}
