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
    private var canonicalNames: [TextBytes: String] = [:]
    private var provinces: [TextBytes: String] = [:]
    private var keys: [TextBytes: String] = [:]
    private var destinations: [TextBytes: Destination?] = [:]
    private var provinceIDs: [String: Int] = [:]
    private var paidByUs: [TextBytes: Bool] = [:]
    private var courierSlots: [TextBytes: Int] = [:]
    /// By courier slot, then province id: nil until looked up, then the row or none.
    private var rateCardRows: [[RateCardRow??]] = []
    private var keyIDs: [String: Int] = [:]
    private var keyIDsByText: [TextBytes: Int] = [:]
    /// By key id: whether the key is one of `CourierReconciler.freightFeeTypes`.
    private var freightByKeyID: [Bool] = []

    private var lastCanonicalName: (text: TextBytes, result: String)?
    private var lastDestination: (text: TextBytes, result: Destination?)?
    private var lastPaymentMode: (text: TextBytes, result: Bool)?
    private var lastKeyID: (text: TextBytes, result: Int)?
    private var lastCourierSlot: (text: TextBytes, slot: Int)?

    init(aliases: CourierAliases) { self.aliases = aliases }

    /// `CourierAliases.canonicalName`.
    func canonicalName(_ name: String?) -> String {
        guard let name else { return "" }
        let bytes = TextBytes(name)
        if let last = lastCanonicalName, last.text == bytes { return last.result }
        let canonical: String
        if let known = canonicalNames[bytes] {
            canonical = known
        } else {
            canonical = aliases.canonicalName(name)
            canonicalNames[bytes] = canonical
        }
        lastCanonicalName = (bytes, canonical)
        return canonical
    }

    /// `ProvinceName.normalized`.
    func province(_ destination: String) -> String {
        let bytes = TextBytes(destination)
        if let known = provinces[bytes] { return known }
        let province = ProvinceName.normalized(destination)
        provinces[bytes] = province
        return province
    }

    /// `ComparisonText.key`, for short repeated texts (not waybills).
    func key(_ text: String) -> String {
        let bytes = TextBytes(text)
        if let known = keys[bytes] { return known }
        let key = ComparisonText.key(text)
        keys[bytes] = key
        return key
    }

    /// An id per distinct `key(text)` (equal keys, equal ids), for keeping fee types in arrays.
    func keyID(_ text: String) -> Int {
        let bytes = TextBytes(text)
        if let last = lastKeyID, last.text == bytes { return last.result }
        let id: Int
        if let known = keyIDsByText[bytes] {
            id = known
        } else {
            let key = key(text)
            id = keyIDs[key] ?? keyIDs.count
            if id == keyIDs.count { freightByKeyID.append(CourierReconciler.freightFeeTypes.contains(key)) }
            keyIDs[key] = id
            keyIDsByText[bytes] = id
        }
        lastKeyID = (bytes, id)
        return id
    }

    /// Whether a fee type names the freight of a waybill (运费, 快递费 ...).
    func isFreightFeeType(_ text: String) -> Bool {
        freightByKeyID[keyID(text)]
    }

    /// A destination cell's trimmed text and province; nil when absent or blank.
    func destination(_ cell: String?) -> Destination? {
        guard let cell else { return nil }
        let bytes = TextBytes(cell)
        if let last = lastDestination, last.text == bytes { return last.result }
        let found = destinationLookup(cell, bytes: bytes)
        lastDestination = (bytes, found)
        return found
    }

    private func destinationLookup(_ cell: String, bytes: TextBytes) -> Destination? {
        if let known = destinations[bytes] { return known }
        var found: Destination?
        if let text = CourierReconciler.text(cell) {
            let province = province(text)
            let provinceKey = key(province)
            let id = provinceIDs[provinceKey] ?? provinceIDs.count
            provinceIDs[provinceKey] = id
            found = Destination(text: text, province: province, provinceID: id)
        }
        destinations[bytes] = found
        return found
    }

    /// `CourierSlip.isPaidByUs` of a slip with this payment mode, once per payment mode.
    func isPaidByUs(paymentMode mode: String?) -> Bool {
        guard let mode else { return true }
        let bytes = TextBytes(mode)
        if let last = lastPaymentMode, last.text == bytes { return last.result }
        let paid: Bool
        if let known = paidByUs[bytes] {
            paid = known
        } else {
            let probe = CourierSlip(
                source: SourceLocation(fileIndex: 0, line: 0), waybill: "", shipDate: LocalDate(dayNumber: 0),
                paymentMode: mode)
            paid = probe.isPaidByUs
            paidByUs[bytes] = paid
        }
        lastPaymentMode = (bytes, paid)
        return paid
    }

    /// `CourierRateCard.row` for a canonical courier and a destination's province, once per courier
    /// and province id: the row depends on the province only through its comparison key, which the
    /// id stands for, so the table is two array indices deep.
    func rateCardRow(_ rateCard: CourierRateCard, courier: String, destination: Destination) -> RateCardRow? {
        let bytes = TextBytes(courier)
        let slot: Int
        if let last = lastCourierSlot, last.text == bytes {
            slot = last.slot
        } else {
            slot = courierSlots[bytes] ?? rateCardRows.count
            if slot == rateCardRows.count {
                courierSlots[bytes] = slot
                rateCardRows.append([])
            }
            lastCourierSlot = (bytes, slot)
        }
        let id = destination.provinceID
        while rateCardRows[slot].count <= id { rateCardRows[slot].append(nil) }
        if let known = rateCardRows[slot][id] { return known }
        let row = rateCard.row(courier: courier, province: destination.province, memo: self)
        rateCardRows[slot][id] = .some(row)
        return row
    }
}
