/// Text IDs (waybills, invoice numbers, codes): leading zeros kept, Excel's protections undone,
/// and an ID Excel turned into a number recovered only when no digit was lost. Read in the cell's
/// trimmed form (`CellForm.trimmed`): `ｓｆ００２２` is `sf0022`.
enum IdentifierText {
    /// The advice every "Excel damaged this ID" message ends with.
    static let reexportAdvice =
        "format the column as Text in Excel before saving, or export CSV directly from the portal"
    static let scientificNotationProblem =
        "is in scientific notation: Excel turned the ID into a number and digits were lost; " + reexportAdvice

    /// nil for an empty cell.
    @inline(__always)
    static func parse(utf8 cell: CellBytes.Bytes) throws(ValueError) -> String? {
        if let value = bare(cell) { return value }
        return try written(cell)
    }

    /// The common ID as it stands (`SF4668077598867`): a letter or digit first, no padding last,
    /// and no rule of the full reading applies (`isPlain`); nil for any other cell.
    @inline(__always)
    static func bare(_ cell: CellBytes.Bytes) -> String? {
        guard let last = cell.last, last > 0x20, isDigit(cell[0]) || (cell[0] | 0x20) &- 0x61 < 26, isPlain(cell)
        else { return nil }
        return cell.asciiString
    }

    /// `parse` of any other cell: padding, protections, full-width forms, Excel's damage.
    @inline(never)
    static func written(_ cell: CellBytes.Bytes) throws(ValueError) -> String? {
        // Most IDs are ASCII (their own trimmed form) with no `.`, `e` or `E`: no rule below applies.
        let unprotected = CellBytes.unprotected(cell)
        if !unprotected.isEmpty, isPlain(unprotected) { return CellBytes.string(unprotected) }
        return try CellForm.trimmed.read(cell) { (text) throws(ValueError) -> String? in
            if text.isEmpty { return nil }
            if isScientific(text) { throw ValueError(scientificNotationProblem) }
            // `773012345678.0`: a whole number Excel wrote with a decimal point; no digit is lost.
            if let point = text.firstIndex(of: UInt8(ascii: ".")), point > 0, point < text.count - 1,
                text[..<point].allSatisfy(isDigit), text[(point + 1)...].allSatisfy({ $0 == UInt8(ascii: "0") })
            {
                return CellBytes.string(CellBytes.slice(text, 0, point))
            }
            return CellBytes.string(text)
        }
    }

    /// `parse(utf8:)` of a String's bytes.
    static func parse(_ raw: String) throws(ValueError) -> String? {
        try CellBytes.with(raw) { (cell) throws(ValueError) in try parse(utf8: cell) }
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// `7.73012E+11`, `4.00123E+27`, `1E10`: a mantissa of digits with at most one point, an E,
    /// an optional sign and digits.
    static func isScientific(_ text: CellBytes.Bytes) -> Bool {
        guard let e = text.firstIndex(where: { $0 | 0x20 == UInt8(ascii: "e") }), e > 0 else { return false }
        var exponent = e + 1
        if exponent < text.count, text[exponent] == UInt8(ascii: "+") || text[exponent] == UInt8(ascii: "-") {
            exponent += 1
        }
        guard exponent < text.count, text[exponent...].allSatisfy(isDigit) else { return false }
        let mantissa = text[..<e]
        let points = mantissa.count { $0 == UInt8(ascii: ".") }
        return points <= 1 && mantissa.first != UInt8(ascii: ".")
            && mantissa.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") }
    }

    /// No byte of `text` is non-ASCII, `.`, `e` or `E`, told eight bytes at a time (SWAR: a zero
    /// byte in `word ^ pattern` is a byte equal to the pattern's; `(v - 0x01...) & ~v & 0x80...` is
    /// non-zero exactly when `v` has a zero byte).
    @inline(__always)
    static func isPlain(_ text: CellBytes.Bytes) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        @inline(__always) func plain(_ word: UInt64) -> Bool {
            word & highs == 0 && !hasZeroByte(word ^ 0x2E2E_2E2E_2E2E_2E2E)
                && !hasZeroByte((word | 0x2020_2020_2020_2020) ^ 0x6565_6565_6565_6565)
        }
        let n = text.count
        guard n >= 8 else {
            // Past the end, a byte that is none of those ("0").
            return plain(text.word(at: 0, padding: 0x30))
        }
        var index = 0
        while index + 8 <= n {
            if !plain(text.word(at: index)) { return false }
            index += 8
        }
        // The last bytes as the word that ends the cell (it overlaps bytes already seen).
        return index == n || plain(text.word(at: n - 8))
    }
}
