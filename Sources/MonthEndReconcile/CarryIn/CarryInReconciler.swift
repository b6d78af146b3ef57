/// Carries an earlier period's open items into this run (issue 16), in two steps around the
/// month's reconciliation: before it, the not-billed slips join this month's slips (so a bill line
/// of one is matched and judged as usual); after it, each carried item is cleared, left open or,
/// for a dispute billed again, marked a repeat claim.
public enum CarryInReconciler {
    /// The carried not-billed slips as slips of a file of their own, `fileIndex` (one past the
    /// run's files): after every real slip in source order, so a slip of this month's register for
    /// the same waybill is the one matched.
    public static func slips(_ items: [OpenItem], fileIndex: Int) -> [CourierSlip] {
        items.filter { $0.kind == .notBilledSlip }.enumerated().compactMap { index, item in
            guard let date = item.date else { return nil }
            return CourierSlip(
                source: SourceLocation(fileIndex: fileIndex, line: index + 1), waybill: item.key, shipDate: date,
                weightKg: item.weightKg, destination: item.destination, account: item.account, courier: item.courier,
                paymentMode: item.paymentMode, chargeCustomer: item.chargeCustomer)
        }
    }

    /// What became of each carried item, given this run's reports.
    public static func outcomes(
        _ items: [OpenItem], fromPeriod: Period?, courier: CourierReport?, receivables: ReceivablesReport?,
        stock: StockReport?, dropped: [PaymentDeduplication.Dropped]
    ) -> CarryInReport {
        // The first bill line of each waybill (and of each waybill and fee type).
        var lineOfWaybill: [String: Int] = [:]
        var lineOfWaybillFee: [String: Int] = [:]
        for (index, line) in (courier?.lines ?? []).enumerated() {
            let waybill = ComparisonText.key(line.waybill)
            if lineOfWaybill[waybill] == nil { lineOfWaybill[waybill] = index }
            let fee = waybill + "|" + (line.feeType.map(ComparisonText.key) ?? "")
            if lineOfWaybillFee[fee] == nil { lineOfWaybillFee[fee] = index }
        }
        let invoices = Dictionary(
            (receivables?.invoices ?? []).map { ($0.invoiceNo, $0) }, uniquingKeysWith: { first, _ in first })
        let stockLines = Dictionary(
            (stock?.lines ?? []).map { (stockKey($0.itemCode, $0.location), $0) },
            uniquingKeysWith: { first, _ in first })
        let lines = courier?.lines ?? []

        let results = items.map { item -> CarryInReport.Item in
            switch item.kind {
            case .notBilledSlip:
                guard let index = lineOfWaybill[ComparisonText.key(item.key)] else {
                    return .init(item: item, outcome: .open)
                }
                return .init(
                    item: item, outcome: .cleared, matchedAt: lines[index].source, lineStatus: lines[index].status)
            case .disputedLine:
                // The same fee item billed again (any line of the waybill when the dispute had no fee type).
                let waybill = ComparisonText.key(item.key)
                let index =
                    item.feeType.map { lineOfWaybillFee[waybill + "|" + ComparisonText.key($0)] }
                    ?? lineOfWaybill[waybill]
                guard let index else { return .init(item: item, outcome: .cleared) }
                return .init(
                    item: item, outcome: .repeatClaim, matchedAt: lines[index].source, lineStatus: lines[index].status,
                    billedAgain: lines[index].amount)
            case .openInvoice:
                guard let invoice = invoices[item.key] else { return .init(item: item, outcome: .open) }
                return .init(
                    item: item, outcome: invoice.openBalance.isPositive ? .open : .cleared, matchedAt: invoice.source)
            case .stockNotCounted:
                guard let line = stockLines[item.key] else { return .init(item: item, outcome: .open) }
                return .init(item: item, outcome: line.isCounted ? .cleared : .open, matchedAt: line.source)
            case .unappliedPayment, .unidentifiedPayment:
                // A bank statement does not say later what a receipt was for: these stay open until
                // settled in the receivables export (a credit note or an identified customer code).
                return .init(item: item, outcome: .open)
            }
        }
        return CarryInReport(fromPeriod: fromPeriod, items: results, dropped: dropped)
    }

    /// The open items to record for this run: its own, plus the carried ones still open that it
    /// did not find again (an item found again keeps the period it was first left open in).
    public static func openItemsToRecord(own: [OpenItem], carried: CarryInReport?) -> [OpenItem] {
        guard let carried else { return own }
        var firstPeriod: [String: Period] = [:]
        for result in carried.items where result.outcome != .cleared {
            firstPeriod[result.item.kind.rawValue + "|" + result.item.key] = result.item.period
        }
        var recorded = own.map { item -> OpenItem in
            var item = item
            let key = item.kind.rawValue + "|" + item.key
            if let period = firstPeriod.removeValue(forKey: key) { item.period = period }
            return item
        }
        // Carried on as they were: open, and not found again by this run.
        for result in carried.items where result.outcome != .cleared {
            let key = result.item.kind.rawValue + "|" + result.item.key
            if firstPeriod.removeValue(forKey: key) != nil { recorded.append(result.item) }
        }
        return recorded
    }

    static func stockKey(_ code: String, _ location: String) -> String { code + "@" + location }
}
