#if canImport(Glibc)
    import Glibc
#endif

/// GB18030 (and its subsets GBK, GB2312) to UTF-8 through glibc iconv, streamed: a multibyte
/// sequence cut by a chunk boundary (iconv's EINVAL) is carried into the next chunk.
///
/// glibc's GB18030 rejects the lone byte 0x80, which Windows code page 936 (Excel's "ANSI" on
/// Chinese Windows) writes for €. Such a byte is decoded as € in place, so a cp936 file, or a GBK
/// file with a € in it, reads the way Excel wrote it; any other rejected byte is a `DecodingFailure`.
final class GB18030Transcoder: DecodedChunkSource {
    private static let euroUTF8: [UInt8] = [0xE2, 0x82, 0xAC]

    private let reader: ChunkReader
    private let converter: iconv_t
    private var input: [UInt8] = []
    /// File offset of `input[0]`.
    private var inputOffset = 0
    private var output = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    private var outputCount = 0
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

    func advance() throws -> Bool {
        while true {
            let carried = input.count
            guard try reader.read() else {
                if carried > 0 {
                    // The file ends inside a multibyte sequence.
                    throw DecodingFailure(offset: inputOffset, bytes: Array(input.prefix(4)))
                }
                return false
            }
            input.append(contentsOf: reader.chunk)
            try convertInput()
            if outputCount > 0 {
                chunk = UnsafeBufferPointer(start: output.baseAddress, count: outputCount)
                return true
            }
        }
    }

    /// Converts as much of `input` as is complete into `output`; leaves an incomplete tail in `input`.
    private func convertInput() throws {
        // GB18030 -> UTF-8 grows at most 3/2 (two bytes become three); a patched 0x80 grows 3 times.
        let needed = input.count * 3 + 16
        if output.count < needed {
            output.deallocate()
            output = .allocate(capacity: needed)
        }
        outputCount = 0
        var consumed = 0
        let total = input.count
        try input.withUnsafeMutableBufferPointer { inBuffer in
            do {
                let outBuffer = output
                let inBase = inBuffer.baseAddress!
                let outBase = outBuffer.baseAddress!
                while consumed < total {
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase + consumed)
                        .assumingMemoryBound(to: CChar.self)
                    var inLeft = total - consumed
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase + outputCount)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count - outputCount
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    let failure = result == -1 ? errno : 0
                    consumed = total - inLeft
                    outputCount = outBuffer.count - outLeft
                    if failure == 0 { break }
                    switch failure {
                    case EINVAL:
                        return  // incomplete sequence at the end: carried to the next chunk
                    case EILSEQ where inBase[consumed] == 0x80:
                        for byte in Self.euroUTF8 {
                            outBase[outputCount] = byte
                            outputCount += 1
                        }
                        consumed += 1
                    default:
                        throw DecodingFailure(
                            offset: inputOffset + consumed,
                            bytes: Array(UnsafeBufferPointer(rebasing: inBuffer[consumed..<min(total, consumed + 4)])))
                    }
                }
            }
        }
        input.removeFirst(consumed)
        inputOffset += consumed
    }
}
