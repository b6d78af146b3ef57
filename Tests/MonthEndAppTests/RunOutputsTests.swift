import Foundation
import MonthEndCore
import MonthEndImport
import Testing

@testable import MonthEndApp

/// The dispute statements are written beside the workbook (a few disputed lines) or after it (many):
/// either way the same files with the same bytes.
@Suite struct RunOutputsTests {
    @Test func statementsBesideOrAfterTheWorkbookAreTheSame() throws {
        let fixtures = MonthEndCLI.packageRoot.appendingPathComponent("Fixtures/2026-10").path
        let period = try #require(Period("2026-10"))
        var importer = try Importer()
        importer.context = ImportContext(
            period: period, courierNames: try Templates.couriers(folders: []).aliases.canonicalNames)
        let inputs = try importer.run(paths: [fixtures]).inputs
        let labels = try Templates.labels(.zh)
        var written: [[String: Data]] = []
        for concurrentStatementLines in [Int.max, 0] {
            let folder = try MonthEndCLI.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let request = RunRequest(
                period: period, outputPath: folder.appendingPathComponent("m.xlsx").path, paths: [fixtures],
                createdEpochSeconds: 1_793_404_800)
            let report = try MonthEndRunner.reconcile(inputs, request: request, settings: Settings())
            #expect(RunOutputs.disputedLines(report) > 0)
            let statements = try RunOutputs.write(
                report, summaryJSON: "{}", labels: labels, request: request, store: nil,
                concurrentStatementLines: concurrentStatementLines)
            #expect(statements.count == 2)
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
            }
            written.append(files)
        }
        #expect(
            written[0].keys.sorted() == [
                "m.xlsx", "快递对账异议单-中通-ZT8800123-2026-10.xlsx", "快递对账异议单-顺丰-0201234567-2026-10.xlsx",
            ])
        #expect(written[0] == written[1])
    }
}
