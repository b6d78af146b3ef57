/// The whole workbook, pure data: what the writer turns into an .xlsx, and what tests inspect
/// without going through a file.
public struct WorkbookModel: Hashable, Sendable {
    public var sheets: [SheetModel]
    public var properties: Properties
    /// Review drop-down words, in order (agreed / query / adjust).
    public var reviewChoices: [String]
    /// Page footer, left part (the period) and right part (page n of m), in libxlsxwriter's
    /// `&L...&R...` syntax without escaping.
    public var footerLeft: String
    public var footerPageFormat: String

    public struct Properties: Hashable, Sendable {
        public var title: String
        public var subject: String
        public var company: String
        public var author: String

        public init(title: String, subject: String, company: String, author: String) {
            self.title = title
            self.subject = subject
            self.company = company
            self.author = author
        }
    }

    public init(
        sheets: [SheetModel], properties: Properties, reviewChoices: [String], footerLeft: String,
        footerPageFormat: String
    ) {
        self.sheets = sheets
        self.properties = properties
        self.reviewChoices = reviewChoices
        self.footerLeft = footerLeft
        self.footerPageFormat = footerPageFormat
    }
}
