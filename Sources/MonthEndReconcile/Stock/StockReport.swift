/// The month's stock-take of wire and tape (RECONCILE.md section 3): one line per accepted row in
/// source order, the figures, and the rows the exceptions list takes from it.
public struct StockReport: Sendable, Hashable {
    public var lines: [StockItemLine]
    public var figures: StockFigures

    public init(lines: [StockItemLine]) {
        self.lines = lines
        self.figures = StockFigures(lines: lines)
    }

    /// Reconciles the accepted stock-take rows (the importer has already rejected a second row of
    /// the same item and location).
    public init(rows: [StockCountRow], settings: StockSettings) {
        self.init(lines: rows.map { StockItemLine(row: $0, settings: settings) })
    }

    /// One exception per flagged item and one per book that does not add up, in line order, with
    /// reasons in the words of `phrases`.
    public func exceptions(_ phrases: ReasonPhrases) -> [ExceptionItem] {
        lines.flatMap { StockExceptionWriter(line: $0, phrases: phrases).exceptions }
    }
}
