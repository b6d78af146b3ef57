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
        if !pack(text.utf8) { long = text }
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
    private mutating func pack(_ bytes: String.UTF8View) -> Bool {
        guard bytes.count <= 16 else { return false }
        var offset: UInt64 = 0
        for byte in bytes {
            guard byte != 0 else {
                low = 0
                high = 0
                return false
            }
            if offset < 8 {
                low |= UInt64(byte) << (8 * offset)
            } else {
                high |= UInt64(byte) << (8 * (offset - 8))
            }
            offset += 1
        }
        return true
    }
}
