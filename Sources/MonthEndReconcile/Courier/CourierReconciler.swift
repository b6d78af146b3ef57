/// Reconciles the courier bills of a month against our slips and the rate cards (RECONCILE.md
/// section 1). One pass over the bill lines and one over the slips, joined through dictionaries
/// keyed by waybill: linear in the number of rows.
public struct CourierReconciler: Sendable {
    public var settings: CourierSettings
    public var aliases: CourierAliases

    public init(settings: CourierSettings = CourierSettings(), aliases: CourierAliases) {
        self.settings = settings
        self.aliases = aliases
    }

    /// The fee types of a freight line, as comparison keys.
    static let freightFeeTypes: Set<String> = Set(["运费", "快递费", "基础运费", "freight"].map(ComparisonText.key))

    public func reconcile(_ inputs: MonthInputs, period: Period) -> CourierReport {
        reconcile(billLines: inputs.billLines, slips: inputs.slips, rateCards: inputs.rateCards, period: period)
    }

    public func reconcile(
        billLines unorderedLines: [CourierBillLine], slips unorderedSlips: [CourierSlip], rateCards: [RateCardRow],
        period: Period
    ) -> CourierReport {
        let billLines = Self.inSourceOrder(unorderedLines, by: \.source)
        let slips = Self.inSourceOrder(unorderedSlips, by: \.source)
        let rateCard = CourierRateCard(rows: rateCards, aliases: aliases)
        let memo = CourierTextMemo(aliases: aliases)

        // The first slip of each waybill is the one a bill line is matched to.
        // Per slip, the first slip of its waybill: what is billed and re-billed is kept there, by
        // index, so the slips' pass hashes no waybill again.
        var slipIndexByWaybill: [String: Int] = [:]
        slipIndexByWaybill.reserveCapacity(slips.count)
        var firstSlipOfWaybill: [Int] = []
        firstSlipOfWaybill.reserveCapacity(slips.count)
        for (index, slip) in slips.enumerated() {
            let key = Self.waybillKey(slip.waybill)
            if let first = slipIndexByWaybill[key] {
                firstSlipOfWaybill.append(first)
            } else {
                slipIndexByWaybill[key] = index
                firstSlipOfWaybill.append(index)
            }
        }

        let courierOfAccount = Self.courierOfAccount(billLines: billLines, slips: slips, memo: memo)

        var tracker = DuplicateTracker(capacity: billLines.count)
        var lines: [CourierLineResult] = []
        lines.reserveCapacity(billLines.count)
        var figures = CourierFigures()
        var accounts: [AccountKey: CourierAccountSummary] = [:]
        var billedLines = [Int](repeating: 0, count: slips.count)
        var billedToPay = [Money](repeating: .zero, count: slips.count)

        for billLine in billLines {
            let waybill = Self.waybillKey(billLine.waybill)
            let slipIndex = slipIndexByWaybill[waybill]
            let slip = slipIndex.map { slips[$0] }
            let feeKey = billLine.feeType.map(memo.key)
            let firstOccurrence = tracker.firstOccurrence(of: billLine, waybill: waybill, feeKey: feeKey)
            let line = judge(
                billLine, slip: slip, duplicateOf: firstOccurrence, feeKey: feeKey, rateCard: rateCard,
                courierOfAccount: courierOfAccount, memo: memo)
            lines.append(line)

            figures.billLines += 1
            figures.billedTotal += line.amount
            figures.statusCounts[line.status, default: 0] += 1
            figures.disputedTotal += line.disputedClaim
            figures.toPayTotal += line.toPay
            let accountKey = AccountKey(courier: line.courier, account: line.account)
            accounts[accountKey, default: CourierAccountSummary(courier: line.courier, account: line.account)].add(line)
            if let slipIndex {
                billedLines[slipIndex] += 1
                billedToPay[slipIndex] += line.toPay
            }
        }

        var notBilled: [CourierUnbilledSlip] = []
        var rebilling: [CourierRebillItem] = []
        var rebilled = [Bool](repeating: false, count: slips.count)
        for (index, slip) in slips.enumerated() {
            let first = firstSlipOfWaybill[index]
            let inPeriod = period.contains(slip.shipDate)
            if inPeriod { figures.slips += 1 }
            let courier = memo.canonicalName(slip.courier)
            let account = Self.text(slip.account) ?? ""
            let billed = billedLines[first] > 0 ? (lines: billedLines[first], toPay: billedToPay[first]) : nil
            if inPeriod && billed == nil && memo.isPaidByUs(slip) {
                let unbilled = unbilledSlip(slip, courier: courier, account: account, rateCard: rateCard, memo: memo)
                notBilled.append(unbilled)
                figures.notBilled += 1
                let accountKey = AccountKey(courier: courier, account: account)
                accounts[accountKey, default: CourierAccountSummary(courier: courier, account: account)].notBilled += 1
            }
            // A chargeable slip is re-billed once per waybill, when it belongs to this month's work:
            // dated in the period, or billed on this month's bills.
            if slip.chargeCustomer == true && (inPeriod || billed != nil) && !rebilled[first] {
                rebilled[first] = true
                let item = CourierRebillItem(
                    slip: slip, courier: courier, account: account, billLines: billed?.lines ?? 0,
                    toPay: billed?.toPay ?? .zero)
                rebilling.append(item)
                figures.rebillTotal += item.toPay
            }
        }

        let sortedAccounts = accounts.values.sorted { ($0.courier, $0.account) < ($1.courier, $1.account) }
        return CourierReport(
            period: period, lines: lines, notBilled: notBilled, rebilling: rebilling, accounts: sortedAccounts,
            figures: figures)
    }

    /// Applies the status rules, in order, to one bill line and works out its money.
    private func judge(
        _ billLine: CourierBillLine, slip: CourierSlip?, duplicateOf firstOccurrence: SourceLocation?, feeKey: String?,
        rateCard: CourierRateCard, courierOfAccount: [String: String], memo: CourierTextMemo
    ) -> CourierLineResult {
        let account = Self.text(billLine.account) ?? Self.text(slip?.account) ?? ""
        var courier = memo.canonicalName(Self.text(billLine.courier) ?? slip?.courier)
        if courier.isEmpty { courier = courierOfAccount[account] ?? "" }
        let billDestination = memo.destination(billLine.destination)
        let slipDestination = memo.destination(slip?.destination)
        let destination = billDestination ?? slipDestination
        let province = destination?.province
        let isFreightLine = feeKey.map { Self.freightFeeTypes.contains($0) } ?? true
        let freight = isFreightLine ? (billLine.freight ?? billLine.amount) : nil
        let card = province.flatMap { memo.rateCardRow(rateCard, courier: courier, province: $0) }

        let billedWeight = billLine.weightKg
        let slipWeight = slip?.weightKg
        let chargeable = slipWeight.map { card?.chargeableWeight($0) ?? $0 }
        let expected = isFreightLine ? card.flatMap { card in billedWeight.map { card.freight(at: $0) } } : nil
        let contract = isFreightLine ? card.flatMap { card in slipWeight.map { card.freight(at: $0) } } : nil

        var flags: Set<CourierFlag> = []
        var notes: [CourierReason] = []
        if let billDestination, let slipDestination, billDestination.provinceID != slipDestination.provinceID {
            flags.insert(.destinationDiffers)
            notes.append(.destinationDiffers(bill: billDestination.text, slip: slipDestination.text))
        }
        if isFreightLine {
            if card == nil { flags.insert(.notPriced) }
            if slip != nil && slipWeight == nil { flags.insert(.slipWithoutWeight) }
            if billedWeight == nil { flags.insert(.billWithoutWeight) }
        }

        var status = CourierStatus.matched
        var reason: CourierReason?
        var disputed = Money.zero
        if let firstOccurrence {
            status = .duplicate
            reason = .duplicate(first: firstOccurrence, feeType: billLine.feeType)
        } else if slip == nil {
            status = .notShipped
            reason = .notShipped
        } else if let slip, !memo.isPaidByUs(slip) {
            status = .collectBilled
            reason = .collectBilled(paymentMode: slip.paymentMode ?? "")
        } else if let freight {
            // A freight line of a slip we pay for: the weight and freight checks.
            if let billedWeight, let chargeable, billedWeight - chargeable > settings.weightToleranceKg {
                status = .weightMismatch
                reason = .weightOver(
                    billedKg: billedWeight, chargeableKg: chargeable, toleranceKg: settings.weightToleranceKg)
                disputed = contract.map { freight - $0 } ?? .zero
            } else if let expected, (freight - expected).magnitudeFen > settings.feeTolerance.fen {
                status = .feeMismatch
                reason = .freightDiffers(
                    billed: freight, rateCard: expected, billedKg: billedWeight ?? .zero,
                    tolerance: settings.feeTolerance)
                disputed = freight - expected
            }
            if card == nil { notes.append(.notPriced(courier: courier, province: province ?? "")) }
            if slipWeight == nil { notes.append(.slipWithoutWeight) }
            if billedWeight == nil { notes.append(.billWithoutWeight) }
        }
        if status.disputesWholeAmount { disputed = billLine.amount }
        if disputed.isNegative && !status.disputesWholeAmount { notes.append(.undercharged(by: -disputed)) }

        // The split of the difference from the contract, whatever the status.
        var weightEffect: Money?
        var priceDifference: Money?
        if let freight, slip != nil, let expected {
            weightEffect = contract.map { expected - $0 } ?? .zero
            priceDifference = freight - expected
        }

        return CourierLineResult(
            source: billLine.source, waybill: billLine.waybill, shipDate: billLine.shipDate, courier: courier,
            account: account, destination: destination?.text, province: province, feeType: billLine.feeType,
            isFreightLine: isFreightLine, billedWeightKg: billedWeight, slipWeightKg: slipWeight,
            slipChargeableWeightKg: chargeable, amount: billLine.amount, freight: freight, expectedFreight: expected,
            contractFreight: contract, weightEffect: weightEffect, priceDifference: priceDifference,
            disputed: disputed, toPay: billLine.amount - disputed.clampedAtZero, status: status,
            reasons: (reason.map { [$0] } ?? []) + notes, flags: flags, slipSource: slip?.source,
            rateCardSource: card?.source)
    }

    private func unbilledSlip(
        _ slip: CourierSlip, courier: String, account: String, rateCard: CourierRateCard, memo: CourierTextMemo
    ) -> CourierUnbilledSlip {
        let province = memo.destination(slip.destination)?.province
        let card = province.flatMap { memo.rateCardRow(rateCard, courier: courier, province: $0) }
        let chargeable = slip.weightKg.map { card?.chargeableWeight($0) ?? $0 }
        let expected = card.flatMap { card in slip.weightKg.map { card.freight(at: $0) } }
        var reasons: [CourierReason] = [.notBilled]
        if card == nil { reasons.append(.notPriced(courier: courier, province: province ?? "")) }
        if slip.weightKg == nil { reasons.append(.slipWithoutWeight) }
        return CourierUnbilledSlip(
            slip: slip, courier: courier, account: account, province: province, chargeableWeightKg: chargeable,
            expectedFreight: expected, reasons: reasons)
    }

    /// The one courier each account is seen with (a bill line's own columns, or a slip's), for a
    /// line that names no courier and has no slip (a 顺丰 bill has no courier column): a monthly
    /// account belongs to one courier. Accounts seen with two couriers are left out.
    static func courierOfAccount(
        billLines: [CourierBillLine], slips: [CourierSlip], memo: CourierTextMemo
    ) -> [String: String] {
        var seen: [String: String?] = [:]
        func note(_ courierName: String?, _ accountName: String?) {
            let courier = memo.canonicalName(courierName)
            guard !courier.isEmpty, let account = text(accountName) else { return }
            if let known = seen[account] {
                if known != courier { seen[account] = .some(nil) }
            } else {
                seen[account] = courier
            }
        }
        for line in billLines { note(line.courier, line.account) }
        for slip in slips { note(slip.courier, slip.account) }
        return seen.compactMapValues { $0 }
    }

    /// The matching key of a waybill: NFKC, no white space, ASCII case ignored.
    static func waybillKey(_ waybill: String) -> String { ComparisonText.key(waybill) }

    /// A cell's text, or nil when absent or blank.
    static func text(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = ComparisonText.trimmed(value)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The records in file-name order then line order; the importer already delivers them so, and
    /// then nothing is sorted.
    static func inSourceOrder<Record>(_ records: [Record], by source: KeyPath<Record, SourceLocation>) -> [Record] {
        let ordered = zip(records, records.dropFirst()).allSatisfy { !($0[keyPath: source] > $1[keyPath: source]) }
        return ordered ? records : records.sorted { $0[keyPath: source] < $1[keyPath: source] }
    }
}

/// The grouping key of the per-account summary.
private struct AccountKey: Hashable {
    var courier: String
    var account: String
}

extension Money {
    /// |fen|, for tolerance comparisons.
    fileprivate var magnitudeFen: Int64 { fen < 0 ? -fen : fen }
}
