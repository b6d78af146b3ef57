import MonthEndCSV

/// `CellText`'s clean-ups on a cell's UTF-8 bytes, exact for every input (padding scalars are
/// decoded where they may stand), so a row's cells need no String until a value is kept. The
/// value readers' ASCII fast paths start from `unprotected`.
enum CellBytes {
    typealias Bytes = Cell

    /// The scalar whose first byte is at `index` (valid UTF-8) and its length in bytes.
    @inline(__always)
    static func scalar(at index: Int, in bytes: Bytes) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        let value =
            (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F)
        return (value, 4)
    }

    /// The length of the scalar that ends just before `end`.
    @inline(__always)
    static func lengthOfScalar(endingBefore end: Int, in bytes: Bytes) -> Int {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return end - start
    }

    @inline(__always)
    static func isPadding(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return CellText.isPadding(Unicode.Scalar(value)!)
    }

    /// `CellText.trimmed`: white space (U+3000, no-break space ...) off both ends.
    static func trimmed(_ bytes: Bytes) -> Bytes {
        // Most cells start and end with printable ASCII or a Chinese character: nothing to trim.
        let n = bytes.count
        if n > 0, bytes[0] > 0x20, bytes[0] < 0x7F || (0xE4...0xE9).contains(bytes[0]),
            bytes[n - 1] > 0x20 && bytes[n - 1] < 0x7F || n >= 3 && (0xE4...0xE9).contains(bytes[n - 3])
        {
            return bytes
        }
        let range = trimmedRange(bytes)
        return bytes.slice(range.lowerBound, range.upperBound)
    }

    /// Where the cell lies without its padding scalars at either end.
    static func trimmedRange(_ bytes: Bytes) -> Range<Int> {
        var start = 0
        var end = bytes.count
        while start < end {
            let (value, length) = scalar(at: start, in: bytes)
            if !isPadding(value) { break }
            start += length
        }
        while end > start {
            let length = lengthOfScalar(endingBefore: end, in: bytes)
            if !isPadding(scalar(at: end - length, in: bytes).value) { break }
            end -= length
        }
        return start..<end
    }

    /// `CellText.unprotected`: trimmed, Excel's `="…"` and a leading `'` or `` ` `` removed.
    static func unprotected(_ bytes: Bytes) -> Bytes {
        var value = trimmed(bytes)
        if value.count >= 3, value[0] == UInt8(ascii: "="), value[1] == UInt8(ascii: "\""),
            value[value.count - 1] == UInt8(ascii: "\"")
        {
            value = trimmed(slice(value, 2, value.count - 1))
        }
        while let first = value.first, first == UInt8(ascii: "'") || first == UInt8(ascii: "`") {
            value = trimmed(slice(value, 1, value.count))
        }
        return value
    }

    /// True when the trimmed cell is empty (never when it starts with printable ASCII).
    @inline(__always)
    static func isBlank(_ bytes: Bytes) -> Bool {
        if let first = bytes.first, first &- 0x21 < 0x5E { return false }
        return trimmed(bytes).isEmpty
    }

    @inline(__always)
    static func slice(_ bytes: Bytes, _ start: Int, _ end: Int) -> Bytes { bytes.slice(start, end) }

    static func isASCII(_ bytes: Bytes) -> Bool { bytes.isASCII }

    /// The cell as a String, copied without validating again (see `Cell.string`).
    static func string(_ bytes: Bytes) -> String { bytes.string }

    static func hasASCIIDigit(_ bytes: Bytes) -> Bool { bytes.contains { $0 >= 0x30 && $0 <= 0x39 } }

    /// `-` or `--`: an empty amount as some exports write it.
    static func isDashes(_ bytes: Bytes) -> Bool {
        (bytes.count == 1 || bytes.count == 2) && bytes.allSatisfy { $0 == UInt8(ascii: "-") }
    }

    /// The number of scalars (every byte that does not continue a UTF-8 sequence).
    static func scalarCount(_ bytes: some Collection<UInt8>) -> Int { bytes.count { $0 & 0xC0 != 0x80 } }

    /// Lends the UTF-8 of `text` as a cell (value readers called with a String: tests, messages).
    static func with<T>(_ text: String, _ body: (Bytes) throws(ValueError) -> T) throws(ValueError) -> T {
        try Cell.with(text, body)
    }
}
