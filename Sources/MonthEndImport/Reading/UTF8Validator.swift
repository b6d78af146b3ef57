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
        while i < n {
            if needed == 0 {
                // ASCII runs dominate CSV exports: skip them eight bytes at a time.
                while i + 8 <= n {
                    let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                if i >= n { break }
                let byte = p[i]
                if byte < 0x80 {
                    i += 1
                    continue
                }
                // A whole sequence inside the chunk is checked in one go (Chinese text: three bytes each).
                if i + 4 <= n {
                    let length = Self.completeSequenceLength(p + i)
                    if length > 0 {
                        i += length
                        multibyteSequences += 1
                        continue
                    }
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
                let byte = p[i]
                if byte < lower || byte > upper {
                    firstInvalidOffset = sequenceStart
                    return
                }
                lower = 0x80
                upper = 0xBF
                needed -= 1
                if needed == 0 { multibyteSequences += 1 }
                i += 1
            }
        }
    }

    /// The length of the valid sequence starting at `p` (which has at least 4 readable bytes), or 0
    /// when it is invalid, leaving the byte-at-a-time path to find the exact offset.
    @inline(__always)
    private static func completeSequenceLength(_ p: UnsafePointer<UInt8>) -> Int {
        let lead = p[0]
        let second = p[1]
        if lead >= 0xE1 && lead <= 0xEF && lead != 0xED {
            return second & 0xC0 == 0x80 && p[2] & 0xC0 == 0x80 ? 3 : 0
        }
        if lead >= 0xC2 && lead <= 0xDF { return second & 0xC0 == 0x80 ? 2 : 0 }
        return 0
    }

    /// Call at end of input: a sequence cut short by the end of the file is invalid.
    mutating func finish() {
        if firstInvalidOffset == nil, needed > 0 { firstInvalidOffset = sequenceStart }
    }
}
