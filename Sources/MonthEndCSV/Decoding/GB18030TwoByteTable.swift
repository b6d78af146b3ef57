#if canImport(Glibc)
    import Glibc
#endif

/// Every two-byte GB18030 (GBK) code mapped to its scalar, built once from glibc iconv itself so it
/// is exact by construction: a look-up per character is far cheaper than a call into iconv per
/// chunk. Four-byte sequences (¥, 𠀀) and anything the table lacks still go through iconv.
enum GB18030TwoByteTable {
    static let leadRange: ClosedRange<UInt8> = 0x81...0xFE
    static let trailRange: ClosedRange<UInt8> = 0x40...0xFE
    static let trailCount = Int(trailRange.upperBound - trailRange.lowerBound) + 1

    /// Scalar for (lead, trail), or 0 where iconv maps nothing (then iconv handles the bytes).
    static let scalars: [UInt32] = {
        var table = [UInt32](repeating: 0, count: (Int(leadRange.upperBound - leadRange.lowerBound) + 1) * trailCount)
        let converter = iconv_open("UTF-32LE", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return table }
        defer { iconv_close(converter) }
        for lead in leadRange {
            for trail in trailRange where trail != 0x7F {
                var input: [UInt8] = [lead, trail]
                var output: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0]
                let converted = input.withUnsafeMutableBytes { inRaw in
                    output.withUnsafeMutableBytes { outRaw in
                        var inPointer: UnsafeMutablePointer<CChar>? = inRaw.baseAddress!.assumingMemoryBound(
                            to: CChar.self)
                        var inLeft = 2
                        var outPointer: UnsafeMutablePointer<CChar>? = outRaw.baseAddress!.assumingMemoryBound(
                            to: CChar.self)
                        var outLeft = 8
                        return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 && inLeft == 0
                            && outLeft == 4
                    }
                }
                if converted {
                    let scalar =
                        UInt32(output[0]) | UInt32(output[1]) << 8 | UInt32(output[2]) << 16 | UInt32(output[3]) << 24
                    table[index(lead, trail)] = scalar
                }
            }
        }
        return table
    }()

    @inline(__always)
    static func index(_ lead: UInt8, _ trail: UInt8) -> Int {
        Int(lead &- leadRange.lowerBound) * trailCount + Int(trail &- trailRange.lowerBound)
    }
}
