import Foundation

/// A running total added to from several threads (files are read two at a time).
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0

    /// Adds `amount` and returns the new total.
    func add(_ amount: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        total += amount
        return total
    }

    /// The bytes of `files` together, for the read phase's total; a file that cannot be sized counts 0.
    static func bytes(of files: [String]) -> Int {
        files.reduce(0) { sum, path in
            sum + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
    }
}
