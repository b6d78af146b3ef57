/// One bill line as reconciled: what the bill says, what our slip says, what the rate card says,
/// and the verdict. Money the line does not have (no rate card, a component row) is nil.
public struct CourierLineResult: Sendable, Hashable {
    public var source: SourceLocation
    public var waybill: String
    public var shipDate: LocalDate
    /// Canonical name through the alias table: the line's own, else its slip's, else (no slip) the
    /// one courier its account is seen with in the month; "" when none.
    public var courier: String
    /// The line's own account, else its slip's; "" when neither.
    public var account: String
    /// As written: the line's, else its slip's.
    public var destination: String?
    /// `destination` normalised to its province.
    public var province: String?
    /// nil when the bill has no fee-type column.
    public var feeType: String?
    /// The freight line of its waybill (fee type 运费 ..., or any line of a bill without fee types);
    /// otherwise a component row (保价, 包装服务 ...).
    public var isFreightLine: Bool
    public var billedWeightKg: Quantity?
    public var slipWeightKg: Quantity?
    /// The slip's weight rounded up to the rate card's step, at least its first weight; without a
    /// rate card, the slip's weight as is.
    public var slipChargeableWeightKg: Quantity?
    public var amount: Money
    /// Freight lines only: the freight column, else the amount.
    public var freight: Money?
    /// Rate card at the billed weight.
    public var expectedFreight: Money?
    /// Rate card at the slip's chargeable weight: the contract price of what we sent.
    public var contractFreight: Money?
    /// Rate card at the billed weight minus at the slip's chargeable weight (0 when the slip has no weight).
    public var weightEffect: Money?
    /// Billed freight minus the rate card at the billed weight.
    public var priceDifference: Money?
    /// Negative for an undercharge (shown, not disputed).
    public var disputed: Money
    /// The amount minus the disputed amount when that is positive.
    public var toPay: Money
    public var status: CourierStatus
    /// The status's reason first (none for a plain match), then notes.
    public var reasons: [CourierReason]
    public var flags: Set<CourierFlag>
    /// The slip the line was matched to, and the rate-card row used.
    public var slipSource: SourceLocation?
    public var rateCardSource: SourceLocation?

    public init(
        source: SourceLocation, waybill: String, shipDate: LocalDate, courier: String, account: String,
        destination: String?, province: String?, feeType: String?, isFreightLine: Bool, billedWeightKg: Quantity?,
        slipWeightKg: Quantity?, slipChargeableWeightKg: Quantity?, amount: Money, freight: Money?,
        expectedFreight: Money?, contractFreight: Money?, weightEffect: Money?, priceDifference: Money?,
        disputed: Money, toPay: Money, status: CourierStatus, reasons: [CourierReason], flags: Set<CourierFlag>,
        slipSource: SourceLocation?, rateCardSource: SourceLocation?
    ) {
        self.source = source
        self.waybill = waybill
        self.shipDate = shipDate
        self.courier = courier
        self.account = account
        self.destination = destination
        self.province = province
        self.feeType = feeType
        self.isFreightLine = isFreightLine
        self.billedWeightKg = billedWeightKg
        self.slipWeightKg = slipWeightKg
        self.slipChargeableWeightKg = slipChargeableWeightKg
        self.amount = amount
        self.freight = freight
        self.expectedFreight = expectedFreight
        self.contractFreight = contractFreight
        self.weightEffect = weightEffect
        self.priceDifference = priceDifference
        self.disputed = disputed
        self.toPay = toPay
        self.status = status
        self.reasons = reasons
        self.flags = flags
        self.slipSource = slipSource
        self.rateCardSource = rateCardSource
    }

    /// The amount counted in `disputed_total`: positive disputed amounts only.
    public var disputedClaim: Money { disputed.clampedAtZero }

    /// All reasons in one cell.
    public func reasonText(zh: Bool, fileNames: [String] = []) -> String {
        reasons.map { $0.text(zh: zh, fileNames: fileNames) }.joined(separator: zh ? "；" : "; ")
    }
}
