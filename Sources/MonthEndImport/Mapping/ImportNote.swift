/// Something the user should know about a run's inputs that is not an error: a file left out of
/// a folder (an .xlsx, a PDF, a hidden file), a kind named for a file that was not read.
public struct ImportNote: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: note: message`, as a compiler prints notes.
    public var description: String { "\(path): note: \(message)" }
}

/// What a run read: every accepted record and a report per file, plus the notes.
public struct ImportResult: Sendable {
    public var inputs: MonthInputs
    public var notes: [ImportNote]

    public init(inputs: MonthInputs, notes: [ImportNote]) {
        self.inputs = inputs
        self.notes = notes
    }
}

/// What `monthend inspect` shows of one file.
public struct FileInspection: Sendable {
    /// Encoding, delimiter, header line, kind, column mapping, counts, rejections and skips.
    public var report: InputFileReport
    /// How the kind was decided: detected from the header, or named by the user.
    public var kindWasNamed: Bool

    /// The first `limit` rejected rows, in line order.
    public func firstRejections(_ limit: Int = 10) -> [RowRejection] { Array(report.rejections.prefix(limit)) }

    /// Skipped rows per reason, in the order of `SkipReason.allCases`.
    public var skipCounts: [(reason: SkipReason, count: Int)] {
        SkipReason.allCases.compactMap { reason in
            let count = report.skips.filter { $0.reason == reason }.count
            return count == 0 ? nil : (reason, count)
        }
    }
}
