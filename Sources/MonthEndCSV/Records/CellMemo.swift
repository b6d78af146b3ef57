#if canImport(Glibc)
    import Glibc
#endif

/// Remembers what a pure cell reader gave for recently seen cells, by their exact raw bytes, so a
/// column that repeats a few values (provinces, couriers, handlers, 是/否) makes each String once
/// instead of once per row (a Chinese value of more than 15 bytes is a heap allocation). Direct
/// mapped: a slot holds the last cell whose bytes hashed there. Exact for any reader whose answer
/// depends on the cell's bytes alone; only answers are kept, never problems.
///
/// A column of values that do not repeat (order numbers) stops looking after a sample of rows,
/// so it costs what the reader alone costs.
///
/// One instance holds the memos of all the columns of a file that use one (numbered from 0), so
/// a reader reaches any of them through one reference.
public final class CellMemo<Value> {
    /// Slots, a power of two.
    @inlinable static var slotCount: Int { 256 }
    /// Longest cell remembered, in bytes; longer cells are read every time.
    @inlinable static var keyCapacity: Int { 48 }
    /// Lookups after which the hit rate is judged once.
    public static var sampleSize: Int { 4096 }

    @usableFromInline let keys: UnsafeMutablePointer<UInt8>
    /// Key length per slot; -1 for an empty slot.
    @usableFromInline let lengths: UnsafeMutablePointer<Int>
    @usableFromInline let values: UnsafeMutablePointer<Value>
    /// Lookups, hits, and 1 while remembering (0 once the column proved not to repeat). Kept
    /// behind a pointer: stored `var`s of a class cost a dynamic exclusivity check per access.
    @usableFromInline let counters: UnsafeMutablePointer<Int>

    /// How many memos this holds.
    public let count: Int

    /// Whether memo `memo` still remembers (its column has proved to repeat, or is being sampled).
    public func isActive(_ memo: Int = 0) -> Bool { counters[3 * memo + 2] != 0 }

    public init(count: Int = 1) {
        self.count = count
        let slots = count * Self.slotCount
        keys = .allocate(capacity: slots * Self.keyCapacity)
        lengths = .allocate(capacity: slots)
        lengths.initialize(repeating: -1, count: slots)
        values = .allocate(capacity: slots)
        counters = .allocate(capacity: 3 * count)
        counters.initialize(repeating: 0, count: 3 * count)
        for memo in 0..<count { counters[3 * memo + 2] = 1 }
    }

    deinit {
        for slot in 0..<(count * Self.slotCount) where lengths[slot] >= 0 { (values + slot).deinitialize(count: 1) }
        values.deallocate()
        counters.deallocate()
        lengths.deallocate()
        keys.deallocate()
    }

    /// What memo `memo` remembers for the cell's bytes (a hit), or nil when it remembers nothing
    /// for them; `value` then reads the cell and remembers it.
    @inlinable @inline(__always)
    public func remembered(_ memo: Int, _ cell: Cell) -> Value? {
        precondition(memo >= 0 && memo < count, "a memo of this set")
        let n = cell.count
        let counters = self.counters + 3 * memo
        guard counters[2] != 0, n <= Self.keyCapacity, let base = cell.bytes.baseAddress else { return nil }
        let slot = memo * Self.slotCount + Self.slot(base, n)
        guard lengths[slot] == n, Self.same(keys + slot * Self.keyCapacity, base, n) else { return nil }
        counters[0] &+= 1
        counters[1] &+= 1
        return values[slot]
    }

    /// `read(cell)`, or what it gave for the same bytes before, by memo `memo` (0..<count).
    /// Problems pass through unremembered.
    @inlinable @inline(__always)
    public func value<E: Error>(_ memo: Int, _ cell: Cell, _ read: (Cell) throws(E) -> Value) throws(E) -> Value {
        precondition(memo >= 0 && memo < count, "a memo of this set")
        let n = cell.count
        let counters = self.counters + 3 * memo
        guard counters[2] != 0, n <= Self.keyCapacity, let base = cell.bytes.baseAddress else { return try read(cell) }
        let slot = memo * Self.slotCount + Self.slot(base, n)
        let key = keys + slot * Self.keyCapacity
        counters[0] &+= 1
        if lengths[slot] == n, Self.same(key, base, n) {
            counters[1] &+= 1
            return values[slot]
        }
        let value = try read(cell)
        if counters[0] >= Self.sampleSize, counters[1] < counters[0] / 2 { counters[2] = 0 }
        if lengths[slot] >= 0 {
            values[slot] = value
        } else {
            (values + slot).initialize(to: value)
        }
        key.update(from: base, count: n)
        lengths[slot] = n
        return value
    }

    /// A multiplicative hash of the length and the first and last eight bytes (four bytes of a
    /// cell of four to seven, every byte of a shorter one), top bits taken.
    @inlinable @inline(__always)
    static func slot(_ base: UnsafePointer<UInt8>, _ n: Int) -> Int {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(truncatingIfNeeded: n) &* k
        let raw = UnsafeRawPointer(base)
        if n >= 8 {
            h = (h ^ raw.loadUnaligned(as: UInt64.self)) &* k
            h = (h ^ raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) &* k
        } else if n >= 4 {
            let first = UInt64(raw.loadUnaligned(as: UInt32.self))
            let last = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            h = (h ^ (first | last << 32)) &* k
        } else {
            var index = 0
            while index < n {
                h = (h ^ UInt64(base[index])) &* k
                index += 1
            }
        }
        return Int(truncatingIfNeeded: h >> 56) & (slotCount - 1)
    }

    /// Whether the `n` bytes at `key` and `base` are the same: a key of up to sixteen bytes (most
    /// cells) compared as two overlapping words where it lies, a longer one by `memcmp`.
    @inlinable @inline(__always)
    static func same(_ key: UnsafePointer<UInt8>, _ base: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let (a, b) = (UnsafeRawPointer(key), UnsafeRawPointer(base))
        if n >= 8 && n <= 16 {
            return a.loadUnaligned(as: UInt64.self) == b.loadUnaligned(as: UInt64.self)
                && a.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                    == b.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        }
        if n >= 4 && n < 8 {
            return a.loadUnaligned(as: UInt32.self) == b.loadUnaligned(as: UInt32.self)
                && a.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
                    == b.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
        }
        return n == 0 || memcmp(key, base, n) == 0
    }
}
