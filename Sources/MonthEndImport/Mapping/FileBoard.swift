import Foundation

/// The files of a run handed out to the threads that read them, and what each gave, by file index.
/// Every file is read even when one fails, so a run reports every file it cannot read at once.
/// Every field is guarded by `lock`.
final class FileBoard: @unchecked Sendable {
    typealias Outcome = Result<(InputFileReport, MonthInputs, StockRegistry), any Error>

    private let lock = NSLock()
    private var order: [Int]
    private var next = 0
    private var results: [Outcome?]

    /// `order`: the file indices in the order to start them.
    init(order: [Int], count: Int) {
        self.order = order
        results = Array(repeating: nil, count: count)
    }

    /// The next file to read, or nil when every file is taken.
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < order.count else { return nil }
        next += 1
        return order[next - 1]
    }

    func put(_ outcome: Outcome, at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        results[index] = outcome
    }

    /// Every file's outcome in file order (called once every file is read).
    func outcomes() -> [Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return results.compactMap { $0 }
    }
}
