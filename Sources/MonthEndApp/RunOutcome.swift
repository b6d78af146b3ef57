import MonthEndCore

/// Where `monthend run` sends what people read while it works: progress (shown on a terminal
/// only) and warnings (always, on standard error), the warnings already in `text`'s language.
public struct RunReporter: Sendable {
    public var progress: @Sendable (RunProgress) -> Void
    public var warning: @Sendable (String) -> Void
    public var text: TerminalText

    public init(
        text: TerminalText = .english, progress: @escaping @Sendable (RunProgress) -> Void = { _ in },
        warning: @escaping @Sendable (String) -> Void
    ) {
        self.text = text
        self.progress = progress
        self.warning = warning
    }

    public static let silent = RunReporter(warning: { _ in })
}

/// What a completed run wrote.
public struct RunOutcome: Sendable {
    public var workbookPath: String
    public var summaryJSON: String
    public var inputs: [InputFileReport]
    /// One line per area of what it found, for the terminal.
    public var digest: [String]
    /// The dispute statements written beside the workbook, one per courier account with disputes.
    public var disputeStatements: [String] = []
}
