/// A cell's value as the file stores it, typed by the cell and its number format.
public enum CellValue: Hashable, Sendable {
    /// A shared or inline string, a formula's text result, or a number in a text-formatted cell
    /// (kept as the digits stored, so `00123` and long IDs stay as they are).
    case text(String)
    /// A number as stored in the file (`642.23`, `773012345678`, `1.5E+20`): exact decimal text.
    case number(String)
    case boolean(Bool)
    /// An error value: `#N/A`, `#DIV/0!`, `#VALUE!`.
    case error(String)
    /// A serial number under a date format; `serial` is the number as stored.
    case date(SheetDate, serial: String)
    /// A serial number under a time-only format (`h:mm`, `[h]:mm:ss`): seconds since midnight.
    case time(secondsOfDay: Int, serial: String)

    /// The text the CSV path would have read for this value, so both paths feed the same readers:
    /// text as is; a number as plain decimals (Excel's 15 significant digits where the file keeps
    /// binary noise such as `12.199999999999999`), a positive exponent kept (`1.5E+20`: the digits
    /// are gone, and the identifier reader says so); `TRUE`/`FALSE`; the error code; a date as
    /// `2026-10-05` (with ` 14:23:01` when the format shows the time); a time as `14:23:01`.
    public var csvText: String {
        switch self {
        case .text(let text): return text
        case .number(let stored): return Self.displayNumber(stored)
        case .boolean(let value): return value ? "TRUE" : "FALSE"
        case .error(let code): return code
        case .date(let date, _): return date.description
        case .time(let seconds, _): return SheetDate.timeText(seconds)
        }
    }

    static func displayNumber(_ stored: String) -> String {
        if isShortPlain(stored) { return stored }
        guard let number = StoredNumber(stored.utf8) else { return stored }
        if number.positiveExponent { return stored }
        let hasFraction = number.scale < 0
        if hasFraction, number.digits.count > StoredNumber.excelPrecision {
            return number.rounded(toSignificantDigits: StoredNumber.excelPrecision).plainText
        }
        return number.plainText
    }

    /// Digits with at most a sign and a point and no more than 15 digits (`642.23`, `-5`,
    /// `773012345678`): shown as stored, with no need to take the number apart.
    static func isShortPlain(_ stored: String) -> Bool { isShortPlain(bytes: stored.utf8) }

    static func isShortPlain(bytes stored: some Sequence<UInt8>) -> Bool {
        var digits = 0
        var last: UInt8 = 0
        for byte in stored {
            if byte &- 0x30 < 10 {
                digits += 1
            } else if byte != UInt8(ascii: ".") && byte != UInt8(ascii: "-") {
                return false
            }
            last = byte
        }
        return digits > 0 && digits <= StoredNumber.excelPrecision && last != UInt8(ascii: ".")
    }
}

/// One cell with a value: its 1-based column and what it holds. Empty cells are not listed.
public struct SheetCell: Hashable, Sendable {
    public let column: Int
    public let value: CellValue
    /// The cell holds a formula; `value` is its cached result.
    public let isFormula: Bool

    public init(column: Int, value: CellValue, isFormula: Bool = false) {
        self.column = column
        self.value = value
        self.isFormula = isFormula
    }
}

/// One row of a sheet: its 1-based number in the sheet and its non-empty cells, by column.
public struct SheetRow: Hashable, Sendable {
    public let number: Int
    /// Ascending by column; a column appears at most once.
    public let cells: [SheetCell]

    public init(number: Int, cells: [SheetCell]) {
        self.number = number
        self.cells = cells
    }

    /// The value in a 1-based column, nil when the cell is empty.
    public subscript(column: Int) -> CellValue? {
        cells.first { $0.column == column }?.value
    }

    /// The last column with a value (0 for a row of empty cells).
    public var lastColumn: Int { cells.last?.column ?? 0 }

    public var isEmpty: Bool { cells.isEmpty }

    /// Each column from A to `width` (default: the last with a value) as the CSV path would have
    /// read it: `""` for an empty cell.
    public func csvFields(width: Int? = nil) -> [String] {
        var fields = [String](repeating: "", count: width ?? lastColumn)
        for cell in cells where cell.column <= fields.count {
            fields[cell.column - 1] = cell.value.csvText
        }
        return fields
    }

    /// `B7`: the address of a column in this row, for messages.
    public func address(column: Int) -> String { CellReference.a1(row: number, column: column) }
}
