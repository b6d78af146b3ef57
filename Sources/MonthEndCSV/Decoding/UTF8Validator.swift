/// Strict streaming UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF), fed
/// chunk by chunk so a sequence may straddle chunks. Records where the first invalid sequence starts.
struct UTF8Validator {
    private var needed = 0
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF
    private var sequenceStart = 0
    /// File offset of the first byte of the first invalid sequence, once one is seen.
    private(set) var firstInvalidOffset: Int?
    /// Valid multibyte sequences seen before the first invalid one: many of them mean a damaged
    /// UTF-8 file rather than a GBK one (GBK text almost never forms even one valid sequence).
    private(set) var multibyteSequences = 0

    var isValidSoFar: Bool { firstInvalidOffset == nil }

    /// Validates `chunk`, whose first byte is at file offset `base`. Stops at the first error.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, at base: Int) {
        guard firstInvalidOffset == nil, let p = chunk.baseAddress else { return }
        let n = chunk.count
        var i = 0
        var sequences = multibyteSequences
        defer { multibyteSequences = sequences }
        while i < n {
            if needed == 0 && i + 8 <= n {
                // Fast path: ASCII eight bytes at a time, then whole well-formed sequences read as one
                // word (Chinese text is mostly three-byte sequences). Anything unusual takes the byte
                // path below, which also finds the exact offset of an error.
                let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                if high == 0 {
                    i += 8
                    continue
                }
                i += high.trailingZeroBitCount >> 3
                if i + 4 <= n {
                    let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt32.self)
                    if Self.isThreeByteSequence(w) {
                        // Chinese comes in runs: take the run's characters without going back to
                        // the ASCII test.
                        i += 3
                        sequences += 1
                        while i + 4 <= n,
                            Self.isThreeByteSequence(UnsafeRawPointer(p + i).loadUnaligned(as: UInt32.self))
                        {
                            i += 3
                            sequences += 1
                        }
                        continue
                    } else if w & 0xC0E0 == 0x80C0 && w & 0x1E != 0 {
                        i += 2
                        sequences += 1
                        continue
                    }
                }
            }
            let byte = p[i]
            if needed == 0 {
                if byte < 0x80 {
                    i += 1
                    continue
                }
                sequenceStart = base + i
                lower = 0x80
                upper = 0xBF
                switch byte {
                case 0xC2...0xDF: needed = 1
                case 0xE0:
                    needed = 2
                    lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: needed = 2
                case 0xED:
                    needed = 2
                    upper = 0x9F
                case 0xF0:
                    needed = 3
                    lower = 0x90
                case 0xF1...0xF3: needed = 3
                case 0xF4:
                    needed = 3
                    upper = 0x8F
                default:
                    firstInvalidOffset = base + i
                    return
                }
                i += 1
            } else {
                if byte < lower || byte > upper {
                    firstInvalidOffset = sequenceStart
                    return
                }
                lower = 0x80
                upper = 0xBF
                needed -= 1
                if needed == 0 { sequences += 1 }
                i += 1
            }
        }
    }

    /// Whether the first three bytes of `w` (little-endian) are a well-formed three-byte sequence:
    /// E0-EF then two continuation bytes, no overlong (E0 80-9F) and no surrogate (ED A0-BF).
    @inline(__always)
    private static func isThreeByteSequence(_ w: UInt32) -> Bool {
        guard w & 0x00C0_C0F0 == 0x0080_80E0 else { return false }
        let lead = w & 0x0F
        let secondHigh = w & 0x2000  // set for A0...BF
        return (lead != 0 || secondHigh != 0) && (lead != 0x0D || secondHigh == 0)
    }

    /// Call at end of input: a sequence cut short by the end of the file is invalid.
    mutating func finish() {
        if firstInvalidOffset == nil, needed > 0 { firstInvalidOffset = sequenceStart }
    }
}
