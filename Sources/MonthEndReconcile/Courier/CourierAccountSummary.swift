/// The bill lines of one (courier, account), as the 快递汇总 sheet shows them.
public struct CourierAccountSummary: Sendable, Hashable {
    public var courier: String
    public var account: String
    public var lines = 0
    public var billed = Money.zero
    /// Positive disputed amounts only, so `toPay == billed - disputed` holds.
    public var disputed = Money.zero
    public var toPay = Money.zero
    /// Every status present, zero when none.
    public var statusCounts: [CourierStatus: Int] = Dictionary(
        uniqueKeysWithValues: CourierStatus.allCases.map { ($0, 0) })
    /// Slips of this courier and account that are `not_billed` (not bill lines: not in `lines`).
    public var notBilled = 0

    public init(courier: String, account: String) {
        self.courier = courier
        self.account = account
    }

    public func count(_ status: CourierStatus) -> Int { statusCounts[status] ?? 0 }

    mutating func add(_ line: CourierLineResult) {
        lines += 1
        billed += line.amount
        disputed += line.disputed
        toPay += line.toPay
        statusCounts[line.status, default: 0] += 1
    }
}
