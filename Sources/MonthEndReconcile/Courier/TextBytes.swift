/// A text compared and hashed by its UTF-8 bytes: stricter than String equality (no canonical
/// equivalence), which for a memo only means a second entry with the same result. A text of up to
/// 16 bytes, none of them 0 (a courier, an account, a destination, a fee type), is packed into two
/// words, so it hashes and compares as two integers without touching the String again.
struct TextBytes: Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// Texts that do not pack; nil when packed.
    private var long: String?

    init(_ text: String) {
        if !pack(text) { long = text }
    }

    /// Byte equality of two texts.
    static func same(_ lhs: String, _ rhs: String) -> Bool {
        TextBytes(lhs) == TextBytes(rhs)
    }

    static func == (lhs: TextBytes, rhs: TextBytes) -> Bool {
        guard lhs.low == rhs.low && lhs.high == rhs.high else { return false }
        switch (lhs.long, rhs.long) {
        case (nil, nil): return true
        case (let left?, let right?): return left.utf8.elementsEqual(right.utf8)
        default: return false
        }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(low)
        hasher.combine(high)
        if let long {
            var contiguous = long
            contiguous.makeContiguousUTF8()
            contiguous.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// Packs the bytes when they fit; leaves both words zero and returns false otherwise.
    private mutating func pack(_ text: String) -> Bool {
        guard text.utf8.count <= 16 else { return false }
        var copy = text
        guard let words = copy.withUTF8(Self.words) else { return false }
        (low, high) = words
        return true
    }

    /// Up to 16 bytes, none of them 0, as two little-endian words, zero-padded; nil otherwise.
    static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        guard bytes.count <= 16 else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            guard byte != 0 else { return nil }
            if offset < 8 {
                low |= UInt64(byte) << (8 * UInt64(offset))
            } else {
                high |= UInt64(byte) << (8 * UInt64(offset - 8))
            }
        }
        return (low, high)
    }
}
