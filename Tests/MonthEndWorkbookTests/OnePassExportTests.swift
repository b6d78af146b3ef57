import Foundation
import Testing

@testable import MonthEndWorkbook

/// The biggest generated sheet measured as it is written (`OnePassExport`) gives the workbook of
/// the placement followed by the writer, and builds each of its rows once.
@Suite struct OnePassExportTests {
    static let epoch = WorkbookExporterTests.epoch

    /// The fixture month with a small row limit and text limit, so the streamed sheet is split into
    /// parts and texts are cut (their notes on the rejected-rows sheet): every value, stored result,
    /// format, width, filter, rule and chart of every sheet reads back as the two-pass write's.
    @Test func onePassReadsBackAsPlacementThenWrite() throws {
        let labels = try Fixtures.labels("zh")
        let model = WorkbookLayout(labels: labels).model(for: Fixtures.report())
        let placement = WorkbookPlacement(rowLimit: 16, textLimit: 6, cutReason: labels["cut_reason"])
        let onePass = try #require(OnePassExport(model, placement: placement, above: 1))
        // The fixture's biggest generated sheet is the dunning plan (the courier sheet in a big month).
        let streamed = model.sheets[onePass.streamed]
        #expect(streamed.id == .dunning)
        #expect(placement.partRanges(streamed).count > 1, "\(streamed.rows.count) rows")
        let laterIDs = Set(onePass.later.map { model.sheets[$0].id })
        #expect(laterIDs.isSuperset(of: [.summary, .rejectedRows, .sources]))
        #expect(!laterIDs.contains(.receivables))
        #expect(OnePassExport(model, placement: placement, above: Int.max) == nil)

        let path = WorkbookCheck.temporaryPath("one-pass.xlsx")
        let reference = WorkbookCheck.temporaryPath("two-pass.xlsx")
        defer {
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: reference)
        }
        try onePass.write(to: path, createdEpochSeconds: Self.epoch, progress: nil)
        try WorkbookExporter.write(
            placement.place(model), to: reference, createdEpochSeconds: Self.epoch, constantMemory: true,
            concurrentAbove: Int.max)
        let read = try WorkbookCheck.read(path)
        #expect((read["sheets"] as? [String])?.contains(streamed.name + " (2)") == true)
        // The notes of texts cut in the streamed rows, on the rejected-rows sheet and its parts.
        let rejectedParts = (read["sheets"] as? [String] ?? []).filter { $0.hasPrefix(labels.sheetName(.rejectedRows)) }
        let notes = try rejectedParts.flatMap { name in
            (try WorkbookExporterTests.sheet(read, name)["rows"] as? [[Any]] ?? []).filter {
                ($0.first as? String) == streamed.name
            }
        }
        #expect(!notes.isEmpty)
        #expect(read as NSDictionary == (try WorkbookCheck.read(reference)) as NSDictionary)
    }

    /// Through the exporter's own choice (thresholds lowered): the same workbook as without one pass.
    @Test func exporterChoosesOnePassAndWritesTheSameValues() throws {
        let labels = try Fixtures.labels("zh")
        var reads: [NSDictionary] = []
        for concurrentAbove in [1, Int.max] {
            let path = WorkbookCheck.temporaryPath("choice-\(concurrentAbove).xlsx")
            defer { try? FileManager.default.removeItem(atPath: path) }
            try WorkbookExporter.write(
                Fixtures.report(), labels: labels, to: path, createdEpochSeconds: Self.epoch, constantMemoryAbove: 0,
                concurrentAbove: concurrentAbove)
            reads.append(try WorkbookCheck.read(path) as NSDictionary)
        }
        #expect(reads[0] == reads[1])
    }

    /// The streamed sheet's generator runs once per row (the two-pass write builds each row twice),
    /// and the workbook reads back as the same rows held, placed and written.
    @Test func streamedRowsAreBuiltOnce() throws {
        let counter = GeneratedRowsTests.CallCounter()
        let rows = SheetRows(count: GeneratedRowsTests.rowCount) { i in
            counter.tick()
            return GeneratedRowsTests.row(i)
        }
        let model = GeneratedRowsTests.model(rows)
        let placement = GeneratedRowsTests.placement
        let onePass = try #require(OnePassExport(model, placement: placement, above: 1))
        #expect(onePass.later == [0, 2])
        let path = WorkbookCheck.temporaryPath("once.xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try onePass.write(to: path, createdEpochSeconds: Self.epoch, progress: nil)
        #expect(counter.count == GeneratedRowsTests.rowCount)

        let held = GeneratedRowsTests.model(SheetRows((0..<GeneratedRowsTests.rowCount).map(GeneratedRowsTests.row)))
        let reference = WorkbookCheck.temporaryPath("held.xlsx")
        defer { try? FileManager.default.removeItem(atPath: reference) }
        try WorkbookExporter.write(
            placement.place(held), to: reference, createdEpochSeconds: Self.epoch, constantMemory: true)
        #expect(try WorkbookCheck.read(path) as NSDictionary == (try WorkbookCheck.read(reference)) as NSDictionary)
    }
}
