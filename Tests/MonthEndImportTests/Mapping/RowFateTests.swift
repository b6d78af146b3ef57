import MonthEndCore
import Testing

@testable import MonthEndCSV
@testable import MonthEndImport

@Suite struct RowFateTests {
    static let header = ["运单号", "日期", "金额", "重量"]

    @Test func everyRowAfterTheHeaderHasExactlyOneFate() throws {
        let rows: [[String]] = [
            ["中通对账单"],  // preamble: not a row
            Self.header,
            ["ZT1", "2026-10-05", "12.00", "1"],  // 3 accepted
            ["", "", "", ""],  // 4 blank
            [],  // 5 blank
            ["ZT2", "2026-10-06", "6.0.0", "1"],  // 6 rejected
            Self.header,  // 7 repeated header
            ["ZT3", "2026-10-07", "8.00", "约3kg"],  // 8 rejected: a mapped column cannot be read
            ["合计", "", "20.00", ""],  // 9 total
            ["", "", "合计:", ""],  // 10 total (first non-empty cell)
            ["Total", "", "20.00", ""],  // 11 total
            ["小计12,345.00元", "", "", ""],  // 12 total
            ["#导出时间 2026-11-01", "", "", ""],  // 13 footer
            ["-----------", "", "", ""],  // 14 footer
            ["ZT4", "2026-10-08", "", "1"],  // 15 rejected: required amount empty
        ]
        let (report, inputs) = try MappingFixture.map(rows)
        #expect(report.headerLine == 2)
        #expect(report.accepted == 1)
        #expect(inputs.billLines.map(\.waybill) == ["ZT1"])
        #expect(
            MappingFixture.skips(report) == [
                "4: blank", "5: blank", "7: repeated header", "9: total", "10: total", "11: total", "12: total",
                "13: footer", "14: footer",
            ])
        #expect(
            MappingFixture.rejections(report) == [
                "6:3: amount \"6.0.0\" has two decimal points", "8:4: weight_kg \"约3kg\" is not a number",
                "15:3: amount is empty",
            ])
        #expect(report.rows == 13)
        #expect(report.rows == report.accepted + report.skipped + report.rejected)
    }

    @Test func aTotalInTheKeyColumnIsSkippedEvenWhenTheFirstCellIsNot() throws {
        let rows = [
            ["序号", "运单号", "日期", "金额"], ["1", "SF1", "2026-10-05", "1.00"], ["", "总计", "", "1.00"],
            ["99", "本页合计：", "", "1.00"],
        ]
        let (report, _) = try MappingFixture.map(rows)
        #expect(MappingFixture.skips(report) == ["3: total", "4: total"])
    }

    @Test func anotherHeaderBlockIsSkippedAsARepeatedHeader() throws {
        let rows = [
            ["序号", "运单号码", "日期", "应付金额", "服务"], ["1", "SF1", "2026-10-05", "1.00", "运费"],
            ["理赔费用"], ["序号", "运单号", "日期", "理赔金额", "金额"], ["1", "SF1", "2026-10-05", "5.00", "5.00"],
        ]
        let (report, inputs) = try MappingFixture.map(rows)
        // The block's title is one text cell alone: a section title, not a rejected bill line.
        #expect(MappingFixture.skips(report) == ["3: section title", "4: repeated header"])
        #expect(MappingFixture.rejections(report).isEmpty)
        #expect(inputs.billLines.count == 2)
    }

    /// INPUTS.md: a row of one text cell alone (a section title between rows, a disclaimer after
    /// them), an unlabelled amount-only subtotal and a numbered blank template row are not data,
    /// whether they would have failed as data or not.
    @Test func titlesDisclaimersSubtotalsAndBlankTemplateRowsAreNotData() throws {
        let rows: [[String]] = [
            ["序号", "运单号", "日期", "金额"],
            ["一、顺丰"],  // 2 section title: data follows
            ["1", "SF1", "2026-10-05", "12.00"],  // 3 accepted
            ["2", "", "", ""],  // 4 numbered blank template row
            ["", "", "", "12.00"],  // 5 unlabelled subtotal
            ["", "", "打印时间 2026-11-01 09:30", ""],  // 6 one text cell in the date column: fails as a date
            ["", "以上数据仅供参考，具体内容请以柜台为准", "", ""],  // 7 footer: nothing follows
        ]
        let (report, inputs) = try MappingFixture.map(rows)
        #expect(inputs.billLines.map(\.amount) == [Money(fen: 1200)])
        #expect(
            MappingFixture.skips(report) == [
                "2: section title", "4: blank", "5: total", "6: footer", "7: footer",
            ])
        #expect(MappingFixture.rejections(report).isEmpty)
        #expect(report.rows == 6 && report.rows == report.accepted + report.skipped + report.rejected)
    }

    /// A row with a key cell filled is data: it is rejected, never skipped as a subtotal.
    @Test func aRowWithAKeyIsRejectedNotSkipped() throws {
        let rows = [["运单号", "日期", "金额"], ["SF9", "", "12.00"], ["", "2026-10-05", "12.00"]]
        let (report, _) = try MappingFixture.map(rows)
        #expect(MappingFixture.skips(report).isEmpty)
        #expect(MappingFixture.rejections(report) == ["2:2: ship_date is empty", "3:1: waybill is empty"])
    }

    @Test func aRejectionReadsLikeACompilerMessage() throws {
        let rows = [["运单号", "日期", "金额"], ["ZT2", "2026-10-13", "6.0.0"]]
        let (report, _) = try MappingFixture.map(rows, path: "bill.csv")
        let rejection = try #require(report.rejections.first)
        #expect(rejection.path == "bill.csv")
        #expect(rejection.line == 2)
        #expect(rejection.column == 3)
        #expect(rejection.header == "金额")
        #expect(rejection.rawText == "6.0.0")
        #expect(
            rejection.rendered
                == "bill.csv:2:3: error: amount \"6.0.0\" has two decimal points\n    ZT2,2026-10-13,6.0.0")
    }

    @Test func theRecordTextQuotesCellsAsTheFileWould() throws {
        let rows = [["运单号", "日期", "金额"], ["ZT2", "2026-10-13", "1,2.0"]]
        let (report, _) = try MappingFixture.map(rows)
        #expect(report.rejections.first?.recordText == "ZT2,2026-10-13,\"1,2.0\"")
    }

    @Test func anUnterminatedQuoteRejectsItsRecordAsAWhole() throws {
        var mapper = FileMapper(table: MappingFixture.table, facts: .init(path: "b.csv"))
        try mapper.consume(CSVRecord(fields: ["运单号", "日期", "金额"], line: 1))
        try mapper.consume(CSVRecord(fields: ["SF1", "2026-10-05", "1.00"], line: 2))
        try mapper.consumeUnterminated(CSVRecord(fields: ["SF2", "2026-10-05\n..."], line: 3), quoteLine: 3)
        let (report, _) = try mapper.finish()
        #expect(MappingFixture.rejections(report) == ["3:0: unterminated quote starting at line 3"])
        #expect(report.rows == 2)
    }

    @Test func aShortRowReadsItsMissingCellsAsEmpty() throws {
        let rows = [["运单号", "日期", "金额", "目的地"], ["SF1", "2026-10-05", "1.00"]]
        let (report, inputs) = try MappingFixture.map(rows)
        #expect(report.accepted == 1)
        #expect(inputs.billLines.first?.destination == nil)
    }
}
