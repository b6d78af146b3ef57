/// The file's document properties (File > Info in Excel).
public struct DocumentProperties: Hashable, Sendable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var company: String?
    public var comments: String?
    /// Creation time as seconds since 1970-01-01 UTC. Set it for byte-identical output: when nil,
    /// libxlsxwriter stamps the current time and two runs differ in `docProps/core.xml`.
    public var created: Int64?

    public init(
        title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
        comments: String? = nil, created: Int64? = nil
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
        self.comments = comments
        self.created = created
    }
}
