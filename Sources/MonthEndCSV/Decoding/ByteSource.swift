import MonthEndCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a file's raw bytes come from: an open file read in fixed chunks, or an in-memory array
/// (tests). Each pass over a file opens a fresh source, so memory stays flat in the file size.
public enum ByteSource: Sendable {
    case file(path: String)
    case memory([UInt8])

    /// Opens a reader positioned at byte 0. Throws `.unreadableFile` for a path that cannot be opened.
    func open(chunkSize: Int, displayName: String) throws -> ChunkReader {
        switch self {
        case .file(let path):
            let fd = Glibc.open(path, O_RDONLY)
            guard fd >= 0 else {
                let reason = String(cString: strerror(errno))
                throw MonthEndError(
                    .unreadableFile, "cannot open file: \(reason)", path: displayName,
                    hint: "check that the file exists and is readable")
            }
            return ChunkReader(fd: fd, memory: [], chunkSize: chunkSize, displayName: displayName)
        case .memory(let bytes):
            return ChunkReader(fd: -1, memory: bytes, chunkSize: chunkSize, displayName: displayName)
        }
    }
}

/// Hands out consecutive chunks of at most `chunkSize` bytes in a buffer it owns and reuses.
final class ChunkReader {
    private let fd: Int32
    private let memory: [UInt8]
    /// Sees every chunk as it is read, before anyone else (the decoding pipeline hashes and
    /// validates there, so nothing is decoded before it is validated); its error fails the read.
    var inspect: ((UnsafeBufferPointer<UInt8>) throws -> Void)?
    private let displayName: String
    let chunkSize: Int
    private let storage: UnsafeMutablePointer<UInt8>
    /// The current chunk: valid until the next call to `read()`.
    private(set) var chunk: UnsafeBufferPointer<UInt8>
    /// Bytes handed out so far (the file offset of the byte after the current chunk).
    private(set) var offset = 0

    init(fd: Int32, memory: [UInt8], chunkSize: Int, displayName: String) {
        self.fd = fd
        self.memory = memory
        self.chunkSize = max(1, chunkSize)
        self.displayName = displayName
        storage = .allocate(capacity: self.chunkSize)
        chunk = UnsafeBufferPointer(start: storage, count: 0)
    }

    deinit {
        if fd >= 0 { _ = close(fd) }
        storage.deallocate()
    }

    /// Replaces `chunk` with the next one; returns false at end of input.
    func read() throws -> Bool {
        let filled = try read(into: UnsafeMutableBufferPointer(start: storage, count: chunkSize))
        chunk = UnsafeBufferPointer(start: storage, count: filled)
        return filled > 0
    }

    /// Reads the next chunk into `destination` (at least `chunkSize` bytes) rather than the
    /// reader's own buffer, which saves a copy for text that needs no decoding; returns its length,
    /// 0 at end of input. `chunk` is left as it was.
    func read(into destination: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        precondition(destination.count >= chunkSize, "a chunk needs chunkSize bytes")
        let target = destination.baseAddress!
        var filled = 0
        if fd < 0 {
            filled = min(memory.count - offset, chunkSize)
            memory.withUnsafeBufferPointer { source in
                if filled > 0 { target.update(from: source.baseAddress! + offset, count: filled) }
            }
        } else {
            // Short reads are retried so chunk boundaries do not depend on the OS.
            while filled < chunkSize {
                let got = Glibc.read(fd, target + filled, chunkSize - filled)
                if got < 0 {
                    if errno == EINTR { continue }
                    let reason = String(cString: strerror(errno))
                    throw MonthEndError(.unreadableFile, "cannot read file: \(reason)", path: displayName)
                }
                if got == 0 { break }
                filled += got
            }
        }
        offset += filled
        if filled > 0, let inspect { try inspect(UnsafeBufferPointer(start: target, count: filled)) }
        return filled
    }
}
