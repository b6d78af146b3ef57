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
        /// `SUMIFS(sum column, column 1, criterion 1, ...)`: rows meeting every condition.
        case sumIfs(sumColumn: Int, [Condition])
    }

    /// One column and the criterion its cell must meet (a `SUMIFS` pair).
    public struct Condition: Hashable, Sendable {
        public var column: Int
        public var criterion: Criterion

        public init(_ column: Int, _ criterion: Criterion) {
            self.column = column
            self.criterion = criterion
        }
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
