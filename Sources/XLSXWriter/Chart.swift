/// A chart drawn from ranges of a sheet: the kinds the month-end report needs.
public struct Chart: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Vertical bars.
        case column
        /// Horizontal bars.
        case bar
        case pie
    }

    /// One data series: its values and the category labels along the other axis.
    public struct Series: Hashable, Sendable {
        public var name: String?
        public var sheet: Worksheet
        public var categories: CellRange
        public var values: CellRange

        public init(name: String? = nil, sheet: Worksheet, categories: CellRange, values: CellRange) {
            self.name = name
            self.sheet = sheet
            self.categories = categories
            self.values = values
        }
    }

    public var kind: Kind
    public var title: String?
    /// The horizontal axis title (for `.bar` that is the value axis). Pies have no axes.
    public var xAxisName: String?
    /// The vertical axis title.
    public var yAxisName: String?
    public var series: [Series]

    public init(kind: Kind, title: String? = nil, xAxisName: String? = nil, yAxisName: String? = nil, series: [Series])
    {
        self.kind = kind
        self.title = title
        self.xAxisName = xAxisName
        self.yAxisName = yAxisName
        self.series = series
    }
}
