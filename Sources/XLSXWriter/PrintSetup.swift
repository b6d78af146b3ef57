/// Page set-up for printing one sheet.
public struct PrintSetup: Hashable, Sendable {
    public enum Paper: Hashable, Sendable {
        case a4, a3, letter, legal
        /// Any of Excel's paper indices (0...41), for sizes without a case here.
        case index(Int)

        var code: Int {
            switch self {
            case .letter: return 1
            case .legal: return 5
            case .a3: return 8
            case .a4: return 9
            case .index(let value): return value
            }
        }
    }

    public var landscape: Bool
    /// Scale so every column fits one page wide (height unconstrained).
    public var fitToOnePageWide: Bool
    /// Rows printed at the top of every page, 0-based inclusive (the header row: `0...0`).
    public var repeatRows: ClosedRange<Int>?
    /// Excel header/footer codes: `&L` left, `&C` centre, `&R` right, `&P` page, `&N` pages.
    public var header: String?
    public var footer: String?
    public var paper: Paper?

    public init(
        landscape: Bool = false, fitToOnePageWide: Bool = false, repeatRows: ClosedRange<Int>? = nil,
        header: String? = nil, footer: String? = nil, paper: Paper? = nil
    ) {
        self.landscape = landscape
        self.fitToOnePageWide = fitToOnePageWide
        self.repeatRows = repeatRows
        self.header = header
        self.footer = footer
        self.paper = paper
    }
}
