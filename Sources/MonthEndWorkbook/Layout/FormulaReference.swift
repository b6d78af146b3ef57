/// A1-style references for formulas, links and chart ranges.
enum FormulaReference {
    /// `0` -> `A`, `25` -> `Z`, `26` -> `AA`.
    static func columnName(_ column: Int) -> String {
        var n = column + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// `'快递对账'`: always quoted, apostrophes doubled, so any sheet name is safe in a formula.
    static func quotedSheet(_ name: String) -> String {
        "'" + doubling("'", in: name) + "'"
    }

    /// `'Sheet'!N2:N149` for 0-based column and 1-based first/last rows.
    static func columnRange(sheet: String, column: Int, firstRow: Int, lastRow: Int) -> String {
        let c = columnName(column)
        return quotedSheet(sheet) + "!" + c + String(firstRow) + ":" + c + String(lastRow)
    }

    /// An Excel string literal: `"a""b"`.
    static func stringLiteral(_ text: String) -> String {
        "\"" + doubling("\"", in: text) + "\""
    }

    /// Each occurrence of `mark` written twice, the escape of quotes in Excel formulas.
    static func doubling(_ mark: Character, in text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            out.append(ch)
            if ch == mark { out.append(ch) }
        }
        return out
    }
}
