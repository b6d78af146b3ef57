import MonthEndCore

/// Errors of the command-line use cases that are not about an input file.
public enum MonthEndAppError {
    public static func exists(_ path: String) -> MonthEndError {
        MonthEndError(.writeFailed, "the file exists already", path: path, hint: "pass --force to replace it, or choose another name")
    }
}
