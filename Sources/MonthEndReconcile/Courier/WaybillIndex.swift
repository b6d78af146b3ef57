import Foundation

/// Dense ids for the month's waybills, by matching key (`CourierReconciler.waybillKey`), so the
/// courier pass hashes each slip's and each bill line's waybill once and keeps everything else in
/// arrays indexed by id. A key of up to 16 printable ASCII bytes (every real waybill) is packed into
/// two words and hashed as such: no String hashing, which normalises, and no allocation.
struct WaybillIndex {
    /// A key of 0...16 bytes, none of them 0, zero-padded: equal exactly when the bytes are.
    private struct PackedKey: Hashable {
        var low: UInt64
        var high: UInt64

        func hash(into hasher: inout Hasher) {
            hasher.combine(low)
            hasher.combine(high)
        }
    }

    private var packed: [PackedKey: Int32] = [:]
    /// Longer keys, and keys that are not ASCII in their canonical (NFC) form.
    private var other: [String: Int32] = [:]
    /// Ids handed out so far: ids are 0..<count in order of first sight.
    private(set) var count = 0

    init(capacity: Int) {
        packed.reserveCapacity(capacity)
    }

    /// The id of `waybill`'s key, a new one (== the previous `count`) when first seen.
    mutating func id(of waybill: String) -> Int {
        let next = Int32(count)
        let id: Int32
        if let key = Self.packedKey(waybill) {
            id = packed[key, default: next]
            if id == next { packed[key] = next }
        } else {
            let key = Self.canonicalKey(waybill)
            if let key = Self.packedASCII(key.utf8) {
                id = packed[key, default: next]
                if id == next { packed[key] = next }
            } else {
                id = other[key, default: next]
                if id == next { other[key] = next }
            }
        }
        if id == next { count += 1 }
        return Int(id)
    }

    /// The key of a waybill of printable ASCII, worked out from its bytes: spaces removed and ASCII
    /// letters lowered, which is what `ComparisonText.key` does to such text. nil for anything
    /// else, or longer than 16 bytes without its spaces.
    private static func packedKey(_ waybill: String) -> PackedKey? {
        var copy = waybill
        return copy.withUTF8 { bytes -> PackedKey? in
            var low: UInt64 = 0
            var high: UInt64 = 0
            var length: UInt64 = 0
            for byte in bytes {
                guard byte >= 0x20 && byte < 0x7F else { return nil }
                if byte == 0x20 { continue }
                guard length < 16 else { return nil }
                let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if length < 8 {
                    low |= UInt64(lowered) << (8 * length)
                } else {
                    high |= UInt64(lowered) << (8 * (length - 8))
                }
                length += 1
            }
            return PackedKey(low: low, high: high)
        }
    }

    /// Bytes 1...0x7F, at most 16 of them, packed; nil otherwise.
    private static func packedASCII(_ bytes: String.UTF8View) -> PackedKey? {
        guard bytes.count <= 16 else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (offset, byte) in bytes.enumerated() {
            guard byte != 0 && byte < 0x80 else { return nil }
            if offset < 8 {
                low |= UInt64(byte) << (8 * UInt64(offset))
            } else {
                high |= UInt64(byte) << (8 * UInt64(offset - 8))
            }
        }
        return PackedKey(low: low, high: high)
    }

    /// The comparison key in NFC: two Strings are equal exactly when their NFC forms have the same
    /// bytes, so a key that is ASCII once composed lands in `packed` like any other ASCII key.
    private static func canonicalKey(_ waybill: String) -> String {
        let key = CourierReconciler.waybillKey(waybill)
        if key.utf8.allSatisfy({ $0 < 0x80 }) { return key }
        return key.precomposedStringWithCanonicalMapping
    }
}
