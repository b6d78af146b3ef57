/// Finds the physical line of a byte offset by re-reading the file from the start. Used only to
/// word an error, so it costs nothing on the normal path and keeps the decoders free of counting.
enum PhysicalLineLocator {
    /// The 1-based line holding the byte at `target`. CR, LF and CRLF each end a line, counted in code
    /// units of `unitWidth` bytes (2 for UTF-16, whose units start after the 2-byte byte-order mark).
    static func line(
        atOffset target: Int, in source: ByteSource, unitWidth: Int, bigEndian: Bool, chunkSize: Int,
        displayName: String
    ) throws -> Int {
        let reader = try source.open(chunkSize: chunkSize, displayName: displayName)
        var line = 1
        var afterCarriageReturn = false
        var offset = 0
        var pendingByte: UInt8?
        func count(_ unit: UInt32) {
            if unit == 0x0D {
                line += 1
                afterCarriageReturn = true
            } else if unit == 0x0A {
                if !afterCarriageReturn { line += 1 }
                afterCarriageReturn = false
            } else {
                afterCarriageReturn = false
            }
        }
        while offset < target, try reader.read() {
            for byte in reader.chunk {
                if offset >= target { break }
                if unitWidth == 1 {
                    count(UInt32(byte))
                } else if let first = pendingByte {
                    count(bigEndian ? UInt32(first) << 8 | UInt32(byte) : UInt32(byte) << 8 | UInt32(first))
                    pendingByte = nil
                } else {
                    pendingByte = byte
                }
                offset += 1
            }
        }
        return line
    }
}
