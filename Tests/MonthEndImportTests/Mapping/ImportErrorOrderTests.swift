import Foundation
import Testing

@testable import MonthEndCSV
@testable import MonthEndImport

/// A file the mapper refuses and the decoder refuses too: the error reported is the one reading
/// the file alone, one pass after another, would report first.
@Suite("Import: which error a file reports")
struct ImportErrorOrderTests {
    @Test func theFirstPassErrorWinsOverTheMappersOwn() throws {
        // No header in the first 40 rows (the mapper's error), and damaged UTF-8 far below (the
        // sequential reader's first pass finds it before any row is mapped).
        var bytes = Array("说明,这是,一份,没有,表头,的,文件\n".utf8)
        for index in 0..<300 { bytes += Array("x\(index),y\n".utf8) }
        bytes += [0xC0, 0xAF, 0x0A]
        let importer = Importer(synonyms: MappingFixture.table)
        for chunkSize in [32, 1 << 20] {
            let errors = [false, true].map { threaded in
                MappingFixture.error {
                    _ = try importer.mapFile(
                        source: .memory(bytes), path: "junk.csv", index: 0, kind: nil, registry: StockRegistry(),
                        chunkSize: chunkSize, threaded: threaded)
                }
            }
            #expect(errors[0]?.code == .undecodable)
            #expect(errors[0]?.line == 302)
            #expect(errors[1] == errors[0], "chunk size \(chunkSize)")
        }
        // Without the bad byte the mapper's error stands.
        let clean = Array(bytes.dropLast(3))
        let noHeader = MappingFixture.error {
            _ = try importer.mapFile(
                source: .memory(clean), path: "junk.csv", index: 0, kind: nil, registry: StockRegistry(),
                chunkSize: 32, threaded: true)
        }
        #expect(noHeader?.code == .noHeader)
    }
}
