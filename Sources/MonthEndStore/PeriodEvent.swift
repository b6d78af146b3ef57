import MonthEndCore

/// A close or a reopen of a period.
public struct PeriodEvent: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable {
        case close
        case reopen
    }

    public var period: Period
    public var action: Action
    public var at: Int64
    public var who: String
    public var workbookPath: String?
    public var workbookSHA256: String?
    public var reason: String?

    public init(
        period: Period, action: Action, at: Int64, who: String, workbookPath: String? = nil,
        workbookSHA256: String? = nil, reason: String? = nil
    ) {
        self.period = period
        self.action = action
        self.at = at
        self.who = who
        self.workbookPath = workbookPath
        self.workbookSHA256 = workbookSHA256
        self.reason = reason
    }
}
