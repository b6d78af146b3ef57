#if canImport(Glibc)
    import Glibc
#endif

/// GB18030 (and its subsets GBK, GB2312) to UTF-8 through glibc iconv, streamed: a multibyte
/// sequence cut by a chunk boundary (iconv's EINVAL) is carried into the next chunk.
///
/// glibc's GB18030 rejects the lone byte 0x80, which Windows code page 936 (Excel's "ANSI" on
/// Chinese Windows) writes for €. Such a byte is decoded as € in place, so a cp936 file, or a GBK
/// file with a € in it, reads the way Excel wrote it; any other rejected byte is a `DecodingFailure`.
final class GB18030Transcoder: DecodingIntoBuffer {
    private static let euroUTF8: [UInt8] = [0xE2, 0x82, 0xAC]

    private let reader: ChunkReader
    private let converter: iconv_t
    private var input: [UInt8] = []
    /// File offset of `input[0]`.
    private var inputOffset = 0
    /// Where `advance()` decodes to (the decoding thread decodes into its batches instead).
    private var output = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    private(set) var chunk = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    init(reader: ChunkReader) {
        self.reader = reader
        converter = iconv_open("UTF-8", "GB18030")
        precondition(converter != iconv_t(bitPattern: -1), "glibc iconv has no GB18030 converter")
    }

    deinit {
        iconv_close(converter)
        output.deallocate()
    }

    /// GB18030 -> UTF-8 grows at most 3/2 (two bytes become three); a patched 0x80 grows 3 times.
    /// A chunk and the incomplete sequence (at most three bytes) carried before it.
    var maximumChunk: Int { (reader.chunkSize + 3) * 3 + 16 }

    func advance() throws -> Bool {
        if output.count < maximumChunk {
            output.deallocate()
            output = .allocate(capacity: maximumChunk)
        }
        let produced = try decode(into: output)
        chunk = UnsafeBufferPointer(start: output.baseAddress, count: produced)
        return produced > 0
    }

    func decode(into destination: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        precondition(destination.count >= maximumChunk, "a decoded chunk needs maximumChunk bytes")
        while true {
            let carried = input.count
            guard try reader.read() else {
                if carried > 0 {
                    // The file ends inside a multibyte sequence.
                    throw DecodingFailure(offset: inputOffset, bytes: Array(input.prefix(4)))
                }
                return 0
            }
            input.append(contentsOf: reader.chunk)
            let produced = try convertInput(into: destination)
            if produced > 0 { return produced }
        }
    }

    /// Converts as much of `input` as is complete into `output`, returning the bytes written; leaves
    /// an incomplete tail in `input`. ASCII is copied and two-byte codes come from
    /// `GB18030TwoByteTable`; iconv sees only the rest.
    private func convertInput(into output: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        let total = input.count
        var consumed = 0
        var produced = 0
        try GB18030TwoByteTable.scalars.withUnsafeBufferPointer { table in
            try input.withUnsafeMutableBufferPointer { inBuffer in
                let inBase = inBuffer.baseAddress!
                let out = output.baseAddress!
                while consumed < total {
                    let lead = inBase[consumed]
                    if lead < 0x80 {
                        // Eight bytes at a time, stored whole (the output holds three bytes for each
                        // input byte, so there is room) and counted up to the first non-ASCII byte:
                        // the runs between Chinese words are short, too short for a memcpy call.
                        while consumed + 8 <= total {
                            let word = UnsafeRawPointer(inBase + consumed).loadUnaligned(as: UInt64.self)
                            UnsafeMutableRawPointer(out + produced).storeBytes(of: word, as: UInt64.self)
                            let high = word & 0x8080_8080_8080_8080
                            let ascii = high == 0 ? 8 : high.trailingZeroBitCount >> 3
                            consumed += ascii
                            produced += ascii
                            if ascii < 8 { break }
                        }
                        while consumed < total && inBase[consumed] < 0x80 {
                            out[produced] = inBase[consumed]
                            produced += 1
                            consumed += 1
                        }
                        continue
                    }
                    if lead == 0x80 {
                        for byte in Self.euroUTF8 {
                            out[produced] = byte
                            produced += 1
                        }
                        consumed += 1
                        continue
                    }
                    if consumed + 1 < total {
                        let trail = inBase[consumed + 1]
                        if lead != 0xFF, GB18030TwoByteTable.trailRange.contains(trail) {
                            let scalar = table[GB18030TwoByteTable.index(lead, trail)]
                            if scalar != 0 {
                                if scalar < 0x800 {
                                    out[produced] = UInt8(0xC0 | scalar >> 6)
                                    out[produced + 1] = UInt8(0x80 | scalar & 0x3F)
                                    produced += 2
                                } else {
                                    out[produced] = UInt8(0xE0 | scalar >> 12)
                                    out[produced + 1] = UInt8(0x80 | (scalar >> 6) & 0x3F)
                                    out[produced + 2] = UInt8(0x80 | scalar & 0x3F)
                                    produced += 3
                                }
                                consumed += 2
                                continue
                            }
                        }
                    }
                    // Four-byte sequences, unmapped codes and bad bytes: iconv on at most one sequence.
                    let window = min(total - consumed, 4)
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase + consumed)
                        .assumingMemoryBound(to: CChar.self)
                    var inLeft = window
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out + produced)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = output.count - produced
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    let failure = result == -1 ? errno : 0
                    let advanced = window - inLeft
                    consumed += advanced
                    produced = output.count - outLeft
                    if failure == 0 || advanced > 0 { continue }
                    if failure == EINVAL && consumed + window == total {
                        return  // an incomplete sequence at the end: carried to the next chunk
                    }
                    throw DecodingFailure(
                        offset: inputOffset + consumed,
                        bytes: Array(UnsafeBufferPointer(rebasing: inBuffer[consumed..<min(total, consumed + 4)])))
                }
            }
        }
        input.removeFirst(consumed)
        inputOffset += consumed
        return produced
    }
}
