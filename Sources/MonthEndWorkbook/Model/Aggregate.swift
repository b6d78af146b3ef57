/// A figure computed over one column of a detail sheet's data rows (all its parts when it was
/// split), rendered as an Excel formula whose stored value is computed from the same cells.
public struct Aggregate: Hashable, Sendable {
    public enum Function: Hashable, Sendable {
        /// `SUM` of a money, quantity or integer column.
        case sum(column: Int)
        /// `COUNTA`: the number of non-empty cells.
        case count(column: Int)
        case countIf(column: Int, Criterion)
        /// `SUMIF(criterion column, criterion, sum column)`.
        case sumIf(criterionColumn: Int, Criterion, sumColumn: Int)
        /// `COUNTBLANK`: empty cells (an item not counted).
        case countBlank(column: Int)
        /// `-SUMIF(column, "<0")`: the negative amounts as a positive figure (a shortage).
        case negativeSum(column: Int)
    }

    /// A condition Excel's COUNTIF / SUMIF understand, evaluated the same way in Swift.
    public enum Criterion: Hashable, Sendable {
        case equals(String)
        case positive
    }

    public var sheet: SheetID
    public var function: Function

    public init(_ sheet: SheetID, _ function: Function) {
        self.sheet = sheet
        self.function = function
    }
}
