/// One figure's running value, fed a sheet's rows one at a time: every figure asked of a sheet is
/// computed in one pass over its rows (a generated sheet is built once for all ~20 summary figures).
struct AggregateAccumulator {
    let aggregate: Aggregate
    private let operation: Operation
    private var total = WorkbookPlacement.Total()
    private var count = 0

    /// The function with its matchers prepared once, not per row.
    private enum Operation {
        case sum(Int)
        case count(Int)
        case countIf(Int, WorkbookPlacement.Matcher)
        case sumIf(Int, WorkbookPlacement.Matcher, sumColumn: Int)
        case countBlank(Int)
        case negativeSum(Int)
        case sumIfs(sumColumn: Int, [(column: Int, matcher: WorkbookPlacement.Matcher)])
    }

    init(_ aggregate: Aggregate) {
        self.aggregate = aggregate
        switch aggregate.function {
        case .sum(let column): operation = .sum(column)
        case .count(let column): operation = .count(column)
        case .countIf(let column, let criterion): operation = .countIf(column, .init(criterion))
        case .sumIf(let criterionColumn, let criterion, let sumColumn):
            operation = .sumIf(criterionColumn, .init(criterion), sumColumn: sumColumn)
        case .countBlank(let column): operation = .countBlank(column)
        case .negativeSum(let column): operation = .negativeSum(column)
        case .sumIfs(let sumColumn, let conditions):
            operation = .sumIfs(
                sumColumn: sumColumn, conditions.map { ($0.column, WorkbookPlacement.Matcher($0.criterion)) })
        }
    }

    mutating func add(_ row: [CellValue]) {
        func cell(_ column: Int) -> CellValue { column < row.count ? row[column] : .empty }
        switch operation {
        case .sum(let column):
            total.add(cell(column))
        case .count(let column):
            if cell(column) != .empty { count += 1 }
        case .countIf(let column, let matcher):
            if matcher.matches(cell(column)) { count += 1 }
        case .sumIf(let criterionColumn, let matcher, let sumColumn):
            if matcher.matches(cell(criterionColumn)) { total.add(cell(sumColumn)) }
        case .countBlank(let column):
            if cell(column) == .empty { count += 1 }
        case .negativeSum(let column):
            let value = cell(column)
            if WorkbookPlacement.isNegative(value) { total.add(value) }
        case .sumIfs(let sumColumn, let conditions):
            if conditions.allSatisfy({ $0.matcher.matches(cell($0.column)) }) { total.add(cell(sumColumn)) }
        }
    }

    /// The figure over every row added, typed as the summed column is (`kind` of a column).
    func value(kind: (Int) -> ColumnKind) -> StoredValue {
        switch operation {
        case .count, .countIf, .countBlank: return .integer(count)
        case .sum(let column): return total.value(kind: kind(column))
        case .sumIf(_, _, let sumColumn), .sumIfs(let sumColumn, _): return total.value(kind: kind(sumColumn))
        case .negativeSum(let column): return WorkbookPlacement.negated(total.value(kind: kind(column)))
        }
    }
}
