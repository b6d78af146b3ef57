/// The pending record's field offsets, start and end interleaved: a growable buffer of Ints with
/// one capacity check per field, where two `Array.append`s would check uniqueness and capacity twice.
final class FieldSpans {
    private(set) var base: UnsafeMutablePointer<Int>
    /// Ints stored (twice the number of fields).
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 128) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// Adds one field's start and end.
    @inline(__always)
    func append(_ start: Int, _ end: Int) {
        if count + 2 > capacity { grow() }
        base[count] = start
        base[count + 1] = end
        count += 2
    }

    /// Adds the spans of `other`, each moved by `offset`, with one capacity check.
    @inline(__always)
    func append(contentsOf other: UnsafeBufferPointer<Int>, offsetBy offset: Int) {
        let added = other.count
        guard added > 0, let source = other.baseAddress else { return }
        while count + added > capacity { grow() }
        let target = base + count
        if offset == 0 {
            target.update(from: source, count: added)
        } else {
            for index in 0..<added { target[index] = source[index] + offset }
        }
        count += added
    }

    @inline(__always)
    subscript(index: Int) -> Int {
        get { base[index] }
        set { base[index] = newValue }
    }

    func removeAll() { count = 0 }

    var buffer: UnsafeBufferPointer<Int> { UnsafeBufferPointer(start: base, count: count) }

    private func grow() {
        let newCapacity = capacity * 2
        let grown = UnsafeMutablePointer<Int>.allocate(capacity: newCapacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
