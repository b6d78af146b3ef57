import MonthEndCore

/// Everything `monthend run` was asked to do, already checked for form by the command line.
public struct RunRequest: Sendable {
    public enum Language: String, Sendable, CaseIterable {
        case zh
        case en
    }

    public enum JSONDestination: Sendable, Equatable {
        case standardOutput
        case file(String)
    }

    public var period: Period
    public var asOf: LocalDate
    public var configPath: String?
    public var language: Language
    public var outputPath: String
    public var json: JSONDestination?
    /// Kinds named on the command line (`--kind invoices=FILE`), by path as given.
    public var kindOverrides: [String: FileKind]
    /// Columns named on the command line (`--map payments.direction=标志`), after the configuration's.
    public var columnMaps: [String]
    public var paths: [String]
    /// Where the store is (issue 16): beside the configuration by default, a path, or none.
    public enum StoreChoice: Sendable, Equatable {
        case automatic
        case path(String)
        case none
    }

    public var store: StoreChoice = .automatic
    /// `--sheet NAME`: the sheet read from every workbook input (else detection chooses).
    public var sheetName: String?
    /// Creation time stamped into the workbook: SOURCE_DATE_EPOCH when set, so re-runs give the same bytes.
    public var createdEpochSeconds: Int64

    public init(
        period: Period, asOf: LocalDate? = nil, configPath: String? = nil, language: Language = .zh,
        outputPath: String? = nil, json: JSONDestination? = nil, kindOverrides: [String: FileKind] = [:],
        columnMaps: [String] = [], paths: [String], createdEpochSeconds: Int64
    ) {
        self.period = period
        self.asOf = asOf ?? period.lastDay
        self.configPath = configPath
        self.language = language
        self.outputPath = outputPath ?? "monthend-\(period).xlsx"
        self.json = json
        self.kindOverrides = kindOverrides
        self.columnMaps = columnMaps
        self.paths = paths
        self.createdEpochSeconds = createdEpochSeconds
    }
}
