/// One bill line as reconciled: what the bill says, what our slip says, what the rate card says,
/// and the verdict. Money the line does not have (no rate card, a component row) is nil.
public struct CourierLineResult: Sendable, Hashable {
    // Stored compactly (a million lines stay in memory until the workbook is written): optional
    // amounts, weights and sources as plain values plus a bit each in `present`, flags as bits.
    // An absent value is stored as zero, so equal results have equal storage.
    public var source: SourceLocation
    public var waybill: String
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
    public var shipDate: LocalDate
    public var status: CourierStatus
    private var flagBits: UInt8
    private var present: Presence
    public var amount: Money
    /// Never negative: an undercharge disputes 0.00 and shows in the price difference and the reason.
    public var disputed: Money
    /// The amount minus the disputed amount.
    public var toPay: Money
    private var storedFreight: Money
    private var storedExpectedFreight: Money
    private var storedContractFreight: Money
    private var storedWeightEffect: Money
    private var storedPriceDifference: Money
    private var storedBilledWeight: Quantity
    private var storedSlipWeight: Quantity
    private var storedChargeableWeight: Quantity
    private var storedSlipSource: SourceLocation
    private var storedRateCardSource: SourceLocation
    /// The status's reason first (none for a plain match), then notes.
    public var reasons: [CourierReason]

    /// The freight line of its waybill (fee type 运费 ..., or any line of a bill without fee types);
    /// otherwise a component row (保价, 包装服务 ...).
    public var isFreightLine: Bool {
        get { present.contains(.freightLine) }
        set { present.set(.freightLine, newValue) }
    }
    public var billedWeightKg: Quantity? {
        get { present.contains(.billedWeight) ? storedBilledWeight : nil }
        set { present.store(newValue, in: &storedBilledWeight, bit: .billedWeight) }
    }
    public var slipWeightKg: Quantity? {
        get { present.contains(.slipWeight) ? storedSlipWeight : nil }
        set { present.store(newValue, in: &storedSlipWeight, bit: .slipWeight) }
    }
    /// The slip's weight rounded up to the rate card's step, at least its first weight; without a
    /// rate card, the slip's weight as is.
    public var slipChargeableWeightKg: Quantity? {
        get { present.contains(.chargeableWeight) ? storedChargeableWeight : nil }
        set { present.store(newValue, in: &storedChargeableWeight, bit: .chargeableWeight) }
    }
    /// Freight lines only: the freight column, else the amount.
    public var freight: Money? {
        get { present.contains(.freight) ? storedFreight : nil }
        set { present.store(newValue, in: &storedFreight, bit: .freight) }
    }
    /// Rate card at the billed weight.
    public var expectedFreight: Money? {
        get { present.contains(.expectedFreight) ? storedExpectedFreight : nil }
        set { present.store(newValue, in: &storedExpectedFreight, bit: .expectedFreight) }
    }
    /// Rate card at the slip's chargeable weight: the contract price of what we sent.
    public var contractFreight: Money? {
        get { present.contains(.contractFreight) ? storedContractFreight : nil }
        set { present.store(newValue, in: &storedContractFreight, bit: .contractFreight) }
    }
    /// Rate card at the billed weight minus at the slip's chargeable weight (0 when the slip has no weight).
    public var weightEffect: Money? {
        get { present.contains(.weightEffect) ? storedWeightEffect : nil }
        set { present.store(newValue, in: &storedWeightEffect, bit: .weightEffect) }
    }
    /// Billed freight minus the rate card at the billed weight.
    public var priceDifference: Money? {
        get { present.contains(.priceDifference) ? storedPriceDifference : nil }
        set { present.store(newValue, in: &storedPriceDifference, bit: .priceDifference) }
    }
    public var flags: Set<CourierFlag> {
        get { Set(CourierFlag.allCases.filter { flagBits & $0.bit != 0 }) }
        set { flagBits = newValue.reduce(0) { $0 | $1.bit } }
    }
    /// The slip the line was matched to, and the rate-card row used.
    public var slipSource: SourceLocation? {
        get { present.contains(.slipSource) ? storedSlipSource : nil }
        set { present.store(newValue, in: &storedSlipSource, bit: .slipSource) }
    }
    public var rateCardSource: SourceLocation? {
        get { present.contains(.rateCardSource) ? storedRateCardSource : nil }
        set { present.store(newValue, in: &storedRateCardSource, bit: .rateCardSource) }
    }

    /// Whether the line has `flag`, without building the set.
    public func has(_ flag: CourierFlag) -> Bool { flagBits & flag.bit != 0 }

    public init(
        source: SourceLocation, waybill: String, shipDate: LocalDate, courier: String, account: String,
        destination: String?, province: String?, feeType: String?, isFreightLine: Bool, billedWeightKg: Quantity?,
        slipWeightKg: Quantity?, slipChargeableWeightKg: Quantity?, amount: Money, freight: Money?,
        expectedFreight: Money?, contractFreight: Money?, weightEffect: Money?, priceDifference: Money?,
        disputed: Money, toPay: Money, status: CourierStatus, reasons: [CourierReason], flags: Set<CourierFlag>,
        slipSource: SourceLocation?, rateCardSource: SourceLocation?
    ) {
        self.init(
            source: source, waybill: waybill, shipDate: shipDate, courier: courier, account: account,
            destination: destination, province: province, feeType: feeType, isFreightLine: isFreightLine,
            billedWeightKg: billedWeightKg, slipWeightKg: slipWeightKg, slipChargeableWeightKg: slipChargeableWeightKg,
            amount: amount, freight: freight, expectedFreight: expectedFreight, contractFreight: contractFreight,
            weightEffect: weightEffect, priceDifference: priceDifference, disputed: disputed, toPay: toPay,
            status: status, reasons: reasons, flagBits: flags.reduce(0) { $0 | $1.bit }, slipSource: slipSource,
            rateCardSource: rateCardSource)
    }

    /// The same, with the flags as `CourierFlag.bit`s: the reconciler builds no set per line.
    init(
        source: SourceLocation, waybill: String, shipDate: LocalDate, courier: String, account: String,
        destination: String?, province: String?, feeType: String?, isFreightLine: Bool, billedWeightKg: Quantity?,
        slipWeightKg: Quantity?, slipChargeableWeightKg: Quantity?, amount: Money, freight: Money?,
        expectedFreight: Money?, contractFreight: Money?, weightEffect: Money?, priceDifference: Money?,
        disputed: Money, toPay: Money, status: CourierStatus, reasons: [CourierReason], flagBits: UInt8,
        slipSource: SourceLocation?, rateCardSource: SourceLocation?
    ) {
        self.source = source
        self.waybill = waybill
        self.courier = courier
        self.account = account
        self.destination = destination
        self.province = province
        self.feeType = feeType
        self.shipDate = shipDate
        self.status = status
        self.flagBits = flagBits
        self.present = isFreightLine ? [.freightLine] : []
        self.amount = amount
        self.disputed = disputed
        self.toPay = toPay
        self.storedFreight = .zero
        self.storedExpectedFreight = .zero
        self.storedContractFreight = .zero
        self.storedWeightEffect = .zero
        self.storedPriceDifference = .zero
        self.storedBilledWeight = .zero
        self.storedSlipWeight = .zero
        self.storedChargeableWeight = .zero
        self.storedSlipSource = Presence.noSource
        self.storedRateCardSource = Presence.noSource
        self.reasons = reasons
        self.billedWeightKg = billedWeightKg
        self.slipWeightKg = slipWeightKg
        self.slipChargeableWeightKg = slipChargeableWeightKg
        self.freight = freight
        self.expectedFreight = expectedFreight
        self.contractFreight = contractFreight
        self.weightEffect = weightEffect
        self.priceDifference = priceDifference
        self.slipSource = slipSource
        self.rateCardSource = rateCardSource
    }

    /// Which optional values a line has.
    private struct Presence: OptionSet, Hashable, Sendable {
        var rawValue: UInt16

        static let freightLine = Presence(rawValue: 1 << 0)
        static let billedWeight = Presence(rawValue: 1 << 1)
        static let slipWeight = Presence(rawValue: 1 << 2)
        static let chargeableWeight = Presence(rawValue: 1 << 3)
        static let freight = Presence(rawValue: 1 << 4)
        static let expectedFreight = Presence(rawValue: 1 << 5)
        static let contractFreight = Presence(rawValue: 1 << 6)
        static let weightEffect = Presence(rawValue: 1 << 7)
        static let priceDifference = Presence(rawValue: 1 << 8)
        static let slipSource = Presence(rawValue: 1 << 9)
        static let rateCardSource = Presence(rawValue: 1 << 10)

        static let noSource = SourceLocation(fileIndex: 0, line: 0)

        mutating func set(_ bit: Presence, _ on: Bool) {
            if on { insert(bit) } else { remove(bit) }
        }

        mutating func store(_ value: Money?, in slot: inout Money, bit: Presence) {
            set(bit, value != nil)
            slot = value ?? .zero
        }

        mutating func store(_ value: Quantity?, in slot: inout Quantity, bit: Presence) {
            set(bit, value != nil)
            slot = value ?? .zero
        }

        mutating func store(_ value: SourceLocation?, in slot: inout SourceLocation, bit: Presence) {
            set(bit, value != nil)
            slot = value ?? Self.noSource
        }
    }

    /// All reasons in one cell.
    public func reasonText(_ phrases: ReasonPhrases, fileNames: [String] = []) -> String {
        reasons.map { $0.text(phrases, fileNames: fileNames) }.joined(separator: phrases.separator)
    }
}
