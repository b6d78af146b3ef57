/// Why a workbook or one of its sheets cannot be read, said like a compiler would:
/// `bill.xlsx: error: <what>` and then what the user can do about it.
public struct XLSXReadError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The file cannot be opened or read at all.
        case unreadable
        /// An Excel 97-2003 `.xls` (BIFF in a compound file): not read; the advice says how to convert.
        case legacyExcel
        /// A compound file that is not BIFF: most often a password-protected workbook.
        case encrypted
        /// Neither a ZIP archive nor a compound file.
        case notWorkbook
        /// A ZIP archive that cannot be read through, or that lacks a part every workbook has.
        case damaged
        /// No sheet of that name (or number) in the workbook.
        case noSuchSheet
    }

    public let kind: Kind
    /// The file as the caller named it.
    public let file: String
    /// What went wrong, in a sentence without the file name.
    public let message: String
    /// The part of the archive (`xl/worksheets/sheet2.xml`) and the 1-based line and column in it,
    /// when the problem was found inside one.
    public let part: String?
    public let line: Int?
    public let column: Int?
    /// What to do about it.
    public let advice: String

    public init(
        _ kind: Kind, file: String, message: String, part: String? = nil, line: Int? = nil, column: Int? = nil,
        advice: String
    ) {
        self.kind = kind
        self.file = file
        self.message = message
        self.part = part
        self.line = line
        self.column = column
        self.advice = advice
    }

    public var description: String {
        var text = "\(file): error: \(message)"
        if let part {
            text += " (in \(part)"
            if let line, line > 0 {
                text += ":\(line)"
                if let column, column > 0 { text += ":\(column)" }
            }
            text += ")"
        }
        return text + "; " + advice
    }

    static let resaveAdvice = "open it in Excel or WPS and save it again as .xlsx, or export it again from the portal"
}
