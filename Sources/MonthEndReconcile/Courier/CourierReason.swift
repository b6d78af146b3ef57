/// Why a line has its status, or what else finance should know of it, as a code with its figures;
/// the words are the labels' (`reason.courier.*` in templates/labels.<lang>.yaml).
public enum CourierReason: Sendable, Hashable {
    /// The same waybill and fee type (or the same waybill, on a bill without fee types) was billed
    /// first at `first`.
    case duplicate(first: SourceLocation, feeType: String?)
    /// No slip has the waybill: billed, but we never sent it.
    case notShipped
    /// The slip's payment mode (到付, 第三方付) says we do not pay.
    case collectBilled(paymentMode: String)
    /// The billed weight is more than the tolerance above the slip's chargeable weight.
    case weightOver(billedKg: Quantity, chargeableKg: Quantity, toleranceKg: Quantity)
    /// The billed freight differs from the rate card at the billed weight by more than the tolerance.
    case freightDiffers(billed: Money, rateCard: Money, billedKg: Quantity, tolerance: Money)
    /// A slip dated in the period, paid by us, on no bill line.
    case notBilled
    /// The bill and the slip name different provinces; the bill's decides the rate card.
    case destinationDiffers(bill: String, slip: String)
    /// No rate card covers the courier and province: the freight is not priced (nothing disputed
    /// on a weight mismatch).
    case notPriced(courier: String, province: String)
    /// The slip has no weight: the billed weight is not checked.
    case slipWithoutWeight
    /// The bill line has no weight: neither the weight nor the freight is checked.
    case billWithoutWeight
    /// Billed below the contract: shown on the line, not disputed.
    case undercharged(by: Money)

    /// The reason in the words of `phrases` (the workbook's language). `fileNames` (the run's input
    /// files, by index) lets a duplicate name the file of its first occurrence.
    public func text(_ phrases: ReasonPhrases, fileNames: [String] = []) -> String {
        switch self {
        case .duplicate(let first, let feeType):
            let place = Self.place(first, phrases, fileNames: fileNames)
            if let feeType, !feeType.isEmpty {
                return phrases("reason.courier.duplicate_fee", ["fee_type": feeType, "place": place])
            }
            return phrases("reason.courier.duplicate", ["place": place])
        case .notShipped:
            return phrases("reason.courier.not_shipped")
        case .collectBilled(let mode):
            return phrases("reason.courier.collect_billed", ["payment_mode": mode])
        case .weightOver(let billed, let chargeable, let tolerance):
            return phrases(
                "reason.courier.weight_over",
                [
                    "billed": billed.description, "chargeable": chargeable.description,
                    "over": (billed - chargeable).description, "tolerance": tolerance.description,
                ])
        case .freightDiffers(let billed, let rateCard, let weight, let tolerance):
            let difference = billed - rateCard
            return phrases(
                difference.isNegative ? "reason.courier.freight_below" : "reason.courier.freight_above",
                [
                    "billed": billed.description, "rate_card": rateCard.description, "weight": weight.description,
                    "difference": (difference.isNegative ? -difference : difference).description,
                    "tolerance": tolerance.description,
                ])
        case .notBilled:
            return phrases("reason.courier.not_billed")
        case .destinationDiffers(let bill, let slip):
            return phrases("reason.courier.destination_differs", ["bill": bill, "slip": slip])
        case .notPriced(let courier, let province):
            return phrases(
                "reason.courier.not_priced",
                [
                    "courier": courier.isEmpty ? phrases("reason.courier.unknown_courier") : courier,
                    "province": province.isEmpty ? phrases("reason.courier.unknown_destination") : province,
                ])
        case .slipWithoutWeight:
            return phrases("reason.courier.slip_without_weight")
        case .billWithoutWeight:
            return phrases("reason.courier.bill_without_weight")
        case .undercharged(let amount):
            return phrases("reason.courier.undercharged", ["amount": amount.description])
        }
    }

    private static func place(_ location: SourceLocation, _ phrases: ReasonPhrases, fileNames: [String]) -> String {
        if fileNames.indices.contains(location.fileIndex) {
            return phrases("reason.place.file", ["file": fileNames[location.fileIndex], "line": String(location.line)])
        }
        return phrases("reason.place.index", ["index": String(location.fileIndex + 1), "line": String(location.line)])
    }
}
