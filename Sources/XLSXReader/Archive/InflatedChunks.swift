import Foundation

/// A part's inflated bytes on their way from the inflate thread to the parse thread, which reads
/// them as a stream (`read(into:count:)`, libxml2's read callback). At most `limit` chunks of
/// 64 KB wait, so memory stays flat; the inflate thread's outcome comes with the end.
///
/// The queue is guarded by `condition`; the chunk being read belongs to the parse thread alone.
final class InflatedChunks: @unchecked Sendable {
    private let limit = 4
    private let condition = NSCondition()
    private var queue: [Data] = []
    private var ended = false
    private var cancelled = false
    /// Why the inflate thread ended early (a damaged entry), if it did.
    private var failure: XLSXReadError?

    // The parse thread's chunk and how far it has read it.
    private var current = Data()
    private var offset = 0

    // MARK: Inflate thread

    /// Queues a chunk, waiting while `limit` wait already; false once the parse thread has gone.
    func put(_ chunk: Data) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= limit && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        queue.append(chunk)
        condition.broadcast()
        return true
    }

    /// No chunk follows; `failure` says why when the part could not be inflated whole.
    func end(failure: XLSXReadError?) {
        condition.withLock {
            ended = true
            self.failure = failure
            condition.broadcast()
        }
    }

    // MARK: Parse thread

    /// Copies up to `count` bytes into `buffer`, waiting for the next chunk when needed; 0 at the end.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        if offset == current.count {
            condition.lock()
            while queue.isEmpty && !ended && !cancelled { condition.wait() }
            if queue.isEmpty {
                condition.unlock()
                return 0
            }
            current = queue.removeFirst()
            condition.broadcast()
            condition.unlock()
            offset = 0
        }
        let taken = min(count, current.count - offset)
        current.withUnsafeBytes { bytes in
            buffer.copyMemory(from: bytes.baseAddress! + offset, byteCount: taken)
        }
        offset += taken
        return taken
    }

    /// Stops the inflate thread (if still running), waits for its end and returns its failure.
    func close() -> XLSXReadError? {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
        while !ended { condition.wait() }
        queue.removeAll()
        return failure
    }
}
