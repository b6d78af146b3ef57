import Foundation

/// A growable run of bytes that the parse thread appends to with memcpy, in memory it manages
/// itself: unlike an Array, an append costs no uniqueness check and no retain (a sixth of the parse
/// thread's time when cells were gathered in Arrays). A plain value with one owner, which calls
/// `release()` when done with it: the handler's state, or the `CapturedRows` batch it moved into.
struct ByteRun {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity {
            capacity = max(capacity * 2, count + bytes.count)
            base = realloc(base, capacity)!.assumingMemoryBound(to: UInt8.self)
        }
        memcpy(base + count, source, bytes.count)
        count += bytes.count
    }

    /// Appends a String's UTF-8 bytes (no copy of them first for a native String).
    mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    /// Drops the bytes from `length` on (keeps the storage).
    @inline(__always)
    mutating func truncate(to length: Int) {
        count = min(count, max(length, 0))
    }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    func release() { free(base) }
}
