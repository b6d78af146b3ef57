import MonthEndCore

/// `monthend run`: read, reconcile, write. Nothing is written unless every stage succeeds.
public enum MonthEndRunner {
    public static func run(_ request: RunRequest, reporter: RunReporter) throws -> RunOutcome {
        throw MonthEndError(.usage, "the run pipeline is being assembled")
    }
}

/// `monthend inspect`.
public enum MonthEndInspector {
    public static func inspect(paths: [String], configPath: String?, rejectedRowsShown: Int) throws -> String {
        throw MonthEndError(.usage, "inspect is being assembled")
    }
}
