/// Reconciles the courier bills of a month against our slips and the rate cards (RECONCILE.md
/// section 1). One pass over the bill lines and one over the slips, joined through dictionaries
/// keyed by waybill: linear in the number of rows.
public struct CourierReconciler: Sendable {
    public var settings: CourierSettings
    public var aliases: CourierAliases
    /// Each courier's first weight and step, for slips no rate card covers.
    public var weightDefaults: CourierWeightDefaults

    public init(
        settings: CourierSettings = CourierSettings(), aliases: CourierAliases,
        weightDefaults: CourierWeightDefaults = CourierWeightDefaults()
    ) {
        self.settings = settings
        self.aliases = aliases
        self.weightDefaults = weightDefaults
    }

    /// The fee types of a freight line, as comparison keys.
    static let freightFeeTypes: Set<String> = Set(["运费", "快递费", "基础运费", "freight"].map(ComparisonText.key))

    public func reconcile(_ inputs: MonthInputs, period: Period) -> CourierReport {
        reconcile(billLines: inputs.billLines, slips: inputs.slips, rateCards: inputs.rateCards, period: period)
    }

    /// The arrays are consumed: handed over as their only reference (`consume`), the bill lines and
    /// the look-up tables are freed once every line is judged, before the slips' pass (at 1M slips
    /// about 250 MB less at the phase's peak; results keep their own copies of what they show).
    /// `linesJudged` is called right after they are freed, so a caller can start other work there
    /// without adding to the peak. `progress` is told the number of lines judged so far, every
    /// 65,536 lines and once at the end.
    public func reconcile(
        billLines unorderedLines: consuming [CourierBillLine], slips unorderedSlips: consuming [CourierSlip],
        rateCards: [RateCardRow], period: Period, linesJudged: () -> Void = {}, progress: (Int) -> Void = { _ in }
    ) -> CourierReport {
        var billLines = Self.inSourceOrder(unorderedLines) { $0.source }
        let slips = Self.inSourceOrder(unorderedSlips) { $0.source }
        let rateCard = CourierRateCard(rows: rateCards, aliases: aliases)
        let memo = CourierTextMemo(aliases: aliases)

        // Waybills get dense ids, the slips' first: id < `firstSlipOfId.count` has a slip, and
        // the first slip of each waybill is the one a bill line is matched to. What is billed and
        // re-billed is kept per waybill id, so no pass hashes a waybill twice.
        var waybills = WaybillIndex(capacity: slips.count + billLines.count / 4)
        var firstSlipOfId: [Int] = []
        firstSlipOfId.reserveCapacity(slips.count)
        var waybillOfSlip: [Int32] = []
        waybillOfSlip.reserveCapacity(slips.count)
        for index in slips.indices {
            let id = waybills.id(of: slips[index].waybill)
            if id == firstSlipOfId.count { firstSlipOfId.append(index) }
            waybillOfSlip.append(Int32(id))
        }
        let slipWaybills = firstSlipOfId.count

        let courierOfAccount = Self.courierOfAccount(billLines: billLines, slips: slips, memo: memo)

        var tracker = DuplicateTracker(waybills: slipWaybills + billLines.count / 8, lines: billLines.count)
        var lines: [CourierLineResult] = []
        lines.reserveCapacity(billLines.count)
        var figures = CourierFigures()
        var statusCounts = CourierStatusTally()
        var accounts = CourierAccountTallies()
        var billedLines = [Int32](repeating: 0, count: slipWaybills)
        var billedToPay = [Money](repeating: .zero, count: slipWaybills)

        for lineIndex in billLines.indices {
            let waybill = waybills.id(of: billLines[lineIndex].waybill)
            let slipIndex = waybill < slipWaybills ? firstSlipOfId[waybill] : nil
            let feeType = billLines[lineIndex].feeType
            let firstOccurrence = tracker.firstOccurrence(waybill: waybill, feeType: feeType.map(memo.keyID))
            let line = judge(
                billLines[lineIndex], slip: slipIndex.map { SlipFacts(slips[$0], memo: memo) },
                duplicateOf: firstOccurrence.map { billLines[$0].source }, rateCard: rateCard,
                courierOfAccount: courierOfAccount, memo: memo)

            figures.billedTotal += line.amount
            statusCounts.add(line.status)
            figures.disputedTotal += line.disputed
            figures.toPayTotal += line.toPay
            accounts.add(line)
            if waybill < slipWaybills {
                billedLines[waybill] += 1
                billedToPay[waybill] += line.toPay
            }
            lines.append(line)
            if lineIndex & 0xFFFF == 0xFFFF { progress(lineIndex + 1) }
        }
        progress(lines.count)
        figures.billLines = lines.count
        billLines = []
        waybills = WaybillIndex(capacity: 0)
        tracker = DuplicateTracker(waybills: 0, lines: 0)
        linesJudged()

        var notBilled: [CourierUnbilledSlip] = []
        var rebilling: [CourierRebillItem] = []
        var rebilled = [Bool](repeating: false, count: slipWaybills)
        for index in slips.indices {
            let waybill = Int(waybillOfSlip[index])
            let inPeriod = period.contains(slips[index].shipDate)
            if inPeriod { figures.slips += 1 }
            let isBilled = billedLines[waybill] > 0
            let unbilled = inPeriod && !isBilled && memo.isPaidByUs(paymentMode: slips[index].paymentMode)
            // A chargeable slip is re-billed once per waybill, when it belongs to this month's work:
            // dated in the period, or billed on this month's bills.
            let rebill = slips[index].chargeCustomer == true && (inPeriod || isBilled) && !rebilled[waybill]
            guard unbilled || rebill else { continue }
            let courier = memo.canonicalName(slips[index].courier)
            let account = Self.text(slips[index].account) ?? ""
            if unbilled {
                notBilled.append(
                    unbilledSlip(slips[index], courier: courier, account: account, rateCard: rateCard, memo: memo))
                figures.notBilled += 1
                accounts.addNotBilled(courier: courier, account: account)
            }
            if rebill {
                rebilled[waybill] = true
                let item = CourierRebillItem(
                    slip: slips[index], courier: courier, account: account,
                    billLines: isBilled ? Int(billedLines[waybill]) : 0,
                    toPay: isBilled ? billedToPay[waybill] : .zero)
                rebilling.append(item)
                figures.rebillTotal += item.toPay
            }
        }
        figures.statusCounts = statusCounts.dictionary

        let sortedAccounts = accounts.summaries.sorted { ($0.courier, $0.account) < ($1.courier, $1.account) }
        return CourierReport(
            period: period, lines: lines, notBilled: notBilled, rebilling: rebilling, accounts: sortedAccounts,
            figures: figures)
    }

    /// The few fields of a slip a bill line reads, so a line does not copy the whole slip.
    private struct SlipFacts {
        var source: SourceLocation
        var weightKg: Quantity?
        var destination: String?
        var account: String?
        var courier: String?
        var paymentMode: String?
        var isPaidByUs: Bool

        init(_ slip: borrowing CourierSlip, memo: CourierTextMemo) {
            source = slip.source
            weightKg = CourierReconciler.weight(slip.weightKg)
            destination = slip.destination
            account = slip.account
            courier = slip.courier
            paymentMode = slip.paymentMode
            isPaidByUs = memo.isPaidByUs(paymentMode: slip.paymentMode)
        }
    }

    /// Applies the status rules, in order, to one bill line and works out its money.
    private func judge(
        _ billLine: borrowing CourierBillLine, slip: SlipFacts?, duplicateOf firstOccurrence: SourceLocation?,
        rateCard: CourierRateCard, courierOfAccount: [String: String], memo: CourierTextMemo
    ) -> CourierLineResult {
        let account = Self.text(billLine.account) ?? Self.text(slip?.account) ?? ""
        var courier = memo.canonicalName(Self.text(billLine.courier) ?? slip?.courier)
        if courier.isEmpty { courier = courierOfAccount[account] ?? "" }
        let billDestination = memo.destination(billLine.destination)
        let slipDestination = memo.destination(slip?.destination)
        let destination = billDestination ?? slipDestination
        let province = destination?.province
        let isFreightLine = billLine.feeType.map(memo.isFreightFeeType) ?? true
        let freight = isFreightLine ? (billLine.freight ?? billLine.amount) : nil
        let card = destination.flatMap { memo.rateCardRow(rateCard, courier: courier, destination: $0) }

        let billedWeight = billLine.weightKg
        let slipWeight = slip?.weightKg
        let chargeable = slipWeight.map {
            card?.chargeableWeight($0) ?? weightDefaults.rule(for: courier).chargeableWeight($0)
        }
        let expected = isFreightLine ? card.flatMap { card in billedWeight.map { card.freight(at: $0) } } : nil
        let contract = isFreightLine ? card.flatMap { card in slipWeight.map { card.freight(at: $0) } } : nil

        var flags: UInt8 = 0
        var notes: [CourierReason] = []
        if let billDestination, let slipDestination, billDestination.provinceID != slipDestination.provinceID {
            flags |= CourierFlag.destinationDiffers.bit
            notes.append(.destinationDiffers(bill: billDestination.text, slip: slipDestination.text))
        }
        if isFreightLine {
            if card == nil { flags |= CourierFlag.notPriced.bit }
            if slip != nil && slipWeight == nil { flags |= CourierFlag.slipWithoutWeight.bit }
            if billedWeight == nil { flags |= CourierFlag.billWithoutWeight.bit }
        }

        var status = CourierStatus.matched
        var reason: CourierReason?
        // Billed freight minus the contract's, for the two rules that compare them; never disputed
        // below zero (an undercharge is shown in the price difference and the reason).
        var overContract = Money.zero
        if let firstOccurrence {
            status = .duplicate
            reason = .duplicate(first: firstOccurrence, feeType: billLine.feeType)
        } else if slip == nil {
            status = .notShipped
            reason = .notShipped
        } else if let slip, !slip.isPaidByUs {
            status = .collectBilled
            reason = .collectBilled(paymentMode: slip.paymentMode ?? "")
        } else if let freight {
            // A freight line of a slip we pay for: the weight and freight checks.
            if let billedWeight, let chargeable, billedWeight - chargeable > settings.weightToleranceKg {
                status = .weightMismatch
                reason = .weightOver(
                    billedKg: billedWeight, chargeableKg: chargeable, toleranceKg: settings.weightToleranceKg)
                overContract = contract.map { freight - $0 } ?? .zero
            } else if let expected, (freight - expected).magnitudeFen > settings.feeTolerance.fen {
                status = .feeMismatch
                reason = .freightDiffers(
                    billed: freight, rateCard: expected, billedKg: billedWeight ?? .zero,
                    tolerance: settings.feeTolerance)
                overContract = freight - expected
            }
            if card == nil { notes.append(.notPriced(courier: courier, province: province ?? "")) }
            if slipWeight == nil { notes.append(.slipWithoutWeight) }
            if billedWeight == nil { notes.append(.billWithoutWeight) }
        }
        let disputed = status.disputesWholeAmount ? billLine.amount : overContract.clampedAtZero
        if overContract.isNegative { notes.append(.undercharged(by: -overContract)) }

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
            disputed: disputed, toPay: billLine.amount - disputed, status: status,
            reasons: (reason.map { [$0] } ?? []) + notes, flagBits: flags, slipSource: slip?.source,
            rateCardSource: card?.source)
    }

    private func unbilledSlip(
        _ slip: CourierSlip, courier: String, account: String, rateCard: CourierRateCard, memo: CourierTextMemo
    ) -> CourierUnbilledSlip {
        let destination = memo.destination(slip.destination)
        let province = destination?.province
        let card = destination.flatMap { memo.rateCardRow(rateCard, courier: courier, destination: $0) }
        let weight = Self.weight(slip.weightKg)
        let chargeable = weight.map {
            card?.chargeableWeight($0) ?? weightDefaults.rule(for: courier).chargeableWeight($0)
        }
        let expected = card.flatMap { card in weight.map { card.freight(at: $0) } }
        var reasons: [CourierReason] = [.notBilled]
        if card == nil { reasons.append(.notPriced(courier: courier, province: province ?? "")) }
        if weight == nil { reasons.append(.slipWithoutWeight) }
        return CourierUnbilledSlip(
            slip: slip, courier: courier, account: account, province: province, chargeableWeightKg: chargeable,
            expectedFreight: expected, reasons: reasons)
    }

    /// A slip's weight, where it has one: a weight of 0 is no weight (RECONCILE.md section 1, rule 4).
    static func weight(_ weight: Quantity?) -> Quantity? {
        guard let weight, weight > .zero else { return nil }
        return weight
    }

    /// The one courier each account is seen with (a bill line's own columns, or a slip's), for a
    /// line that names no courier and has no slip (a 顺丰 bill has no courier column): a monthly
    /// account belongs to one courier. Accounts seen with two couriers are left out.
    static func courierOfAccount(
        billLines: [CourierBillLine], slips: [CourierSlip], memo: CourierTextMemo
    ) -> [String: String] {
        var seen: [String: String?] = [:]
        // Noting the same pair twice in a row changes nothing: runs of one pair are noted once.
        var last: (courier: String?, account: String?)?
        func note(_ courierName: String?, _ accountName: String?) {
            if let last, same(last.courier, courierName), same(last.account, accountName) { return }
            last = (courierName, accountName)
            let courier = memo.canonicalName(courierName)
            guard !courier.isEmpty, let account = text(accountName) else { return }
            if let known = seen[account] {
                if known != courier { seen[account] = .some(nil) }
            } else {
                seen[account] = courier
            }
        }
        for index in billLines.indices { note(billLines[index].courier, billLines[index].account) }
        for index in slips.indices { note(slips[index].courier, slips[index].account) }
        return seen.compactMapValues { $0 }
    }

    /// Both nil, or the same bytes.
    private static func same(_ lhs: String?, _ rhs: String?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): return true
        case (let lhs?, let rhs?): return TextBytes.same(lhs, rhs)
        default: return false
        }
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
    /// then nothing is sorted (nor copied).
    static func inSourceOrder<Record>(_ records: consuming [Record], by source: (borrowing Record) -> SourceLocation)
        -> [Record]
    {
        var ordered = true
        for index in records.indices.dropFirst() where source(records[index]) < source(records[index - 1]) {
            ordered = false
            break
        }
        return ordered ? records : records.sorted { source($0) < source($1) }
    }
}

extension Money {
    /// |fen|, for tolerance comparisons.
    fileprivate var magnitudeFen: Int64 { fen < 0 ? -fen : fen }
}
