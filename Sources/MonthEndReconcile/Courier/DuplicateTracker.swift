/// Remembers the bill lines seen so far, to find `duplicate` lines in one pass: the same waybill and
/// fee type, or, for a line of a bill without fee types (a whole waybill), the same waybill at all.
/// A fee item billed after the same waybill appeared as a whole-waybill line is a duplicate too.
struct DuplicateTracker {
    private struct FeeKey: Hashable {
        var waybill: String
        var feeType: String
    }

    /// The first line of each waybill, of any fee type.
    private var firstOfWaybill: [String: SourceLocation] = [:]
    /// The first whole-waybill line (no fee type) of each waybill.
    private var firstWholeWaybill: [String: SourceLocation] = [:]
    private var firstOfFeeItem: [FeeKey: SourceLocation] = [:]

    init(capacity: Int) {
        firstOfWaybill.reserveCapacity(capacity)
        firstWholeWaybill.reserveCapacity(capacity)
        firstOfFeeItem.reserveCapacity(capacity)
    }

    /// The first occurrence `line` repeats, or nil when it is a first occurrence; records the line.
    /// `feeKey` is the comparison key of the line's fee type.
    mutating func firstOccurrence(of line: CourierBillLine, waybill: String, feeKey: String?) -> SourceLocation? {
        let earlier: SourceLocation?
        if let feeKey {
            let key = FeeKey(waybill: waybill, feeType: feeKey)
            earlier = firstOfFeeItem[key] ?? firstWholeWaybill[waybill]
            if firstOfFeeItem[key] == nil { firstOfFeeItem[key] = line.source }
        } else {
            earlier = firstOfWaybill[waybill]
            if firstWholeWaybill[waybill] == nil { firstWholeWaybill[waybill] = line.source }
        }
        if firstOfWaybill[waybill] == nil { firstOfWaybill[waybill] = line.source }
        return earlier
    }
}
