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
        if CellBytes.isASCII(text), self == .trimmed || !Self.changesCompacted(text) { return try read(text) }
        var folded = Self.nfkc(text)
        switch self {
        case .trimmed: Self.trim(&folded)
        case .compact: folded = Self.compacted(folded)
        }
        return try Cell.with(folded, read)
    }

    /// Whether an ASCII cell holds white space or capital letters, which its compact form drops or lowers.
    @inline(__always)
    private static func changesCompacted(_ text: CellBytes.Bytes) -> Bool {
        text.contains { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) || ($0 >= 0x41 && $0 <= 0x5A) }
    }

    /// `CellText.nfkc` of the cell as UTF-8 bytes. Full-width ASCII forms (U+FF01...U+FF5E), the
    /// ideographic space and ￥ beside ASCII and CJK ideographs are folded here, as NFKC folds
    /// them; a cell with any other scalar NFKC may change goes through `CellText.nfkc` whole.
    private static func nfkc(_ text: CellBytes.Bytes) -> [UInt8] {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            let (value, length) = CellBytes.scalar(at: index, in: text)
            switch value {
            case 0..<0x80: folded.append(UInt8(value))
            case 0xFF01...0xFF5E: folded.append(UInt8(value - 0xFEE0))
            case 0x3000: folded.append(0x20)
            case 0xFFE5: folded += [0xC2, 0xA5]
            // Left as they are by NFKC: CJK ideographs (年月日, 元), ¥ and the minus sign.
            case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xA5, 0x2212: folded += text[index..<index + length]
            default: return Array(CellText.nfkc(CellBytes.string(text)).utf8)
            }
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
