import Foundation

/// The bounded hand-off between the decoding thread and the reader: three chunk buffers circulate
/// (free -> filled by the decoding thread -> read by the tokenizer -> free), so at most two decoded
/// chunks wait ahead of the one being read and memory stays flat whatever the file's size.
///
/// Every field is guarded by `condition`; the class is Sendable because nothing is touched without it.
final class ChunkHandOff: @unchecked Sendable {
    /// What the decoding thread hands over, in file order. Only `.chunk` may be followed by more.
    enum Item {
        /// Decoded UTF-8 in buffer `index`, `count` bytes long.
        case chunk(index: Int, count: Int)
        /// The whole file was read, hashed and decoded.
        case end(DecodingPipeline.Facts)
        /// A fault of the file the sequential reader finds in its first pass (undecodable UTF-8, an
        /// empty file, a read error): it comes before anything the records would have shown.
        case surveyFailure(MonthEndError)
        /// A fault the sequential reader's decoder meets where the records reach it.
        case decodeFailure(MonthEndError)
        /// The file is GB18030 after all (a byte that is not UTF-8 past decoded chunks handed over as
        /// UTF-8): whatever was read from this pipeline must be read again.
        case restart
    }

    static let bufferCount = 3

    private let condition = NSCondition()
    private var buffers: [UnsafeMutableBufferPointer<UInt8>]
    private var free: [Int]
    private var items: [Item] = []
    private var cancelled = false

    init() {
        buffers = Array(repeating: UnsafeMutableBufferPointer(start: nil, count: 0), count: Self.bufferCount)
        free = Array(0..<Self.bufferCount)
    }

    deinit {
        for buffer in buffers { buffer.deallocate() }
    }

    // MARK: Decoding thread

    /// Waits for a free buffer of at least `capacity` bytes; nil once the reader has gone.
    func takeFreeBuffer(capacity: Int) -> (index: Int, buffer: UnsafeMutableBufferPointer<UInt8>)? {
        condition.lock()
        defer { condition.unlock() }
        while free.isEmpty && !cancelled { condition.wait() }
        if cancelled { return nil }
        let index = free.removeLast()
        if buffers[index].count < capacity {
            buffers[index].deallocate()
            buffers[index] = .allocate(capacity: capacity)
        }
        return (index, buffers[index])
    }

    func publish(_ item: Item) {
        condition.lock()
        items.append(item)
        condition.broadcast()
        condition.unlock()
    }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    // MARK: Reader

    /// The next item, waiting for it; a chunk's bytes stay valid until `release(index)`.
    func next() -> (item: Item, bytes: UnsafeBufferPointer<UInt8>) {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty { condition.wait() }
        let item = items.removeFirst()
        if case .chunk(let index, let count) = item {
            return (item, UnsafeBufferPointer(start: buffers[index].baseAddress, count: count))
        }
        return (item, UnsafeBufferPointer(start: nil, count: 0))
    }

    func release(_ index: Int) {
        condition.lock()
        free.append(index)
        condition.broadcast()
        condition.unlock()
    }

    /// The reader has gone: the decoding thread stops at its next hand-off.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
