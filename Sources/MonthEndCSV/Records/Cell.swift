#if canImport(Glibc)
    import Glibc
#endif

/// One cell's UTF-8 bytes, borrowed from the row or buffer that lends it: read by index, sliced,
/// compared and copied into a String, never written. Valid only while the row is lent; the
/// import's value readers read every cell through it, so no pointer leaves this target. Reads are
/// bounds-checked in debug builds (the tests), as an unsafe buffer's are.
@frozen public struct Cell: RandomAccessCollection {
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>

    @inlinable init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    public typealias Index = Int
    public typealias Indices = Range<Int>

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { bytes.count }
    @inlinable public var count: Int { bytes.count }

    @inlinable @inline(__always)
    public subscript(position: Int) -> UInt8 { bytes[position] }

    /// Bytes `start..<end`, as a cell of their own (indexed from 0).
    @inlinable @inline(__always)
    public func slice(_ start: Int, _ end: Int) -> Cell {
        precondition(start >= 0 && start <= end && end <= bytes.count, "a slice lies inside its cell")
        return Cell(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// The cell as a String, copied without validating again: a cell is cut at scalar boundaries
    /// from valid UTF-8 (a validated file, a transcoder's output, a String).
    public var string: String {
        guard !bytes.isEmpty else { return "" }
        return String(copying: unsafe UTF8Span(unchecked: bytes.span))
    }

    /// The cell as a String when the caller has seen every byte below 0x80: copied without looking
    /// at the bytes again.
    public var asciiString: String {
        guard !bytes.isEmpty else { return "" }
        return String(copying: unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: true))
    }

    /// Whether every byte is ASCII, eight bytes at a time.
    @inlinable
    public var isASCII: Bool {
        var index = 0
        while index + 8 <= count {
            if word(at: index) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// The eight bytes from `index` as one little-endian word, bytes past the end taken as `padding`.
    @inlinable @inline(__always)
    public func word(at index: Int, padding: UInt8 = 0) -> UInt64 {
        precondition(index >= 0 && index <= count, "a word starts inside its cell")
        guard let base = bytes.baseAddress else { return UInt64(padding) &* 0x0101_0101_0101_0101 }
        if index + 8 <= count { return UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) }
        var word = UInt64(padding) &* 0x0101_0101_0101_0101
        for offset in 0..<(count - index) {
            word = word & ~(0xFF << (8 * UInt64(offset))) | UInt64(bytes[index + offset]) << (8 * UInt64(offset))
        }
        return word
    }

    /// Whether the two cells hold the same bytes.
    @inlinable
    public func equals(_ other: Cell) -> Bool {
        guard count == other.count else { return false }
        guard count > 0, let base = bytes.baseAddress, let otherBase = other.bytes.baseAddress else { return true }
        return memcmp(base, otherBase, count) == 0
    }

    /// Lends `bytes` (valid UTF-8, cut at scalar boundaries) as a cell.
    @inlinable
    public static func with<R, E: Error>(_ bytes: [UInt8], _ body: (Cell) throws(E) -> R) throws(E) -> R {
        try bytes.withUnsafeBufferPointer { buffer in Result { () throws(E) in try body(Cell(buffer)) } }.get()
    }

    /// Lends the UTF-8 of `text` as a cell (in place when the String is stored as UTF-8).
    @inlinable
    public static func with<R, E: Error>(_ text: String, _ body: (Cell) throws(E) -> R) throws(E) -> R {
        let lent = text.utf8.withContiguousStorageIfAvailable { buffer in
            Result { () throws(E) in try body(Cell(buffer)) }
        }
        if let lent { return try lent.get() }
        return try with(Array(text.utf8), body)
    }

    /// Whether the cell starts with `prefix`.
    @inlinable
    public func hasPrefix(_ prefix: [UInt8]) -> Bool {
        guard count >= prefix.count else { return false }
        for index in prefix.indices where bytes[index] != prefix[index] { return false }
        return true
    }

    /// Whether the cell ends with `suffix`.
    @inlinable
    public func hasSuffix(_ suffix: [UInt8]) -> Bool {
        guard count >= suffix.count else { return false }
        let start = count - suffix.count
        for index in suffix.indices where bytes[start + index] != suffix[index] { return false }
        return true
    }
}
