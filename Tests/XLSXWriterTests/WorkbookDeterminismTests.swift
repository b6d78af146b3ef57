import Foundation
import Testing

@testable import XLSXWriter

/// Same content and the same created time give the same bytes (libxlsxwriter 1.1.4 stamps zip entries
/// with a fixed date, so the creation time in docProps/core.xml is the only clock in the file).
@Suite("Deterministic output")
struct WorkbookDeterminismTests {
    @Test(arguments: [false, true])
    func sameContentSameBytes(constantMemory: Bool) throws {
        let folder = try TemporaryFolder()
        let options = Workbook.Options(constantMemory: constantMemory, tmpdir: folder.url.path)
        let a = folder.file("a.xlsx")
        let b = folder.file("b.xlsx")
        try WorkbookFeatureTests.writeSample(to: a.path, options: options)
        try WorkbookFeatureTests.writeSample(to: b.path, options: options)
        let bytesA = try Data(contentsOf: a)
        let bytesB = try Data(contentsOf: b)
        #expect(bytesA.count > 5_000)
        #expect(bytesA == bytesB)
    }

    @Test func differentCreatedTimeDiffers() throws {
        let folder = try TemporaryFolder()
        var files: [Data] = []
        for created in [Int64(1_793_521_800), 1_793_521_801] {
            let file = folder.file("t\(created).xlsx")
            var wb = try Workbook(path: file.path)
            let sheet = try wb.addWorksheet("Data")
            try wb.writeNumber(1, sheet: sheet, row: 0, column: 0)
            try wb.setProperties(DocumentProperties(created: created))
            try wb.close()
            files.append(try Data(contentsOf: file))
        }
        #expect(files[0] != files[1])
    }
}
