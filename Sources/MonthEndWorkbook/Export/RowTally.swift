import Foundation

/// Data rows written so far, counted from the threads that write sheets, and told to whoever shows
/// progress (`WorkbookExporter.Progress`).
final class RowTally: @unchecked Sendable {
    /// Rows are counted in blocks: one lock per block, not per row.
    static let block = 4096

    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: WorkbookExporter.Progress

    init(total: Int, report: @escaping WorkbookExporter.Progress) {
        self.total = total
        self.report = report
    }

    func add(_ rows: Int) {
        guard rows > 0 else { return }
        lock.lock()
        done += rows
        let now = done
        lock.unlock()
        report(now, total)
    }

    /// After row `index` (0-based) of a sheet: a block is complete every `block` rows.
    func rowWritten(_ index: Int) {
        if (index + 1) % Self.block == 0 { add(Self.block) }
    }

    /// After the last row of a sheet of `count` rows: the incomplete block.
    func sheetWritten(rows count: Int) { add(count % Self.block) }
}
