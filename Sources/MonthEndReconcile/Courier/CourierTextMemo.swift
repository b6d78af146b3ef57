/// The normalised forms of the few distinct couriers, provinces, payment modes and fee types of a
/// month, each worked out once: a million lines name a few dozen of them. Keyed by the text's
/// bytes, which hash without the Unicode normalisation a String key costs on Chinese text. One per
/// reconciliation run, never shared. Each lookup first compares with the text it was asked last
/// (bytes again): lines come in runs of one courier, account and fee type.
final class CourierTextMemo {
    /// A destination as a line shows it and the province it stands for.
    struct Destination {
        /// As written, trimmed.
        var text: String
        var province: String
        /// Equal for two destinations exactly when their provinces' comparison keys are equal.
        var provinceID: Int
    }

    private let aliases: CourierAliases
    private var canonicalNames = TextTable<String>()
    private var provinces = TextTable<String>()
    private var keys = TextTable<String>()
    private var destinations = TextTable<Destination?>()
    private var provinceIDs: [String: Int] = [:]
    private var paidByUs = TextTable<Bool>()
    private var courierSlots = TextTable<Int>()
    /// By courier slot, then province id: nil until looked up, then the row or none.
    private var rateCardRows: [[RateCardRow??]] = []
    private var keyIDs: [String: Int] = [:]
    private var keyIDsByText = TextTable<Int>()
    /// By key id: whether the key is one of `CourierReconciler.freightFeeTypes`.
    private var freightByKeyID: [Bool] = []

    init(aliases: CourierAliases) { self.aliases = aliases }

    /// `CourierAliases.canonicalName`.
    func canonicalName(_ name: String?) -> String {
        guard let name else { return "" }
        return canonicalNames.value(TextBytes(name)) { aliases.canonicalName(name) }
    }

    /// `ProvinceName.normalized`.
    func province(_ destination: String) -> String {
        provinces.value(TextBytes(destination)) { ProvinceName.normalized(destination) }
    }

    /// `ComparisonText.key`, for short repeated texts (not waybills).
    func key(_ text: String) -> String {
        keys.value(TextBytes(text)) { ComparisonText.key(text) }
    }

    /// An id per distinct `key(text)` (equal keys, equal ids), for keeping fee types in arrays.
    func keyID(_ text: String) -> Int {
        keyIDsByText.value(TextBytes(text)) {
            let key = key(text)
            if let known = keyIDs[key] { return known }
            let id = keyIDs.count
            freightByKeyID.append(CourierReconciler.freightFeeTypes.contains(key))
            keyIDs[key] = id
            return id
        }
    }

    /// Whether a fee type names the freight of a waybill (运费, 快递费 ...).
    func isFreightFeeType(_ text: String) -> Bool {
        freightByKeyID[keyID(text)]
    }

    /// A destination cell's trimmed text and province; nil when absent or blank.
    func destination(_ cell: String?) -> Destination? {
        guard let cell else { return nil }
        return destinations.value(TextBytes(cell)) {
            guard let text = CourierReconciler.text(cell) else { return nil }
            let province = province(text)
            let provinceKey = key(province)
            let id = provinceIDs[provinceKey] ?? provinceIDs.count
            provinceIDs[provinceKey] = id
            return Destination(text: text, province: province, provinceID: id)
        }
    }

    /// `CourierSlip.isPaidByUs` of a slip with this payment mode, once per payment mode.
    func isPaidByUs(paymentMode mode: String?) -> Bool {
        guard let mode else { return true }
        return paidByUs.value(TextBytes(mode)) {
            CourierSlip(
                source: SourceLocation(fileIndex: 0, line: 0), waybill: "", shipDate: LocalDate(dayNumber: 0),
                paymentMode: mode
            ).isPaidByUs
        }
    }

    /// `CourierRateCard.row` for a canonical courier and a destination's province, once per courier
    /// and province id: the row depends on the province only through its comparison key, which the
    /// id stands for, so the table is two array indices deep.
    func rateCardRow(_ rateCard: CourierRateCard, courier: String, destination: Destination) -> RateCardRow? {
        let slot = courierSlots.value(TextBytes(courier)) {
            rateCardRows.append([])
            return rateCardRows.count - 1
        }
        let id = destination.provinceID
        while rateCardRows[slot].count <= id { rateCardRows[slot].append(nil) }
        if let known = rateCardRows[slot][id] { return known }
        let row = rateCard.row(courier: courier, province: destination.province, memo: self)
        rateCardRows[slot][id] = .some(row)
        return row
    }
}
