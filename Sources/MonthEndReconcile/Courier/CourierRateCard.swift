/// The rate cards of a run, indexed by (courier, province) for one lookup per line. A row without a
/// courier applies to every courier; a row naming the courier wins over it, and of two rows for
/// the same courier and province the first (file order, then line order) wins.
struct CourierRateCard: Sendable {
    private var byCourier: [String: [String: RateCardRow]] = [:]
    private var anyCourier: [String: RateCardRow] = [:]

    init(rows: [RateCardRow], aliases: CourierAliases) {
        for row in rows.sorted(by: { $0.source < $1.source }) {
            let province = ComparisonText.key(ProvinceName.normalized(row.destination))
            guard !province.isEmpty else { continue }
            let courier = ComparisonText.key(aliases.canonicalName(row.courier))
            if courier.isEmpty {
                if anyCourier[province] == nil { anyCourier[province] = row }
            } else if byCourier[courier]?[province] == nil {
                byCourier[courier, default: [:]][province] = row
            }
        }
    }

    /// The row for a canonical courier name ("" when unknown) and a normalised province.
    func row(courier: String, province: String, memo: CourierTextMemo) -> RateCardRow? {
        let provinceKey = memo.key(province)
        guard !provinceKey.isEmpty else { return nil }
        if let row = byCourier[memo.key(courier)]?[provinceKey] { return row }
        return anyCourier[provinceKey]
    }
}
