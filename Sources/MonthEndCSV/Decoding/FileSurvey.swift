import MonthEndCore

/// The first pass over a file: its SHA-256, its size, and its encoding. Strict UTF-8 is judged on
/// the whole file, because a GBK byte may first appear after a megabyte of ASCII.
struct FileSurvey {
    var sha256: String
    var byteCount: Int
    var encoding: TextEncoding
    /// Set when a file with a UTF-8 byte-order mark, or one that is plainly UTF-8 up to a stray byte,
    /// is not UTF-8 after all (a file-level error).
    var invalidOffset: Int?
    var invalidBytes: [UInt8] = []

    /// Valid non-ASCII UTF-8 characters before the first invalid byte that mark a damaged UTF-8 file.
    static let damagedUTF8Evidence = 8

    init(source: ByteSource, chunkSize: Int, displayName: String) throws {
        // Smaller chunks here keep each chunk in cache between hashing and validating it.
        let reader = try source.open(chunkSize: min(chunkSize, 256 << 10), displayName: displayName)
        let digest = SHA256Digest()
        var validator = UTF8Validator()
        var head: [UInt8] = []
        var total = 0
        while try reader.read() {
            let chunk = reader.chunk
            digest.update(chunk)
            if head.count < 3 { head.append(contentsOf: chunk.prefix(3 - head.count)) }
            validator.feed(chunk, at: total)
            total += chunk.count
        }
        validator.finish()
        sha256 = digest.finalHex()
        byteCount = total

        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = .utf8BOM
            if let offset = validator.firstInvalidOffset {
                invalidOffset = offset
                invalidBytes = try Self.bytes(at: offset, in: source, chunkSize: chunkSize, displayName: displayName)
            }
        } else if head.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LE
        } else if head.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BE
        } else if let offset = validator.firstInvalidOffset,
            validator.multibyteSequences >= Self.damagedUTF8Evidence
        {
            // UTF-8 Chinese "decodes" as GB18030 too, to mojibake: a UTF-8 file with a stray bad byte
            // is an error at that byte, not a GB18030 file.
            encoding = .utf8
            invalidOffset = offset
            invalidBytes = try Self.bytes(at: offset, in: source, chunkSize: chunkSize, displayName: displayName)
        } else {
            // Strict UTF-8 is tried first for the same reason.
            encoding = validator.isValidSoFar ? .utf8 : .gb18030
        }
    }

    /// Up to four bytes from `offset`, re-read for an error message.
    static func bytes(at offset: Int, in source: ByteSource, chunkSize: Int, displayName: String) throws
        -> [UInt8]
    {
        let reader = try source.open(chunkSize: chunkSize, displayName: displayName)
        var result: [UInt8] = []
        while result.count < 4, try reader.read() {
            let start = reader.offset - reader.chunk.count
            for (index, byte) in reader.chunk.enumerated() where start + index >= offset && result.count < 4 {
                result.append(byte)
            }
        }
        return result
    }
}
