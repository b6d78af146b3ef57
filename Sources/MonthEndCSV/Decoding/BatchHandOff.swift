import Foundation
import MonthEndCore

/// The bounded hand-off between the decoding thread and the reader: three record batches circulate
/// (free -> filled by the decoding thread -> read by the mapper -> free), so at most two tokenized
/// chunks wait ahead of the one being read and memory stays flat whatever the file's size.
///
/// Every field is guarded by `condition`; the class is Sendable because nothing is touched without it.
final class BatchHandOff: @unchecked Sendable {
    /// What the decoding thread hands over, in file order. Only `.delimiter` and `.batch` may be followed by more.
    enum Item {
        /// The delimiter, sniffed from the first chunks (or given): it comes before any batch.
        case delimiter(UInt8)
        /// Records in batch `index`.
        case batch(index: Int)
        /// The whole file was read, hashed and decoded.
        case end(DecodingPipeline.Facts)
        /// A fault of the file the sequential reader finds in its first pass (undecodable UTF-8, an
        /// empty file, a read error): it comes before anything the records would have shown.
        case surveyFailure(MonthEndError)
        /// A fault the sequential reader's decoder meets where the records reach it.
        case decodeFailure(MonthEndError)
        /// The file is GB18030 after all (a byte that is not UTF-8 past batches handed over as
        /// UTF-8): whatever was read from this pipeline must be read again.
        case restart
    }

    static let batchCount = 3

    private let condition = NSCondition()
    private let batches: [RecordBatch]
    private var free: [Int]
    private var items: [Item] = []
    private var cancelled = false

    init() {
        batches = (0..<Self.batchCount).map { _ in RecordBatch() }
        free = Array(0..<Self.batchCount)
    }

    // MARK: Decoding thread

    /// Waits for a free batch; nil once the reader has gone.
    func takeFreeBatch() -> (index: Int, batch: RecordBatch)? {
        condition.lock()
        defer { condition.unlock() }
        while free.isEmpty && !cancelled { condition.wait() }
        if cancelled { return nil }
        let index = free.removeLast()
        return (index, batches[index])
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

    /// The next item, waiting for it; a batch stays the reader's until `release(index)`.
    func next() -> (item: Item, batch: RecordBatch?) {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty { condition.wait() }
        let item = items.removeFirst()
        if case .batch(let index) = item { return (item, batches[index]) }
        return (item, nil)
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
