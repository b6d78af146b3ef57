import Foundation

/// The bounded hand-off between a sheet's parse thread and the thread reading its rows: at most
/// `limit` batches wait, so memory stays flat whatever the sheet's size; read batches come back
/// to be filled again, keeping their storage.
///
/// Every field is guarded by `condition`; the class is Sendable because nothing is touched without it.
final class RowsHandOff: @unchecked Sendable {
    /// How the parse thread ended.
    struct End {
        enum Outcome {
            /// The whole part was read and checked.
            case complete
            /// The reader cancelled before the end.
            case stopped
            /// The part is damaged (or its XML malformed) after the rows already handed over.
            case failed(XLSXReadError)
        }
        var outcome: Outcome
        var mergedRanges: [CellRange]
        var dimension: CellRange?
    }

    enum Item {
        case rows(CapturedRows)
        /// The last item: nothing follows, and the parse thread touches nothing of the reader's.
        case end(End)
    }

    private let limit = 2
    private let condition = NSCondition()
    private var items: [Item] = []
    private var spare: [CapturedRows] = []
    private var cancelled = false

    // MARK: Parse thread

    /// Hands a full batch over, waiting while `limit` batches wait already; returns an empty one to
    /// fill next, or nil once the reader has cancelled.
    func publish(_ batch: CapturedRows) -> CapturedRows? {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= limit && !cancelled { condition.wait() }
        if cancelled { return nil }
        items.append(.rows(batch))
        condition.broadcast()
        return spare.popLast() ?? CapturedRows()
    }

    func finish(_ end: End) {
        condition.withLock {
            items.append(.end(end))
            condition.broadcast()
        }
    }

    // MARK: Reading thread

    /// The next item, waiting for it.
    func next() -> Item {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty { condition.wait() }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// A batch read through, for the parse thread to fill again.
    func recycle(_ batch: CapturedRows) {
        batch.storage.removeAll()
        condition.withLock { spare.append(batch) }
    }

    /// The reader wants no more rows: the parse thread stops at its next hand-off.
    func cancel() {
        condition.withLock {
            cancelled = true
            condition.broadcast()
        }
    }
}
