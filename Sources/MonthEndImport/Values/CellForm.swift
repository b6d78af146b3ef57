import MonthEndCSV

/// The form a value reader reads a cell in, made from the cell's bytes: Excel's protections and the
/// padding gone, NFKC applied (full-width digits and signs are ASCII), and for numbers every white
/// space removed and ASCII letters lower-cased. An ASCII cell is read where it lies; any other is
/// rewritten into a buffer first (full-width forms folded byte by byte, anything rarer through
/// `CellText.nfkc`).
enum CellForm {
    /// `trimmed(nfkc(unprotected(cell)))`: dates and IDs (a space may separate a date and its time).
    case trimmed
    /// `asciiLowercased(compact(unprotected(cell)))`: amounts, quantities and prices.
    case compact

    /// Lends the cell in this form to `read`.
    @inline(__always)
    func read<T>(_ cell: CellBytes.Bytes, _ read: (CellBytes.Bytes) throws(ValueError) -> T) throws(ValueError) -> T {
        let text = CellBytes.unprotected(cell)
        if self == .trimmed ? CellBytes.isASCII(text) : Self.isCompact(text) { return try read(text) }
        var folded: [UInt8]
        if let fast = Self.folded(text, compact: self == .compact) {
            folded = fast
        } else {
            folded = Array(CellText.nfkc(CellBytes.string(text)).utf8)
            if self == .compact { folded = Self.compacted(folded) }
        }
        if self == .trimmed { Self.trim(&folded) }
        return try Cell.with(folded, read)
    }

    /// Whether the cell is already in its compact form: printable ASCII, no space, no capital.
    @inline(__always)
    private static func isCompact(_ text: CellBytes.Bytes) -> Bool {
        for byte in text where byte &- 0x21 > 0x5D || byte &- 0x41 < 26 { return false }
        return true
    }

    /// `CellText.nfkc` of the cell as UTF-8 bytes (and, `compact`, its padding dropped and ASCII
    /// capitals lowered) when every scalar is ASCII, a CJK ideograph, ¥, the minus sign, the
    /// ideographic space or a full-width ASCII form (U+FF01...U+FF5E), which NFKC folds one by one
    /// as done here; nil for a cell with any other scalar, which takes `CellText.nfkc` whole.
    private static func folded(_ text: CellBytes.Bytes, compact: Bool) -> [UInt8]? {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            let (value, length) = CellBytes.scalar(at: index, in: text)
            var ascii: UInt32
            switch value {
            case 0..<0x80: ascii = value
            case 0xFF01...0xFF5E: ascii = value - 0xFEE0
            case 0x3000: ascii = 0x20
            // Left as they are by NFKC: CJK ideographs (年月日, 元), ¥ (and ￥, which NFKC makes ¥),
            // the minus sign.
            case 0xFFE5:
                folded.append(0xC2)
                folded.append(0xA5)
                index += length
                continue
            case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xA5, 0x2212:
                for offset in 0..<length { folded.append(text[index + offset]) }
                index += length
                continue
            default: return nil
            }
            if compact {
                if CellBytes.isPadding(ascii) {
                    index += length
                    continue
                }
                if ascii >= 0x41 && ascii <= 0x5A { ascii += 32 }
            }
            folded.append(UInt8(ascii))
            index += length
        }
        return folded
    }

    /// Every padding scalar removed and ASCII capitals lowered.
    private static func compacted(_ bytes: [UInt8]) -> [UInt8] {
        Cell.with(bytes) { buffer in
            var compact: [UInt8] = []
            compact.reserveCapacity(buffer.count)
            var index = 0
            while index < buffer.count {
                let (value, length) = CellBytes.scalar(at: index, in: buffer)
                if value >= 0x41 && value <= 0x5A {
                    compact.append(UInt8(value + 32))
                } else if !CellBytes.isPadding(value) {
                    compact += buffer[index..<index + length]
                }
                index += length
            }
            return compact
        }
    }

    /// Padding scalars off both ends (the ASCII ones and, after NFKC, the few others that remain).
    private static func trim(_ bytes: inout [UInt8]) {
        let range = Cell.with(bytes) { CellBytes.trimmedRange($0) }
        if range.count != bytes.count { bytes = Array(bytes[range]) }
    }
}
