import TestSupport

@testable import MonthEndCSV
@testable import MonthEndImport

/// Builds in-memory records (one physical line each, numbered from `firstLine`) and maps them.
enum MappingFixture {
    /// The `MonthEndError` that `body` throws; nil when it throws nothing or something else.
    static func error(_ body: () throws -> Void) -> MonthEndError? { thrownError(MonthEndError.self, body) }

    static let table: SynonymTable = {
        do { return try SynonymTable.builtIn() } catch { fatalError("built-in synonyms: \(error)") }
    }()

    static func records(_ rows: [[String]], firstLine: Int = 1) -> [CSVRecord] {
        rows.enumerated().map { CSVRecord(fields: $0.element, line: firstLine + $0.offset) }
    }

    static func map(
        _ rows: [[String]], kind: FileKind? = nil, path: String = "t.csv", fileIndex: Int = 0,
        registry: StockRegistry = StockRegistry()
    ) throws -> (report: InputFileReport, inputs: MonthInputs) {
        try FileMapper.map(
            records(rows), table: table, facts: .init(path: path, fileIndex: fileIndex), kindOverride: kind,
            stockRegistry: registry)
    }

    /// "line:column: reason" of every rejection.
    static func rejections(_ report: InputFileReport) -> [String] {
        report.rejections.map { "\($0.line):\($0.column): \($0.reason)" }
    }

    static func skips(_ report: InputFileReport) -> [String] {
        report.skips.map { "\($0.line): \($0.reason.rawValue)" }
    }

    static func mapping(_ headers: [String], _ kind: FileKind) -> HeaderMapping {
        HeaderMapping(headers: headers, spec: table.kinds[kind]!, table: table)
    }

    /// Field name per column ("-" for none), for compact assertions.
    static func fields(_ headers: [String], _ kind: FileKind) -> [String] {
        mapping(headers, kind).columnMappings.map { $0.field ?? "-" }
    }
}

extension SourceLocation {
    static func at(_ line: Int, file: Int = 0) -> SourceLocation { SourceLocation(fileIndex: file, line: line) }
}
