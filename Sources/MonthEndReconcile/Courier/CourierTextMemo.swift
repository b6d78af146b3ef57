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
    private var rateCardRows: [CourierProvince: RateCardRow?] = [:]
    private var keyIDs: [String: Int] = [:]
    private var keyIDsByText: [TextBytes: Int] = [:]
    /// By key id: whether the key is one of `CourierReconciler.freightFeeTypes`.
    private var freightByKeyID: [Bool] = []

    private var lastCanonicalName: (text: String, result: String)?
    private var lastDestination: (text: String, result: Destination?)?
    private var lastPaymentMode: (text: String, result: Bool)?
    private var lastKeyID: (text: String, result: Int)?
    private var lastRateCardRow: (courier: String, province: String, result: RateCardRow?)?

    init(aliases: CourierAliases) { self.aliases = aliases }

    /// `CourierAliases.canonicalName`.
    func canonicalName(_ name: String?) -> String {
        guard let name else { return "" }
        if let last = lastCanonicalName, TextBytes.same(last.text, name) { return last.result }
        let bytes = TextBytes(name)
        let canonical: String
        if let known = canonicalNames[bytes] {
            canonical = known
        } else {
            canonical = aliases.canonicalName(name)
            canonicalNames[bytes] = canonical
        }
        lastCanonicalName = (name, canonical)
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
        if let last = lastKeyID, TextBytes.same(last.text, text) { return last.result }
        let bytes = TextBytes(text)
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
        lastKeyID = (text, id)
        return id
    }

    /// Whether a fee type names the freight of a waybill (运费, 快递费 ...).
    func isFreightFeeType(_ text: String) -> Bool {
        freightByKeyID[keyID(text)]
    }

    /// A destination cell's trimmed text and province; nil when absent or blank.
    func destination(_ cell: String?) -> Destination? {
        guard let cell else { return nil }
        if let last = lastDestination, TextBytes.same(last.text, cell) { return last.result }
        let found = destinationLookup(cell)
        lastDestination = (cell, found)
        return found
    }

    private func destinationLookup(_ cell: String) -> Destination? {
        let bytes = TextBytes(cell)
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
        if let last = lastPaymentMode, TextBytes.same(last.text, mode) { return last.result }
        let bytes = TextBytes(mode)
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
        lastPaymentMode = (mode, paid)
        return paid
    }

    /// `CourierRateCard.row`, once per canonical courier and province.
    func rateCardRow(_ rateCard: CourierRateCard, courier: String, province: String) -> RateCardRow? {
        if let last = lastRateCardRow, TextBytes.same(last.courier, courier), TextBytes.same(last.province, province) {
            return last.result
        }
        let pair = CourierProvince(courier: TextBytes(courier), province: TextBytes(province))
        let row: RateCardRow?
        if let known = rateCardRows[pair] {
            row = known
        } else {
            row = rateCard.row(courier: courier, province: province, memo: self)
            rateCardRows[pair] = .some(row)
        }
        lastRateCardRow = (courier, province, row)
        return row
    }
}

/// A text compared and hashed by its UTF-8 bytes: stricter than String equality (no canonical
/// equivalence), which for a memo only means a second entry with the same result.
struct TextBytes: Hashable {
    var text: String

    init(_ text: String) { self.text = text }

    /// Byte equality of two texts without wrapping them.
    static func same(_ lhs: String, _ rhs: String) -> Bool {
        TextBytes(lhs) == TextBytes(rhs)
    }

    static func == (lhs: TextBytes, rhs: TextBytes) -> Bool {
        guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        var left = lhs.text
        var right = rhs.text
        return left.withUTF8 { leftBytes in right.withUTF8 { leftBytes.elementsEqual($0) } }
    }

    func hash(into hasher: inout Hasher) {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        contiguous.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// The memo key of a rate-card lookup.
private struct CourierProvince: Hashable {
    var courier: TextBytes
    var province: TextBytes
}
