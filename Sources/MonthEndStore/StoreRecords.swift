import MonthEndCore

/// What one run adds to the store, written in one transaction.
public struct RunRecord: Sendable, Hashable {
    public struct Input: Sendable, Hashable {
        public var path: String
        public var kind: String
        public var sha256: String
        public var rows: Int

        public init(path: String, kind: String, sha256: String, rows: Int) {
            self.path = path
            self.kind = kind
            self.sha256 = sha256
            self.rows = rows
        }
    }

    public var period: Period
    public var asOf: LocalDate
    public var recordedAt: Int64
    public var workbookPath: String
    public var workbookSHA256: String
    public var summaryJSON: String
    public var inputs: [Input]
    public var openItems: [OpenItem]
    public var paymentKeys: [PaymentKeyRecord]

    public init(
        period: Period, asOf: LocalDate, recordedAt: Int64, workbookPath: String, workbookSHA256: String,
        summaryJSON: String, inputs: [Input], openItems: [OpenItem], paymentKeys: [PaymentKeyRecord]
    ) {
        self.period = period
        self.asOf = asOf
        self.recordedAt = recordedAt
        self.workbookPath = workbookPath
        self.workbookSHA256 = workbookSHA256
        self.summaryJSON = summaryJSON
        self.inputs = inputs
        self.openItems = openItems
        self.paymentKeys = paymentKeys
    }
}

/// A payment as the store remembers it: its de-duplication key and what a person needs to
/// recognise it.
public struct PaymentKeyRecord: Sendable, Hashable {
    public var key: String
    public var date: LocalDate
    public var amount: Money
    public var payer: String?
    public var reference: String?

    public init(key: String, date: LocalDate, amount: Money, payer: String?, reference: String?) {
        self.key = key
        self.date = date
        self.amount = amount
        self.payer = payer
        self.reference = reference
    }
}

/// A close or a reopen of a period.
public struct PeriodEvent: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable {
        case close
        case reopen
    }

    public var period: Period
    public var action: Action
    public var at: Int64
    public var who: String
    public var workbookPath: String?
    public var workbookSHA256: String?
    public var reason: String?

    public init(
        period: Period, action: Action, at: Int64, who: String, workbookPath: String? = nil,
        workbookSHA256: String? = nil, reason: String? = nil
    ) {
        self.period = period
        self.action = action
        self.at = at
        self.who = who
        self.workbookPath = workbookPath
        self.workbookSHA256 = workbookSHA256
        self.reason = reason
    }
}

/// A run as `monthend history` and `monthend close` read it back.
public struct StoredRun: Sendable, Hashable {
    public var id: Int64
    public var period: Period
    public var asOf: LocalDate
    public var recordedAt: Int64
    public var workbookPath: String
    public var workbookSHA256: String
    public var inputCount: Int
    public var openItemCount: Int
}

/// One line of `monthend history`: a run or a close or reopen, in the order they were recorded.
public enum HistoryEntry: Sendable, Hashable {
    case run(StoredRun)
    case event(PeriodEvent)

    public var at: Int64 {
        switch self {
        case .run(let run): return run.recordedAt
        case .event(let event): return event.at
        }
    }
}

/// What a period's run carries in: the open items of the last run of the latest earlier period.
public struct CarriedIn: Sendable, Hashable {
    /// The earlier period they come from; nil when the store has no earlier run.
    public var fromPeriod: Period?
    /// Whether that period was closed (a carry from a period still open is noted on the terminal).
    public var fromClosedPeriod: Bool
    public var items: [OpenItem]
    /// Payments taken part in earlier periods, by key, with the period that took them.
    public var paymentsSeen: [String: Period]

    public init(
        fromPeriod: Period? = nil, fromClosedPeriod: Bool = false, items: [OpenItem] = [],
        paymentsSeen: [String: Period] = [:]
    ) {
        self.fromPeriod = fromPeriod
        self.fromClosedPeriod = fromClosedPeriod
        self.items = items
        self.paymentsSeen = paymentsSeen
    }
}
