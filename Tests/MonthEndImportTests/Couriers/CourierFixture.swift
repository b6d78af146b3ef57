import Foundation

@testable import MonthEndCSV
@testable import MonthEndImport

/// Maps rows as a run of `period` would (dates without a year take its year), and finds the
/// real-shaped exports of Fixtures/real-exports.
enum CourierFixture {
    static let october = Period(year: 2026, month: 10)

    static func map(
        _ rows: [[String]], kind: FileKind? = nil, period: Period? = october, courierNames: [String] = []
    ) throws -> (report: InputFileReport, inputs: MonthInputs) {
        try FileMapper.map(
            MappingFixture.records(rows), table: MappingFixture.table, facts: .init(path: "t.csv"), kindOverride: kind,
            context: ImportContext(period: period, courierNames: courierNames))
    }

    /// Fixtures/real-exports/`name`.
    static func realExport(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/real-exports/" + name).path
    }

    /// One real export read alone as `monthend run --period 2026-10` reads it.
    static func read(_ name: String) throws -> MonthInputs {
        var importer = try Importer()
        importer.context = ImportContext(
            period: october, courierNames: ["顺丰", "中通", "圆通", "申通", "韵达", "极兔", "京东", "EMS", "百世", "中通快运"])
        return try importer.run(paths: [realExport(name)]).inputs
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: day)!
    }
}
