/// Something a run leaves open for a later period (issue 16): a slip sent but not yet billed, a
/// disputed bill line, an open invoice, an unapplied or unidentified payment, a stock item not
/// counted. The store keeps the open items of each run; the next period's run carries them in.
public struct OpenItem: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case notBilledSlip = "not_billed"
        case disputedLine = "disputed"
        case openInvoice = "open_invoice"
        case unappliedPayment = "unapplied_payment"
        case unidentifiedPayment = "unidentified_payment"
        case stockNotCounted = "not_counted"
    }

    public var kind: Kind
    /// The period whose run first left it open (a carried item keeps its first period).
    public var period: Period
    /// Waybill, invoice number, payment reference (or date/amount/payer), item code@location.
    public var key: String
    public var date: LocalDate?
    public var courier: String?
    public var account: String?
    /// The customer or payer, for receivables.
    public var party: String?
    /// At stake: a slip's expected freight, a line's disputed amount, an open balance, an unapplied
    /// or unidentified payment; 0 for a stock item not counted.
    public var amount: Money
    /// Why it is open, in the words of the run that left it open.
    public var reason: String
    /// A slip's facts, so a later bill line can be matched to it as to a slip of its own month.
    public var weightKg: Quantity?
    public var destination: String?
    public var paymentMode: String?
    public var chargeCustomer: Bool?
    /// A disputed line's fee type, billed weight and contract (slip chargeable) weight.
    public var feeType: String?
    public var billedWeightKg: Quantity?
    public var contractWeightKg: Quantity?

    public init(
        kind: Kind, period: Period, key: String, date: LocalDate? = nil, courier: String? = nil,
        account: String? = nil, party: String? = nil, amount: Money, reason: String, weightKg: Quantity? = nil,
        destination: String? = nil, paymentMode: String? = nil, chargeCustomer: Bool? = nil, feeType: String? = nil,
        billedWeightKg: Quantity? = nil, contractWeightKg: Quantity? = nil
    ) {
        self.kind = kind
        self.period = period
        self.key = key
        self.date = date
        self.courier = courier
        self.account = account
        self.party = party
        self.amount = amount
        self.reason = reason
        self.weightKg = weightKg
        self.destination = destination
        self.paymentMode = paymentMode
        self.chargeCustomer = chargeCustomer
        self.feeType = feeType
        self.billedWeightKg = billedWeightKg
        self.contractWeightKg = contractWeightKg
    }
}
