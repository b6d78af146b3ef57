import Foundation
import Testing

@testable import MonthEndImport

/// `Importer.run` reads two files at a time through the decoding thread; what it gives must be
/// what reading the files one after another through the sequential reader gives.
@Suite struct ConcurrentRunTests {
    /// The files of `folder` mapped one after another, sequentially, with one stock registry.
    static func sequentialRun(_ importer: Importer, folder: String) throws -> MonthInputs {
        let (files, _) = try importer.inputFiles([folder])
        var inputs = MonthInputs()
        let registry = StockRegistry()
        for (index, file) in files.enumerated() {
            let (report, records) = try importer.mapFile(
                file, index: index, kind: nil, registry: registry, threaded: false)
            inputs.files.append(report)
            inputs.billLines += records.billLines
            inputs.slips += records.slips
            inputs.rateCards += records.rateCards
            inputs.invoices += records.invoices
            inputs.payments += records.payments
            inputs.customers += records.customers
            inputs.stockRows += records.stockRows
            inputs.orders += records.orders
        }
        return inputs
    }

    static func expectSame(_ one: MonthInputs, _ other: MonthInputs) {
        #expect(one.files == other.files)
        #expect(one.billLines == other.billLines)
        #expect(one.slips == other.slips)
        #expect(one.rateCards == other.rateCards)
        #expect(one.invoices == other.invoices)
        #expect(one.payments == other.payments)
        #expect(one.customers == other.customers)
        #expect(one.stockRows == other.stockRows)
        #expect(one.orders == other.orders)
    }

    @Test func theSampleMonthReadsAsItDoesOneFileAtATime() throws {
        let importer = Importer(synonyms: MappingFixture.table)
        let expected = try Self.sequentialRun(importer, folder: SampleMonthTests.folder)
        #expect(expected.files.count == 9)
        #expect(expected.slips.count == 150)
        #expect(expected.billLines.count == 86 + 62)
        for _ in 0..<3 {
            Self.expectSame(try importer.run(paths: [SampleMonthTests.folder]).inputs, expected)
        }
    }

    @Test func everySampleFileMapsTheSameThreadedAtEveryChunkSize() throws {
        let importer = Importer(synonyms: MappingFixture.table)
        let (files, _) = try importer.inputFiles([SampleMonthTests.folder])
        for (index, file) in files.enumerated() {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
            let (report, records) = try importer.mapFile(
                source: .memory(bytes), path: file, index: index, kind: nil, registry: StockRegistry(),
                chunkSize: 1 << 20, threaded: false)
            for chunkSize in [7, 64, 4096, 1 << 20] {
                let (threadedReport, threadedRecords) = try importer.mapFile(
                    source: .memory(bytes), path: file, index: index, kind: nil, registry: StockRegistry(),
                    chunkSize: chunkSize, threaded: true)
                #expect(threadedReport == report, "\(file) chunk size \(chunkSize)")
                Self.expectSame(threadedRecords, records)
            }
        }
    }

    @Test func aStockItemRepeatedInALaterFileIsRejectedNamingTheFirst() throws {
        // The same count twice: every item of the second file repeats one of the first.
        let stock = (SampleMonthTests.folder as NSString).appendingPathComponent("线材胶带盘点表2026年10月.txt")
        let folder = try ImporterTests.folder(["c.csv": ImporterTests.bill])
        for name in ["a-stock.txt", "b-stock.txt"] {
            try FileManager.default.copyItem(atPath: stock, toPath: (folder as NSString).appendingPathComponent(name))
        }
        let importer = Importer(synonyms: MappingFixture.table)
        let expected = try Self.sequentialRun(importer, folder: folder)
        let got = try importer.run(paths: [folder]).inputs
        Self.expectSame(got, expected)
        #expect(got.files[0].accepted > 0)
        #expect(got.files[1].rejected == got.files[0].accepted + got.files[0].rejected)
        #expect(got.files[1].accepted == 0)
        #expect(got.files[1].rejections.contains { $0.reason.contains("a-stock.txt") })
    }

    @Test func theRunReadsEveryFileAndNamesEveryFileItCannotRead() throws {
        // b.csv and d.csv have no header; a.csv and c.csv are fine: one error names both, in file order.
        let folder = try ImporterTests.folder([
            "a.csv": ImporterTests.bill, "b.csv": "x,y\n1,2\n", "c.csv": ImporterTests.orders, "d.csv": "p,q\n",
        ])
        let importer = Importer(synonyms: MappingFixture.table)
        let error = MappingFixture.error { _ = try importer.run(paths: [folder]) }
        #expect(error?.code == .noHeader)
        #expect(error?.path?.hasSuffix("b.csv") == true)
        #expect(error?.alsoFailed.map { ($0.path as NSString?)?.lastPathComponent } == ["d.csv"])
        #expect(error?.description.hasSuffix("error: 2 files could not be read; nothing was written") == true)
    }
}
