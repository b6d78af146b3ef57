/// A slip chargeable to the customer (是否向客户收费 = yes) and what its bill lines leave us to pay:
/// the amount to re-bill.
public struct CourierRebillItem: Sendable, Hashable {
    public var slip: CourierSlip
    public var courier: String
    public var account: String
    /// Bill lines of the slip's waybill (all fee items, duplicates included).
    public var billLines: Int
    /// The sum of those lines' to-pay amounts (0 when none is billed yet).
    public var toPay: Money

    public init(slip: CourierSlip, courier: String, account: String, billLines: Int, toPay: Money) {
        self.slip = slip
        self.courier = courier
        self.account = account
        self.billLines = billLines
        self.toPay = toPay
    }
}
