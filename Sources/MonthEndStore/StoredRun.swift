import MonthEndCore

/// A run as `monthend history` and `monthend close` read it back.
public struct StoredRun: Sendable, Hashable {
    public var id: Int64
    public var period: Period
    public var asOf: LocalDate
    public var recordedAt: Int64
    public var workbookPath: String
    public var workbookSHA256: String
    public var inputCount: Int
    public var openItemCount: Int
}

/// One line of `monthend history`: a run or a close or reopen, in the order they were recorded.
public enum HistoryEntry: Sendable, Hashable {
    case run(StoredRun)
    case event(PeriodEvent)

    public var at: Int64 {
        switch self {
        case .run(let run): return run.recordedAt
        case .event(let event): return event.at
        }
    }
}
