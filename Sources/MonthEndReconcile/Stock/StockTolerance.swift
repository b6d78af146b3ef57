/// The tolerance one item was judged by: which rule chose it, its terms, and what it allows for
/// the item's book quantity. A variance is above tolerance only when strictly more than allowed.
public struct StockTolerance: Sendable, Hashable {
    /// Which rule chose the tolerance.
    public enum Origin: String, Sendable, Hashable, CaseIterable {
        /// A unit counted in pieces (卷, 箱 ...), an unknown unit or none: `count_tolerance`.
        case countUnit = "count_unit"
        /// A measured unit (米, kg ...): `measured_percent` of the book quantity.
        case measuredUnit = "measured_unit"
        /// A per-item override from the configuration.
        case itemOverride = "override"
    }

    public var origin: Origin
    /// A fixed allowance in the item's unit.
    public var absolute: Quantity?
    /// An allowance as a percentage of the book quantity (0.5 is 0.5%).
    public var percent: Quantity?
    /// What the tolerance allows for this item's book quantity, rounded half up to six decimals for
    /// showing; with both terms, the larger.
    public var allowance: Quantity

    public init(origin: Origin, absolute: Quantity?, percent: Quantity?, book: Quantity?) {
        self.origin = origin
        self.absolute = absolute
        self.percent = percent
        var allowance = Quantity.zero
        if let absolute { allowance = absolute.magnitude }
        if let percent, let book {
            let share = StockArithmetic.share(percent: percent.magnitude, of: book.magnitude)
            if share > allowance { allowance = share }
        }
        self.allowance = allowance
    }

    /// Whether `variance` is strictly more than the tolerance allows for `book`, compared exactly
    /// (a percentage of the book is never rounded before the comparison). With both an absolute and
    /// a percentage term, a variance within either is within tolerance.
    public func isExceeded(by variance: Quantity, book: Quantity?) -> Bool {
        let size = variance.magnitude
        if let absolute, size <= absolute.magnitude { return false }
        if let percent {
            return StockArithmetic.exceeds(size, percent: percent, of: book ?? .zero)
        }
        if absolute != nil { return true }
        return !size.isZero
    }
}

extension StockTolerance {
    /// The tolerance for an item: its override when the configuration has one, else by unit class.
    /// A unit is measured when it is in `measuredUnits` (compared trimmed, full-width folded and
    /// ASCII case-insensitive); every other unit, or none, is counted.
    public static func resolve(itemCode: String, unit: String?, book: Quantity?, settings: StockSettings)
        -> StockTolerance
    {
        if let override = settings.overrides[itemCode], override.absolute != nil || override.percent != nil {
            return StockTolerance(
                origin: .itemOverride, absolute: override.absolute, percent: override.percent, book: book)
        }
        if let unit, StockUnitName(unit).isListed(in: settings.measuredUnits) {
            return StockTolerance(origin: .measuredUnit, absolute: nil, percent: settings.measuredPercent, book: book)
        }
        return StockTolerance(origin: .countUnit, absolute: settings.countTolerance, percent: nil, book: book)
    }
}
