/// An FNV-1a-style fold of numbers and texts, in order, so two runs of a benchmark can be shown to
/// have read the same values (the import's digest of its records folds their fields here).
public struct BenchDigest: Sendable {
    public var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// One 64-bit word folded FNV-style: XOR and a multiply by an odd number are both one-to-one,
    /// so two sequences that differ in one word leave different digests.
    @inlinable @inline(__always)
    public mutating func word(_ word: UInt64) {
        value = (value ^ word) &* 0x100_0000_01b3
    }

    @inlinable @inline(__always)
    public mutating func add(_ number: Int64?) {
        guard let number else { return word(0xFF) }
        word(UInt64(bitPattern: number))
        word(0xFD)
    }

    @_transparent
    public mutating func add(_ text: String?) {
        if let text { add(text: text) } else { word(0xFF) }
    }

    @_transparent
    public mutating func add(_ text: String) { add(text: text) }

    @inlinable @inline(__always)
    mutating func add(text: String) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ fold($0) }) { return done }
        var copy = copy text
        copy.withUTF8 { fold($0) }
    }

    /// Eight bytes a step, the last few as one word, then the length: the digest should cost
    /// little beside the work it checks.
    @inlinable @inline(__always)
    mutating func fold(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index + 8 <= bytes.count {
            word(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        word(tail)
        word(UInt64(bytes.count) | 0xFE00_0000_0000_0000)
    }
}
