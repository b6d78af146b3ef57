import Foundation
import Testing
@testable import MonthEndImport

@Suite struct ZZProfile {
    @Test func profile() throws {
        let folder = SampleMonthTests.folder
        let table = try SynonymTable.builtIn()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
            let r = try CSVFileReader(path: folder + "/" + name)
            var records: [CSVRecord] = []
            while let rec = try r.next() { records.append(rec) }
            let t = Date()
            for _ in 0..<5 { _ = try FileMapper.map(records, table: table, facts: .init(path: name)) }
            print("map", name, records.count, Date().timeIntervalSince(t) / 5)
        }
    }
}
