import Foundation

/// The files of a run handed out to the threads that read them, and what each gave, by file index.
/// Once a file fails, files after it are not started: the run stops at the first failing file.
/// Every field is guarded by `lock`.
final class FileBoard: @unchecked Sendable {
    typealias Outcome = Result<(InputFileReport, MonthInputs, StockRegistry), any Error>

    private let lock = NSLock()
    private var order: [Int]
    private var next = 0
    private var results: [Outcome?]
    private var firstFailure = Int.max

    /// `order`: the file indices in the order to start them.
    init(order: [Int], count: Int) {
        self.order = order
        results = Array(repeating: nil, count: count)
    }

    /// The next file to read, or nil when there is none left worth reading.
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        while next < order.count {
            let index = order[next]
            next += 1
            if index < firstFailure { return index }
        }
        return nil
    }

    func put(_ outcome: Outcome, at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        results[index] = outcome
        if case .failure = outcome { firstFailure = min(firstFailure, index) }
    }

    /// Every file's outcome in file order, up to and including the first that failed.
    func outcomes() -> [Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return results.prefix { $0 != nil }.map { $0! }
    }
}
