/// Why a line has its status, or what else finance should know of it, as a code with its figures,
/// so the workbook can say it in Chinese or English (`--lang zh|en`).
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

    /// The reason in plain words. `fileNames` (the run's input files, by index) lets a duplicate
    /// name the file of its first occurrence.
    public func text(zh: Bool, fileNames: [String] = []) -> String {
        switch self {
        case .duplicate(let first, let feeType):
            let place = Self.place(first, zh: zh, fileNames: fileNames)
            if let feeType, !feeType.isEmpty {
                return zh
                    ? "重复计费：同一运单同一费用项目（\(feeType)）已在\(place)计费"
                    : "duplicate: the same waybill and fee item (\(feeType)) was billed at \(place)"
            }
            return zh ? "重复计费：同一运单已在\(place)计费" : "duplicate: the same waybill was billed at \(place)"
        case .notShipped:
            return zh ? "寄件登记中没有此运单：未寄出却被计费" : "no slip has this waybill: billed, but we never sent it"
        case .collectBilled(let mode):
            return zh
                ? "寄件登记为\(mode)，不应由我方付费，却被计费"
                : "the slip says \(mode) (we do not pay), yet we are billed"
        case .weightOver(let billed, let chargeable, let tolerance):
            return zh
                ? "计费重量 \(billed) kg 比寄件计费重量 \(chargeable) kg 多 \(billed - chargeable) kg，超过容差 \(tolerance) kg"
                : "billed weight \(billed) kg is \(billed - chargeable) kg above the slip's chargeable \(chargeable) kg (tolerance \(tolerance) kg)"
        case .freightDiffers(let billed, let rateCard, let weight, let tolerance):
            let difference = billed - rateCard
            let direction = difference.isNegative ? (zh ? "低" : "below") : (zh ? "高" : "above")
            let magnitude = difference.isNegative ? -difference : difference
            return zh
                ? "运费 \(billed) 元比价格表 \(weight) kg 的 \(rateCard) 元\(direction) \(magnitude) 元，超过容差 \(tolerance) 元"
                : "freight \(billed) is \(magnitude) \(direction) the rate card's \(rateCard) at \(weight) kg (tolerance \(tolerance))"
        case .notBilled:
            return zh
                ? "本月已寄件、由我方付费，但不在本月账单上（可能在下月账单）"
                : "sent this month and paid by us, but on no bill line (it may be on next month's bill)"
        case .destinationDiffers(let bill, let slip):
            return zh
                ? "账单目的地（\(bill)）与寄件登记（\(slip)）省份不同，按账单目的地计价"
                : "the bill's destination (\(bill)) and the slip's (\(slip)) are different provinces; priced at the bill's"
        case .notPriced(let courier, let province):
            let who = courier.isEmpty ? (zh ? "未知快递" : "an unknown courier") : courier
            let whereTo = province.isEmpty ? (zh ? "未知目的地" : "an unknown destination") : province
            return zh ? "价格表未覆盖\(who)到\(whereTo)：未计价" : "not priced: no rate card for \(who) to \(whereTo)"
        case .slipWithoutWeight:
            return zh ? "寄件登记无重量：未核对重量" : "the slip has no weight: weight not checked"
        case .billWithoutWeight:
            return zh ? "账单无计费重量：未核对重量和运费" : "the bill line has no weight: weight and freight not checked"
        case .undercharged(let amount):
            return zh ? "低于合同价 \(amount) 元：列示，不计入争议" : "billed \(amount) below the contract: shown, not disputed"
        }
    }

    private static func place(_ location: SourceLocation, zh: Bool, fileNames: [String]) -> String {
        if fileNames.indices.contains(location.fileIndex) {
            let name = fileNames[location.fileIndex]
            return zh ? "\(name) 第 \(location.line) 行" : "\(name) line \(location.line)"
        }
        return zh
            ? "第 \(location.fileIndex + 1) 个文件第 \(location.line) 行"
            : "line \(location.line) of input file \(location.fileIndex + 1)"
    }
}
