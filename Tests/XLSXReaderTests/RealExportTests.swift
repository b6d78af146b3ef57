import Foundation
import Testing

@testable import XLSXReader

/// The real-shaped .xlsx exports in Fixtures/real-exports (see its EXPECTED.yaml): the sheets,
/// where the data is, and cells exactly as the CSV copies of the same exports hold them.
@Suite struct RealExportTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/real-exports")

    private func open(_ path: String) throws -> XLSXWorkbook {
        try XLSXWorkbook(contentsOf: Self.folder.appendingPathComponent(path), displayName: path)
    }

    @Test func bestExpressBillHasASummaryFirstAndTheDetailSecond() throws {
        let workbook = try open("couriers/百世快递_账单_202610.xlsx")
        #expect(workbook.sheets.map(\.name) == ["汇总", "账单明细"])
        let summaryEnd = try workbook.readRows(of: workbook.sheets[0]) { _ in .next }
        #expect(summaryEnd.mergedRanges == [CellRange(a1: "A1:D1")!])
        #expect(try workbook.mergedRanges(of: workbook.sheets[0]) == [CellRange(a1: "A1:D1")!])
        #expect(try workbook.mergedRanges(of: workbook.sheets[1]) == [])
        let detail = try workbook.summaries(of: "账单明细")
        #expect(detail.count == 17)
        #expect(detail[1].fields == ["序号", "运单号", "入网日期", "目的省份", "目的城市", "计费重量", "运费", "增值费用", "结算金额", "备注"])
        #expect(
            detail[2].fields == ["1", "5525559379231", "2026-10-02 09:09:21", "湖南省", "市辖区", "3.5", "7.75", "0", "7.75"])
    }

    @Test func shuidianExportListsInvoicesFirstAndLinesSecond() throws {
        let workbook = try open("invoices/数电_全量发票查询导出_202610.xlsx")
        #expect(workbook.sheets.map(\.name) == ["发票基础信息", "信息汇总表"])
        let invoices = try workbook.summaries(of: "发票基础信息")
        #expect(invoices.count == 12)
        #expect(
            invoices[1].fields.prefix(12) == [
                "1", "", "", "26442377543204684677", "91440300MA5HRX0K7Q", "深圳市华锐线缆科技有限公司", "914476K6BWX8WDR06X",
                "苏州工业园区恒达线缆有限公司", "2026-08-18 17:26:34", "14459", "1879.67", "16338.67",
            ])
        let lines = try workbook.summaries(of: "信息汇总表")
        #expect(lines.count == 9)
        #expect(lines[1].fields[9] == "1090514010000000000")
    }

    @Test func anXLSMNameIsReadByContentToo() throws {
        let folder = try TemporaryFolder()
        let copy = folder.file("账单.xlsm")
        try FileManager.default.copyItem(
            at: Self.folder.appendingPathComponent("couriers/百世快递_账单_202610.xlsx"), to: copy)
        #expect(try XLSXWorkbook.fileType(at: copy) == .xlsx)
        #expect(try XLSXWorkbook(contentsOf: copy).summaries(of: "账单明细").count == 17)
    }

    @Test func bankStatementHasItsPreambleAboveTheHeader() throws {
        let workbook = try open("banks/建设银行_账户明细_202610.xlsx")
        #expect(workbook.sheets.map(\.name) == ["交易明细_1234_20261001_20261031"])
        let rows = try workbook.rows(of: workbook.sheets[0])
        #expect(rows.count == 18)
        #expect(rows[1].csvFields() == ["账\u{3000}\u{3000}号：", "44250100003300001234"])
    }
}
