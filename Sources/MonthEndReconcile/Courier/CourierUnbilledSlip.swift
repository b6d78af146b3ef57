/// A slip dated in the period, paid by us, whose waybill is on no bill line (`not_billed`): it may
/// come on next month's bill, so the contract freight is shown as what is likely still to pay.
public struct CourierUnbilledSlip: Sendable, Hashable {
    /// The status word the workbook and exceptions list show for these rows.
    public static let status = "not_billed"

    public var slip: CourierSlip
    /// Canonical name through the alias table; "" when the slip names none.
    public var courier: String
    public var account: String
    public var province: String?
    public var chargeableWeightKg: Quantity?
    /// Rate card at the slip's chargeable weight; nil without a rate card or a slip weight.
    public var expectedFreight: Money?
    public var reasons: [CourierReason]

    public init(
        slip: CourierSlip, courier: String, account: String, province: String?, chargeableWeightKg: Quantity?,
        expectedFreight: Money?, reasons: [CourierReason]
    ) {
        self.slip = slip
        self.courier = courier
        self.account = account
        self.province = province
        self.chargeableWeightKg = chargeableWeightKg
        self.expectedFreight = expectedFreight
        self.reasons = reasons
    }

    public func reasonText(_ phrases: ReasonPhrases, fileNames: [String] = []) -> String {
        reasons.map { $0.text(phrases, fileNames: fileNames) }.joined(separator: phrases.separator)
    }
}
