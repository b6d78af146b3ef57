/// How open balances are aged: which date the days count from and where the buckets end. The JSON
/// summary always uses `standard`; the workbook uses the configured scheme.
public struct AgingScheme: Sendable, Hashable {
    public var basis: AgingBasis
    /// Ascending upper bounds (in days) of the buckets after `current`; the last bucket is open-ended.
    public var bounds: [Int]

    public init(basis: AgingBasis = .dueDate, bounds: [Int] = [30, 60, 90]) {
        self.basis = basis
        self.bounds = bounds.sorted()
    }

    public init(_ settings: ReceivablesSettings) {
        self.init(basis: settings.agingBasis, bounds: settings.agingBuckets)
    }

    /// Due-date basis, buckets current, 1-30, 31-60, 61-90, 90+ (RECONCILE.md defaults).
    public static let standard = AgingScheme()

    /// `current`, then `1-30`, `31-60` ... and finally `90+` (for the default bounds).
    public var labels: [String] {
        var result = ["current"]
        var lower = 1
        for bound in bounds {
            result.append("\(lower)-\(bound)")
            lower = bound + 1
        }
        result.append("\(bounds.last ?? 0)+")
        return result
    }

    /// The days an invoice has aged as of `asOf` under this basis.
    public func agedDays(invoiceDate: LocalDate, dueDate: LocalDate, asOf: LocalDate) -> Int {
        switch basis {
        case .dueDate: return asOf.days(since: dueDate)
        case .invoiceDate: return asOf.days(since: invoiceDate)
        }
    }

    /// 0 is `current` (0 days or less); bucket k covers (bounds[k-2], bounds[k-1]]; the last is over
    /// the last bound.
    public func bucketIndex(forDays days: Int) -> Int {
        if days <= 0 { return 0 }
        for (offset, bound) in bounds.enumerated() where days <= bound { return offset + 1 }
        return bounds.count + 1
    }
}
