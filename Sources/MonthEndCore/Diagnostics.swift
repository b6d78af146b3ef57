/// A row the importer refused: where it is, what it held and why. Rendered like a compiler's
/// message: `bill.csv:14:3: error: amount "6.0.0" has two decimal points`.
public struct RowRejection: Sendable, Hashable {
    public var path: String
    /// 1-based physical line where the record starts.
    public var line: Int
    /// 1-based column (field number) of the offending cell; 0 when the whole row is at fault.
    public var column: Int
    /// The header of that column, when known.
    public var header: String?
    /// The offending cell as it was in the file.
    public var rawText: String
    public var reason: String
    /// The reason in Chinese, for the Chinese workbook and a Chinese terminal.
    public var reasonZH: String
    /// The whole record as read, to show under the message.
    public var recordText: String
    /// The row is on a sheet of a workbook (`path` is `file#sheet`, `line` the sheet's row number):
    /// the place is given as a cell address, `bill.xlsx#账单明细!C7`.
    public var inSheet: Bool

    /// `reasonZH` defaults to `reason`.
    public init(
        path: String, line: Int, column: Int, header: String? = nil, rawText: String, reason: String,
        reasonZH: String? = nil, recordText: String = "", inSheet: Bool = false
    ) {
        self.inSheet = inSheet
        self.path = path
        self.line = line
        self.column = column
        self.header = header
        self.rawText = rawText
        self.reason = reason
        self.reasonZH = reasonZH ?? reason
        self.recordText = recordText
    }

    /// Where the row is, as messages give it: `path:line:column`, or `file#sheet!C7` on a sheet.
    public var place: String {
        inSheet ? "\(path)!\(Self.columnLetters(max(column, 1)))\(line)" : "\(path):\(line):\(max(column, 1))"
    }

    /// `path:line:column: error: reason` (`file#sheet!C7: error: reason` on a sheet) and the
    /// offending record on the next line.
    public var rendered: String {
        var text = "\(place): error: \(reason)"
        if !recordText.isEmpty { text += "\n    " + recordText }
        return text
    }

    /// `1` -> `A`, `28` -> `AB`: a sheet column as Excel names it.
    public static func columnLetters(_ column: Int) -> String {
        var number = max(column, 1)
        var letters: [Character] = []
        while number > 0 {
            letters.insert(Character(Unicode.Scalar(UInt8(65 + (number - 1) % 26))), at: 0)
            number = (number - 1) / 26
        }
        return String(letters)
    }
}

/// Why a data row was skipped (it is not data, or it takes part in nothing by rule).
public enum SkipReason: String, Sendable, Hashable, CaseIterable {
    case blank
    case total
    case repeatedHeader = "repeated header"
    case voidInvoice = "void invoice"
    case outgoingPayment = "outgoing"
    case footer
    /// Money moved from one of our own accounts (`company.name`, `company.own_accounts`).
    case internalTransfer = "internal transfer"
    /// A bank row of 0.00 (利息税 +0.00): no money moved.
    case zeroAmount = "zero amount"
    /// A slip or outbound row the customer collected itself (自提): no parcel we pay for.
    case selfPickup = "self pickup"
    /// A section title inside a table (线材 / 胶带 above their rows), not an item.
    case sectionTitle = "section title"
    /// An invoice of a purchase (进项) export: one we received, not a receivable.
    case purchaseInvoice = "purchase invoice"
}

public struct RowSkip: Sendable, Hashable {
    public var line: Int
    public var reason: SkipReason

    public init(line: Int, reason: SkipReason) {
        self.line = line
        self.reason = reason
    }
}

/// What the run read of one input file, for the Sources sheet and the JSON summary.
/// `rows == accepted + skipped + rejected` always.
public struct InputFileReport: Sendable, Hashable {
    public var path: String
    public var kind: FileKind
    public var encoding: TextEncoding
    /// "," "\t" or ";".
    public var delimiter: String
    public var headerLine: Int
    public var sha256: String
    public var accepted: Int
    public var skips: [RowSkip]
    public var rejections: [RowRejection]
    /// Header cell as written -> field name, in column order (for `inspect`).
    public var columnMapping: [ColumnMapping]
    /// What the reader concluded about the file as a whole that the user should know (dates
    /// without a year and the year taken, the order of month and day, a rate card's courier).
    public var notes: [String] = []

    public var skipped: Int { skips.count }
    public var rejected: Int { rejections.count }
    public var rows: Int { accepted + skipped + rejected }

    public init(
        path: String, kind: FileKind, encoding: TextEncoding, delimiter: String, headerLine: Int, sha256: String,
        accepted: Int = 0, skips: [RowSkip] = [], rejections: [RowRejection] = [], columnMapping: [ColumnMapping] = []
    ) {
        self.path = path
        self.kind = kind
        self.encoding = encoding
        self.delimiter = delimiter
        self.headerLine = headerLine
        self.sha256 = sha256
        self.accepted = accepted
        self.skips = skips
        self.rejections = rejections
        self.columnMapping = columnMapping
    }
}

public struct ColumnMapping: Sendable, Hashable {
    /// 1-based column.
    public var column: Int
    public var header: String
    /// The field it serves, or nil when it serves none.
    public var field: String?

    public init(column: Int, header: String, field: String?) {
        self.column = column
        self.header = header
        self.field = field
    }
}

/// Everything the importer accepted for a run, in file-name order then line order.
public struct MonthInputs: Sendable {
    public var files: [InputFileReport] = []
    public var billLines: [CourierBillLine] = []
    public var slips: [CourierSlip] = []
    public var rateCards: [RateCardRow] = []
    public var invoices: [Invoice] = []
    public var payments: [Payment] = []
    public var customers: [CustomerRecord] = []
    public var stockRows: [StockCountRow] = []
    public var orders: [Order] = []

    public init() {}

    public func has(_ kind: FileKind) -> Bool { files.contains { $0.kind == kind } }
}

/// An error that stops a run before anything is written: it names the file (and line, column when
/// known) and says what to do next.
public struct MonthEndError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case usage
        case unreadableFile = "unreadable-file"
        case undecodable
        case noHeader = "no-header"
        case ambiguousKind = "ambiguous-kind"
        /// Every year-last date of a file reads both month-first and day-first.
        case ambiguousDates = "ambiguous-dates"
        /// A payments file whose direction is in a column MonthEnd does not know (a sign is never guessed).
        case directionNotUnderstood = "direction-not-understood"
        /// The only date column of a file holds times of day, no dates.
        case noDates = "no-dates"
        case emptyFile = "empty-file"
        case badConfiguration = "bad-configuration"
        case badTemplate = "bad-template"
        case writeFailed = "write-failed"
        /// The store (monthend.db) cannot be opened, read or written: locked, damaged, newer.
        case storeFailed = "store-failed"
        /// The period was closed with `monthend close`; reopen it to run it again.
        case periodClosed = "period-closed"
    }

    public var code: Code
    public var message: String
    public var path: String?
    public var line: Int?
    public var column: Int?
    /// What the user can do about it.
    public var hint: String?
    /// The offending source line, shown under the message.
    public var sourceLine: String?
    /// The other files of the same run that could not be read either: a run reads every file and
    /// reports them all at once, so one re-run fixes them all.
    public var alsoFailed: [MonthEndError] = []

    public init(
        _ code: Code, _ message: String, path: String? = nil, line: Int? = nil, column: Int? = nil,
        hint: String? = nil, sourceLine: String? = nil
    ) {
        self.code = code
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.hint = hint
        self.sourceLine = sourceLine
    }

    /// `file:line:col: error: message`, the offending line, then `note: hint`.
    public var description: String {
        var location = ""
        if let path {
            location = path
            if let line {
                location += ":\(line)"
                if let column { location += ":\(column)" }
            }
            location += ": "
        }
        var text = "\(location)error: \(message)"
        if let sourceLine { text += "\n    " + sourceLine }
        if let hint { text += "\nnote: \(hint)" }
        for other in alsoFailed { text += "\n" + other.description }
        if !alsoFailed.isEmpty {
            text += "\nerror: \(alsoFailed.count + 1) files could not be read; nothing was written"
        }
        return text
    }
}
