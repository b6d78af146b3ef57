/// The normalised forms of the few distinct couriers, provinces, payment modes and fee types of a
/// month, each worked out once: a million lines name a few dozen of them. Keyed by the text's
/// bytes, which hash without the Unicode normalisation a String key costs on Chinese text. One per
/// reconciliation run, never shared.
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

    init(aliases: CourierAliases) { self.aliases = aliases }

    /// `CourierAliases.canonicalName`.
    func canonicalName(_ name: String?) -> String {
        guard let name else { return "" }
        let bytes = TextBytes(name)
        if let known = canonicalNames[bytes] { return known }
        let canonical = aliases.canonicalName(name)
        canonicalNames[bytes] = canonical
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

    /// A destination cell's trimmed text and province; nil when absent or blank.
    func destination(_ cell: String?) -> Destination? {
        guard let cell else { return nil }
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

    /// `CourierSlip.isPaidByUs`, once per payment mode.
    func isPaidByUs(_ slip: CourierSlip) -> Bool {
        guard let mode = slip.paymentMode else { return true }
        let bytes = TextBytes(mode)
        if let known = paidByUs[bytes] { return known }
        let paid = slip.isPaidByUs
        paidByUs[bytes] = paid
        return paid
    }

    /// `CourierRateCard.row`, once per canonical courier and province.
    func rateCardRow(_ rateCard: CourierRateCard, courier: String, province: String) -> RateCardRow? {
        let pair = CourierProvince(courier: TextBytes(courier), province: TextBytes(province))
        if let known = rateCardRows[pair] { return known }
        let row = rateCard.row(courier: courier, province: province, memo: self)
        rateCardRows[pair] = .some(row)
        return row
    }
}

/// A text compared and hashed by its UTF-8 bytes: stricter than String equality (no canonical
/// equivalence), which for a memo only means a second entry with the same result.
struct TextBytes: Hashable {
    var text: String

    init(_ text: String) { self.text = text }

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
