import Foundation
import MonthEndCSV

/// The SHA-256 of a workbook file, computed on a thread of its own while the sheet is read (the
/// CSV path hashes on its decoding thread the same way): the read does not wait for it, and the
/// report takes it once every row has been lent.
final class BackgroundDigest: @unchecked Sendable {
    /// Guards `result`.
    private let condition = NSCondition()
    private var result: Result<String, any Error>?

    init(path: String) {
        Thread { [self] in
            let outcome = Result { try FileDigest.sha256(path: path) }
            condition.withLock {
                result = outcome
                condition.broadcast()
            }
        }.start()
    }

    /// The digest, waiting for it; what hashing the file threw.
    func value() throws -> String {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return try result!.get()
    }
}
