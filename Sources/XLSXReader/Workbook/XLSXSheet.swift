/// One sheet of a workbook, in the order the workbook lists them (the tab order).
public struct XLSXSheet: Hashable, Sendable, CustomStringConvertible {
    public enum Visibility: String, Hashable, Sendable {
        case visible
        /// Hidden from the tabs, shown again with Unhide.
        case hidden
        /// Hidden so that only a macro can show it.
        case veryHidden
    }

    public let name: String
    /// 1-based position among the workbook's sheets.
    public let index: Int
    public let visibility: Visibility
    /// The worksheet part in the archive (`xl/worksheets/sheet2.xml`); nil for a chart sheet or a
    /// sheet whose part is missing, which has no rows.
    let part: String?

    public var description: String { name }

    /// A chart sheet or a dialog sheet: nothing to read.
    public var hasCells: Bool { part != nil }
}

/// How a read of a sheet's rows ended.
public struct SheetReadEnd: Sendable, Equatable {
    /// Rows handed to the consumer (rows present in the file, empty ones included).
    public let rowsRead: Int
    /// The whole sheet was read (false when the consumer stopped early).
    public let complete: Bool
    /// The sheet's merged ranges; complete only when the whole sheet was read, since the file
    /// lists them after the rows.
    public let mergedRanges: [CellRange]
    /// The used range the file records (`<dimension ref="A1:H100">`), if any.
    public let dimension: CellRange?
}
