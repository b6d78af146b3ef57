import MonthEndCore
import MonthEndReconcile

/// The words finance reads for the codes the reports carry (the JSON summary keeps the codes):
/// statuses, exception kinds, stock flags and aging buckets, all from templates/labels.*.yaml.
/// Summary formulas count these same words, so a COUNTIF and the cell it counts never disagree.
extension WorkbookLabels {
    /// A courier status: 已核对, 重复计费 ...
    public func word(for status: CourierStatus) -> String { self["status." + status.rawValue] }

    /// The status of a slip sent and paid by us that no bill line carries: 已寄未出账.
    public var notBilledWord: String { self["status." + CourierUnbilledSlip.status] }

    /// A stock flag: 差异超出允差, 未盘点 ...
    public func word(for flag: StockFlag) -> String { self["kind." + flag.rawValue] }

    /// The kind of an exception of `area`: a courier status, else an exception kind code of the
    /// receivables or the stock-take (`unidentified`, `overdue`, `not_counted` ...).
    public func exceptionKindWord(_ code: String, area: ExceptionArea) -> String {
        let key = (area == .courier ? "status." : "kind.") + code
        return values[key] ?? code
    }

    /// The buckets of `scheme` in order, as finance reads them (未到期, 逾期1-30天 ... 逾期90天以上 on
    /// the due-date basis; 0-day, 1-30 天 ... on the invoice-date basis, which counts days since the
    /// invoice, not days overdue).
    public func bucketWords(_ scheme: AgingScheme) -> [String] {
        let prefix = scheme.basis == .dueDate ? "bucket." : "bucket.aged."
        var words = [self[prefix + "current"]]
        var lower = 1
        for bound in scheme.bounds {
            words.append(
                self[prefix + "range"].replacingPlaceholder("{from}", with: String(lower))
                    .replacingPlaceholder("{to}", with: String(bound)))
            lower = bound + 1
        }
        words.append(self[prefix + "over"].replacingPlaceholder("{from}", with: String(scheme.bounds.last ?? 0)))
        return words
    }

    /// The words of the reports' reasons (`reason.*`).
    public var reasonPhrases: ReasonPhrases { ReasonPhrases(values) }

    /// Every key of the words above, for `requiredKeys`.
    static let wordKeys: [String] =
        (CourierStatus.allCases.map(\.rawValue) + [CourierUnbilledSlip.status]).map { "status." + $0 }
        + (StockFlag.allCases.map(\.rawValue) + ReceivablesExceptionKind.allCases.map(\.rawValue)).map { "kind." + $0 }
        + ["current", "range", "over"].flatMap { ["bucket." + $0, "bucket.aged." + $0] }
        + ReasonPhrases.keys
}
