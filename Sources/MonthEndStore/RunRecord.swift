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
