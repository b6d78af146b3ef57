/// The search at the heart of the tokenizer: where the run of field text ends (a delimiter, a quote
/// or a line break), eight bytes at a time.
extension CSVTokenizer {
    /// Byte patterns for the bytes that end a run of field text (the delimiter's is per tokenizer).
    static let quotePattern = pattern(quote)
    static let carriageReturnPattern = pattern(carriageReturn)
    static let lineFeedPattern = pattern(lineFeed)

    static func pattern(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// Index of the first byte in `p[from..<n]` equal to one of the three patterns' bytes, or `n`.
    /// Whole words are tested with the classic "has a zero byte" trick; its lowest flagged byte is exact.
    @inline(__always)
    static func firstMatch(
        _ p: UnsafePointer<UInt8>, from: Int, _ n: Int, _ a: UInt64, _ b: UInt64, _ c: UInt64
    ) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var j = from
        while j + 8 <= n {
            let word = UnsafeRawPointer(p + j).loadUnaligned(as: UInt64.self)
            let x = word ^ a
            let y = word ^ b
            let z = word ^ c
            let found = ((x &- ones) & ~x | (y &- ones) & ~y | (z &- ones) & ~z) & highs
            if found != 0 { return j + found.trailingZeroBitCount >> 3 }
            j += 8
        }
        let ab = UInt8(truncatingIfNeeded: a)
        let bb = UInt8(truncatingIfNeeded: b)
        let cb = UInt8(truncatingIfNeeded: c)
        while j < n {
            let byte = p[j]
            if byte == ab || byte == bb || byte == cb { return j }
            j += 1
        }
        return n
    }
}
