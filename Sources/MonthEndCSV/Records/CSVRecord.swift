/// One CSV record as read from an export: its fields decoded to Swift strings (no trimming, no
/// unquoting beyond RFC 4180), and the 1-based physical line where the record starts. A record
/// may span several physical lines when a quoted field holds a line break.
public struct CSVRecord: Sendable, Hashable {
    public var fields: [String]
    public var line: Int

    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }

    /// True when every field is empty (a blank line reads as one empty field).
    public var isBlank: Bool { fields.allSatisfy(\.isEmpty) }
}
