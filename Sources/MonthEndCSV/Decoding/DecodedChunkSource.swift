/// A stream of UTF-8 chunks decoded from a file's raw bytes; the CSV tokenizer reads only these.
protocol DecodedChunkSource: AnyObject {
    /// Moves to the next decoded chunk; false at end of input. Throws `DecodingFailure`.
    func advance() throws -> Bool
    /// The current chunk, valid until the next `advance()`.
    var chunk: UnsafeBufferPointer<UInt8> { get }
}

/// A decoder that can write its next chunk into a buffer of the caller's, which spares the decoding
/// thread a copy into its record batches.
protocol DecodingIntoBuffer: DecodedChunkSource {
    /// The most bytes one chunk may decode to.
    var maximumChunk: Int { get }
    /// Decodes the next chunk into `destination` (at least `maximumChunk` bytes) instead of `chunk`;
    /// returns its length, 0 at end of input. Fails as `advance()` does.
    func decode(into destination: UnsafeMutableBufferPointer<UInt8>) throws -> Int
}

/// Bytes that fit the file's encoding nowhere: where they start and what they are.
struct DecodingFailure: Error, Equatable {
    /// 0-based file offset of the first offending byte.
    var offset: Int
    /// Up to four bytes from `offset`, to show in the message.
    var bytes: [UInt8]
}

/// UTF-8 files need no decoding (they were validated by the first pass): chunks pass straight through,
/// after the byte-order mark.
final class UTF8PassThrough: DecodingIntoBuffer {
    private let reader: ChunkReader
    private var toSkip: Int
    private(set) var chunk = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    init(reader: ChunkReader, skipping prefixLength: Int) {
        self.reader = reader
        self.toSkip = prefixLength
    }

    func advance() throws -> Bool {
        while try reader.read() {
            let raw = reader.chunk
            let skip = min(toSkip, raw.count)
            toSkip -= skip
            if skip < raw.count {
                chunk = UnsafeBufferPointer(rebasing: raw[skip...])
                return true
            }
        }
        return false
    }

    var maximumChunk: Int { reader.chunkSize }

    func decode(into destination: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        while true {
            let count = try reader.read(into: destination)
            guard count > 0 else { return 0 }
            let skip = min(toSkip, count)
            toSkip -= skip
            guard skip < count else { continue }
            if skip > 0 {
                let base = destination.baseAddress!
                base.update(from: base + skip, count: count - skip)
            }
            return count - skip
        }
    }
}
