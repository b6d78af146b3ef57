/// The kinds of export MonthEnd reads (INPUTS.md, "Kinds of file").
public enum FileKind: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    case courierBill = "courier_bill"
    case courierSlips = "courier_slips"
    case rateCard = "rate_card"
    case invoices
    case payments
    case customers
    case stockCount = "stock_count"
    case orders

    public var description: String { rawValue }
}

/// The text encodings an export may come in, named as the JSON summary names them.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case gb18030
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
}

/// Where a record came from: the input file (its index in the run's list of files) and the
/// 1-based physical line where the record starts.
public struct SourceLocation: Hashable, Comparable, Sendable {
    public var fileIndex: Int
    public var line: Int

    public init(fileIndex: Int, line: Int) {
        self.fileIndex = fileIndex
        self.line = line
    }

    /// File order (files are read in name order), then line order.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.fileIndex, lhs.line) < (rhs.fileIndex, rhs.line)
    }
}
