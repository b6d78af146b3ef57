/// Excel's grid and text limits, counted the way libxlsxwriter 1.1.4 counts them, so callers can cut or
/// split content before a write would be rejected.
public enum XLSXLimits {
    /// Rows per sheet (0-based rows must be below this).
    public static let rows = 1_048_576
    /// Columns per sheet (0-based columns must be below this).
    public static let columns = 16_384
    /// Characters per cell text; libxlsxwriter counts Unicode code points (`lxw_utf8_strlen`).
    public static let textLength = 32_767
    /// Characters per sheet name, counted as code points.
    public static let sheetNameLength = 31
    /// Characters per header or footer string.
    public static let headerFooterLength = 255
    /// Characters of a defined name or its formula.
    public static let definedNameLength = 128
    /// Characters of a list validation's items joined with commas.
    public static let validationListLength = 255
    /// Bytes of a number format string (libxlsxwriter copies it into a 128-byte field).
    public static let numberFormatBytes = 127

    /// The length libxlsxwriter measures for a cell text: code points, not UTF-16 units or bytes.
    public static func textLength(of text: String) -> Int { text.unicodeScalars.count }

    /// The longest prefix of `text` that fits a cell, cut on a code-point boundary.
    public static func fittingCell(_ text: String) -> Substring {
        let scalars = text.unicodeScalars
        guard scalars.count > textLength else { return Substring(text) }
        let end = scalars.index(scalars.startIndex, offsetBy: textLength)
        return Substring(String(scalars[..<end]))
    }
}

/// A1-style names for 0-based cells, used in messages and when building formulas.
public enum CellReference {
    /// `A`, `Z`, `AA`, ... `XFD` for a 0-based column.
    public static func column(_ column: Int) -> String {
        var n = column + 1
        var letters: [Character] = []
        while n > 0 {
            let rem = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + rem))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `B7` for row 6, column 1.
    public static func a1(row: Int, column: Int) -> String { Self.column(column) + String(row + 1) }

    /// `$B$7`, for formulas that must not shift.
    public static func absolute(row: Int, column: Int) -> String { "$" + Self.column(column) + "$" + String(row + 1) }

    /// A sheet name quoted for a formula: `'Sheet 1'`, with embedded apostrophes doubled.
    public static func quotedSheet(_ name: String) -> String {
        "'" + name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }
}
