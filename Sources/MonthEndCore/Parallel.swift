import Dispatch

/// Two independent jobs run at the same time, one on a worker thread and one on the caller's, so a
/// run uses both cores of the machine it is made for. Deterministic: each job's result is its own,
/// whatever the timing. Errors are rethrown after both jobs have finished (never leaving one running).
public enum Parallel {
    /// Runs `first` on a worker thread and `second` here; returns both results.
    public static func both<A: Sendable, B: Sendable, Failure: Error>(
        _ first: @escaping @Sendable () throws(Failure) -> A, _ second: () throws(Failure) -> B
    ) throws(Failure) -> (A, B) {
        let box = ResultBox<A, Failure>()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            box.result = Result { () throws(Failure) -> A in try first() }
        }
        let secondResult = Result { () throws(Failure) -> B in try second() }
        group.wait()
        // group.wait() orders the worker's write before this read.
        guard let firstResult = box.result else { preconditionFailure("the worker finished without a result") }
        return (try firstResult.get(), try secondResult.get())
    }
}

/// Holds the worker's result until the caller, after waiting on the group, takes it.
private final class ResultBox<Value, Failure: Error>: @unchecked Sendable {
    var result: Result<Value, Failure>?
}
