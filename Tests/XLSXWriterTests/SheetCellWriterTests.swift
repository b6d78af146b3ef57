import Dispatch
import Foundation
import Testing

@testable import XLSXWriter

/// A big sheet written from a worker thread while the owner writes another sheet: every cell reads
/// back exactly, and the file equals one written on a single thread.
@Suite("Cells written from another thread")
struct SheetCellWriterTests {
    static let money = CellFormat(numberFormat: "#,##0.00")
    static let date = CellFormat(numberFormat: "yyyy-mm-dd")
    static let bold = CellFormat(bold: true)
    static let rows = 3_000

    /// Writes "Big" (rows x 5 cells) through a `SheetCellWriter`, on a worker thread when
    /// `concurrently`, while "Small" is written through the workbook.
    static func write(to path: String, concurrently: Bool, tmpdir: String) throws {
        var wb = try Workbook(path: path, options: .init(constantMemory: true, tmpdir: tmpdir))
        let small = try wb.addWorksheet("Small")
        let big = try wb.addWorksheet("Big")
        try wb.writeText("header", sheet: big, row: 0, column: 0, format: bold)
        let writer = try wb.cellWriter(for: big, formats: [.plain, money, date, bold])
        let group = DispatchGroup()
        let failure = FailureBox()
        let job: @Sendable () -> Void = {
            do {
                for r in 1...rows {
                    try writer.writeText("单号\(r)", row: r, column: 0, format: 0)
                    try writer.writeNumber(Double(r) / 100, row: r, column: 1, format: 1)
                    try writer.writeDate(year: 2026, month: 10, day: r % 31 + 1, row: r, column: 2, format: 2)
                    try writer.writeFormula("B\(r + 1)*2", result: .number(Double(r) / 50), row: r, column: 3, format: 1)
                    if r % 2 == 0 { try writer.writeBlank(row: r, column: 4, format: 3) }
                }
            } catch { failure.error = error }
        }
        if concurrently {
            DispatchQueue.global().async(group: group, execute: job)
        } else {
            job()
        }
        for r in 0..<rows {
            try wb.writeText("行\(r)", sheet: small, row: r, column: 0)
            try wb.writeNumber(Double(r), sheet: small, row: r, column: 1, format: CellFormat(numberFormat: "0"))
        }
        group.wait()
        if let error = failure.error { throw error }
        try wb.writeText("total", sheet: big, row: rows + 1, column: 0, format: bold)
        try wb.setProperties(DocumentProperties(created: WorkbookFeatureTests.created))
        try wb.close()
    }

    @Test func concurrentCellsReadBackExactly() throws {
        let folder = try TemporaryFolder()
        let concurrent = folder.file("concurrent.xlsx")
        let single = folder.file("single.xlsx")
        try Self.write(to: concurrent.path, concurrently: true, tmpdir: folder.url.path)
        try Self.write(to: single.path, concurrently: false, tmpdir: folder.url.path)
        #expect(try Data(contentsOf: concurrent) == Data(contentsOf: single))

        let json = try OpenpyxlReader.read(concurrent)
        #expect(json["worksheets", "Big", "cells", "A1", "value"] as? String == "header")
        #expect(json["worksheets", "Big", "cells", "A1", "bold"] as? Bool == true)
        #expect(json["worksheets", "Big", "cells", "A3000", "value"] as? String == "单号2999")
        #expect(json["worksheets", "Big", "cells", "B3000", "value"] as? Double == 29.99)
        #expect(json["worksheets", "Big", "cells", "B3000", "number_format"] as? String == "#,##0.00")
        #expect(json["worksheets", "Big", "cells", "C3000", "value"] as? String == "2026-10-24T00:00:00")
        #expect(json["worksheets", "Big", "cells", "D3000", "value"] as? String == "=B3000*2")
        #expect(json["worksheets", "Big", "cells", "D3000", "cached"] as? Double == 59.98)
        // Blanks on even r only: E2999 is r = 2998, E3000 is r = 2999.
        #expect(json["worksheets", "Big", "cells", "E2999", "bold"] as? Bool == true)
        #expect(json["worksheets", "Big", "cells", "E3000"] == nil)
        #expect(json["worksheets", "Big", "cells", "A3002", "value"] as? String == "total")
        #expect(json["worksheets", "Small", "cells", "A3000", "value"] as? String == "行2999")
        #expect(json["worksheets", "Small", "cells", "B3000", "value"] as? Int == 2999)
    }

    @Test func onlyInConstantMemoryMode() throws {
        let folder = try TemporaryFolder()
        var wb = try Workbook(path: folder.file("x.xlsx").path)
        let sheet = try wb.addWorksheet("Data")
        #expect(throws: XLSXError.self) { _ = try wb.cellWriter(for: sheet, formats: [.plain]) }
    }

    @Test func badFormatIndexAndCellAreErrorsNotCrashes() throws {
        let folder = try TemporaryFolder()
        var wb = try Workbook(path: folder.file("x.xlsx").path, options: .init(constantMemory: true))
        let sheet = try wb.addWorksheet("Data")
        let writer = try wb.cellWriter(for: sheet, formats: [.plain])
        #expect(throws: XLSXError.self) { try writer.writeNumber(1, row: 0, column: 0, format: 1) }
        #expect(throws: XLSXError.self) { try writer.writeNumber(1, row: -1, column: 0, format: 0) }
        #expect(throws: XLSXError.self) { try writer.writeNumber(.nan, row: 0, column: 0, format: 0) }
        #expect(throws: XLSXError.self) { try writer.writeText("a\u{0}b", row: 0, column: 0, format: 0) }
        #expect(throws: XLSXError.self) { try writer.writeDate(year: 2026, month: 2, day: 30, row: 0, column: 0, format: 0) }
    }
}

/// The worker's error, read after the group is waited on.
private final class FailureBox: @unchecked Sendable {
    var error: (any Error)?
}
