/// Remembers the bill lines seen so far, to find `duplicate` lines in one pass: the same waybill and
/// fee type, or, for a line of a bill without fee types (a whole waybill), the same waybill at all.
/// A fee item billed after the same waybill appeared as a whole-waybill line is a duplicate too.
/// Waybills and fee types come as dense ids and lines as indices, so everything lives in arrays:
/// a waybill's fee items are a short chain through the lines that first billed them.
struct DuplicateTracker {
    private static let none: Int32 = -1

    /// Per waybill id: the first line of any fee type, the first whole-waybill line (no fee type),
    /// and the newest line that first billed one of its fee items (head of the chain).
    private var firstOfWaybill: [Int32] = []
    private var firstWholeWaybill: [Int32] = []
    private var feeChainHead: [Int32] = []
    /// Per line, by index: when it first billed a fee item of its waybill, that fee type's id and
    /// the next older such line of the same waybill; `none` otherwise.
    private var feeTypeOfLine: [Int32] = []
    private var nextOfLine: [Int32] = []

    init(waybills: Int, lines: Int) {
        firstOfWaybill.reserveCapacity(waybills)
        firstWholeWaybill.reserveCapacity(waybills)
        feeChainHead.reserveCapacity(waybills)
        feeTypeOfLine.reserveCapacity(lines)
        nextOfLine.reserveCapacity(lines)
    }

    /// The index of the earlier line that the next line repeats, or nil when it is a first
    /// occurrence; records the line. Lines come in index order, 0 first. `feeType` is the id of the
    /// line's fee-type key, nil on a bill without fee types.
    mutating func firstOccurrence(waybill: Int, feeType: Int?) -> Int? {
        while firstOfWaybill.count <= waybill {
            firstOfWaybill.append(Self.none)
            firstWholeWaybill.append(Self.none)
            feeChainHead.append(Self.none)
        }
        let line = Int32(feeTypeOfLine.count)
        feeTypeOfLine.append(Self.none)
        nextOfLine.append(Self.none)
        var earlier = Self.none
        if let feeType {
            let fee = Int32(feeType)
            var link = feeChainHead[waybill]
            while link != Self.none && feeTypeOfLine[Int(link)] != fee {
                link = nextOfLine[Int(link)]
            }
            if link != Self.none {
                earlier = link
            } else {
                earlier = firstWholeWaybill[waybill]
                feeTypeOfLine[Int(line)] = fee
                nextOfLine[Int(line)] = feeChainHead[waybill]
                feeChainHead[waybill] = line
            }
        } else {
            earlier = firstOfWaybill[waybill]
            if firstWholeWaybill[waybill] == Self.none { firstWholeWaybill[waybill] = line }
        }
        if firstOfWaybill[waybill] == Self.none { firstOfWaybill[waybill] = line }
        return earlier == Self.none ? nil : Int(earlier)
    }
}
