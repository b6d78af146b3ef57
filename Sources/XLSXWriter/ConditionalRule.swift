/// When a conditional format applies to a cell.
public enum ConditionalRule: Hashable, Sendable {
    public enum Comparison: Hashable, Sendable {
        case equal, notEqual, greaterThan, lessThan, greaterThanOrEqual, lessThanOrEqual
    }

    /// The cell's value compared with a number.
    case cell(Comparison, Double)
    /// The cell's value within `low...high`.
    case between(Double, Double)
    /// The cell's text contains this (case-insensitive in Excel).
    case textContains(String)
    /// A formula relative to the range's top-left cell, e.g. `=$P2<>0`.
    case formula(String)
}
