/// Text IDs (waybills, invoice numbers, codes): leading zeros kept, Excel's protections undone,
/// and an ID Excel turned into a number recovered only when no digit was lost.
enum IdentifierText {
    /// The advice every "Excel damaged this ID" message ends with.
    static let reexportAdvice =
        "format the column as Text in Excel before saving, or export CSV directly from the portal"
    static let scientificNotationProblem =
        "is in scientific notation: Excel turned the ID into a number and digits were lost; " + reexportAdvice

    /// nil for an empty cell.
    static func parse(_ raw: String) throws(ValueError) -> String? {
        let text = CellText.trimmed(CellText.nfkc(CellText.unprotected(raw)))
        if text.isEmpty { return nil }
        let bytes = Array(text.utf8)
        if isScientific(bytes) {
            throw ValueError(scientificNotationProblem)
        }
        // `773012345678.0`: a whole number Excel wrote with a decimal point; no digit is lost.
        if let dot = bytes.firstIndex(of: UInt8(ascii: ".")), dot > 0, dot < bytes.count - 1,
            bytes[..<dot].allSatisfy(isDigit), bytes[(dot + 1)...].allSatisfy({ $0 == UInt8(ascii: "0") })
        {
            return String(decoding: bytes[..<dot], as: UTF8.self)
        }
        return text
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// `7.73012E+11`, `4.00123E+27`, `1E10`.
    static func isScientific(_ bytes: [UInt8]) -> Bool {
        guard let e = bytes.firstIndex(where: { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") }), e > 0
        else { return false }
        let mantissa = bytes[..<e]
        var exponent = bytes[(e + 1)...]
        if let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            exponent = exponent.dropFirst()
        }
        let parts = mantissa.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return !exponent.isEmpty && exponent.allSatisfy(isDigit) && (1...2).contains(parts.count)
            && !parts[0].isEmpty && parts.allSatisfy { $0.allSatisfy(isDigit) }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension IdentifierText {
    /// `parse(_:)` on a cell's bytes: ASCII IDs (NFKC changes nothing) are read from the bytes;
    /// others, and IDs in scientific notation (an error), take the general path.
    static func parse(utf8 cell: CellBytes.Bytes) throws(ValueError) -> String? {
        let text = CellBytes.unprotected(cell)
        if text.isEmpty { return nil }
        // The common ID (`SF4668077598867`, `SO2610000000`): ASCII with no `.` and no `e`/`E`, so no
        // step below can change it; told eight bytes at a time.
        if isPlain(text) { return CellBytes.string(text) }
        let n = text.count
        var dot = -1
        var digitsBeforeDot = true
        var hasExponentMark = false
        // One pass: a non-ASCII byte sends the cell the general way (as an ASCII test first did).
        for index in 0..<n {
            let byte = text[index]
            if byte &- 0x30 < 10 { continue }
            if byte >= 0x80 { return try parse(CellBytes.string(cell)) }
            if byte | 0x20 == UInt8(ascii: "e") { hasExponentMark = true }
            if byte == UInt8(ascii: ".") && dot < 0 {
                dot = index
            } else if dot < 0 {
                digitsBeforeDot = false
            }
        }
        if hasExponentMark && isScientific(Array(text)) { return try parse(CellBytes.string(cell)) }
        // `773012345678.0`: a whole number Excel wrote with a decimal point; no digit is lost.
        if dot > 0, dot < n - 1, digitsBeforeDot,
            CellBytes.slice(text, dot + 1, n).allSatisfy({ $0 == UInt8(ascii: "0") })
        {
            return CellBytes.string(CellBytes.slice(text, 0, dot))
        }
        return CellBytes.string(text)
    }

    /// No byte of `text` is non-ASCII, `.`, `e` or `E` (SWAR: a zero byte in `word ^ pattern` is
    /// a byte equal to the pattern's; `(v - 0x01...) & ~v & 0x80...` is non-zero exactly when `v`
    /// has a zero byte).
    @inline(__always)
    static func isPlain(_ text: CellBytes.Bytes) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        @inline(__always) func plain(_ word: UInt64) -> Bool {
            word & highs == 0 && !hasZeroByte(word ^ 0x2E2E_2E2E_2E2E_2E2E)
                && !hasZeroByte((word | 0x2020_2020_2020_2020) ^ 0x6565_6565_6565_6565)
        }
        guard let base = text.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = text.count
        var index = 0
        while index + 8 <= n {
            if !plain(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return false }
            index += 8
        }
        if index < n {
            // The tail, padded with a byte that is none of those ("0").
            var word: UInt64 = 0x3030_3030_3030_3030
            withUnsafeMutableBytes(of: &word) {
                $0.copyMemory(from: UnsafeRawBufferPointer(start: raw + index, count: n - index))
            }
            if !plain(word) { return false }
        }
        return true
    }
}
