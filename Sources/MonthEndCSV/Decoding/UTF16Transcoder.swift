/// UTF-16 (Excel's "Unicode text") to UTF-8, streamed. The CSV state machine cannot run on UTF-16
/// bytes (一 is 00 4E), so the text is transcoded first. A code unit or surrogate pair cut by a chunk
/// boundary is carried over; an unpaired surrogate or an odd final byte is a `DecodingFailure`.
final class UTF16Transcoder: DecodedChunkSource {
    private let reader: ChunkReader
    private let bigEndian: Bool
    private var toSkip: Int
    private var carriedByte: UInt8?
    private var carriedByteOffset = 0
    private var highSurrogate: UInt32?
    private var highSurrogateOffset = 0
    private var output = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    private(set) var chunk = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    init(reader: ChunkReader, bigEndian: Bool, skipping prefixLength: Int) {
        self.reader = reader
        self.bigEndian = bigEndian
        self.toSkip = prefixLength
    }

    deinit { output.deallocate() }

    func advance() throws -> Bool {
        while try reader.read() {
            let raw = reader.chunk
            let skip = min(toSkip, raw.count)
            toSkip -= skip
            let produced = try transcode(
                UnsafeBufferPointer(rebasing: raw[skip...]), at: reader.offset - raw.count + skip)
            if produced > 0 {
                chunk = UnsafeBufferPointer(start: output.baseAddress, count: produced)
                return true
            }
        }
        if carriedByte != nil {
            throw DecodingFailure(offset: carriedByteOffset, bytes: [carriedByte!])
        }
        if highSurrogate != nil {
            throw failure(at: highSurrogateOffset, unit: highSurrogate!)
        }
        return false
    }

    private func failure(at offset: Int, unit: UInt32) -> DecodingFailure {
        let high = UInt8(truncatingIfNeeded: unit >> 8)
        let low = UInt8(truncatingIfNeeded: unit)
        return DecodingFailure(offset: offset, bytes: bigEndian ? [high, low] : [low, high])
    }

    /// Transcodes `bytes` (first byte at file offset `base`) into `output`; returns the UTF-8 length.
    private func transcode(_ bytes: UnsafeBufferPointer<UInt8>, at base: Int) throws -> Int {
        // A code unit becomes at most 3 UTF-8 bytes; a pair (two units) becomes 4.
        let needed = (bytes.count / 2 + 2) * 3 + 8
        if output.count < needed {
            output.deallocate()
            output = .allocate(capacity: needed)
        }
        let out = output.baseAddress!
        var count = 0
        var i = 0
        let n = bytes.count
        while true {
            let unit: UInt32
            let unitOffset: Int
            if let first = carriedByte {
                guard i < n else { break }
                unit = bigEndian ? UInt32(first) << 8 | UInt32(bytes[i]) : UInt32(bytes[i]) << 8 | UInt32(first)
                unitOffset = carriedByteOffset
                carriedByte = nil
                i += 1
            } else if i + 1 < n {
                let a = UInt32(bytes[i])
                let b = UInt32(bytes[i + 1])
                unit = bigEndian ? a << 8 | b : b << 8 | a
                unitOffset = base + i
                i += 2
            } else {
                if i < n {
                    carriedByte = bytes[i]
                    carriedByteOffset = base + i
                }
                break
            }
            if let high = highSurrogate {
                guard (0xDC00...0xDFFF).contains(unit) else { throw failure(at: highSurrogateOffset, unit: high) }
                highSurrogate = nil
                let scalar = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                out[count] = UInt8(0xF0 | scalar >> 18)
                out[count + 1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
                out[count + 2] = UInt8(0x80 | (scalar >> 6) & 0x3F)
                out[count + 3] = UInt8(0x80 | scalar & 0x3F)
                count += 4
                continue
            }
            switch unit {
            case 0..<0x80:
                out[count] = UInt8(unit)
                count += 1
            case 0x80..<0x800:
                out[count] = UInt8(0xC0 | unit >> 6)
                out[count + 1] = UInt8(0x80 | unit & 0x3F)
                count += 2
            case 0xD800...0xDBFF:
                highSurrogate = unit
                highSurrogateOffset = unitOffset
            case 0xDC00...0xDFFF:
                throw failure(at: unitOffset, unit: unit)
            default:
                out[count] = UInt8(0xE0 | unit >> 12)
                out[count + 1] = UInt8(0x80 | (unit >> 6) & 0x3F)
                out[count + 2] = UInt8(0x80 | unit & 0x3F)
                count += 3
            }
        }
        return count
    }
}
