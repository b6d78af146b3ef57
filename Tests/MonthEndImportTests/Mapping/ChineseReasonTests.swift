import Testing

@testable import MonthEndImport

/// Rejected rows carry their reason in Chinese too, for the Chinese workbook: the field named by
/// the header of its column in the file, every value problem worded in Chinese.
@Suite struct ChineseReasonTests {
    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// What a reader threw for `raw`, or nil when it read the cell.
    static func problem(_ body: () throws -> Any?) -> ValueError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? ValueError
        }
    }

    @Test func everyValueProblemIsWordedInChinese() throws {
        let table = MappingFixture.table
        let problems: [ValueError?] = [
            Self.problem { try MoneyText.parse("abc") }, Self.problem { try MoneyText.parse("6.0.0") },
            Self.problem { try MoneyText.parse("1.234") }, Self.problem { try MoneyText.parse("1,23.00") },
            Self.problem { try MoneyText.parse("1.5,00") }, Self.problem { try MoneyText.parse("99999999999999999999") },
            Self.problem { try DateText.parse("abc") }, Self.problem { try DateText.parse("2026-02-30") },
            Self.problem { try QuantityText.parse("1.1234567", units: table.quantityUnits) },
            Self.problem { try IdentifierText.parse("7.73012E+11") },
            Self.problem { try YesNoText.parse("看情况", yes: table.yesWords, no: table.noWords) },
            Self.problem { try TermsText.parse("约30天") },
        ]
        // Eleven different problems (two money cells share "is not a number"-like wording).
        #expect(Set(problems.compactMap { $0?.problem }).count >= 11)
        for problem in problems {
            let problem = try #require(problem)
            #expect(problem.problemZH != problem.problem, "\(problem.problem)")
            #expect(Self.hasChinese(problem.problemZH), "\(problem.problem)")
        }
    }

    @Test func rejectedRowsNameTheFileColumnInChinese() throws {
        let rows: [[String]] = [
            ["运单号", "日期", "金额", "重量"],
            ["ZT1", "2026-10-05", "12.00", "1"],
            ["ZT2", "2026-10-06", "6.0.0", "1"],
            ["ZT3", "2026-13-45", "8.00", "1"],
            ["ZT4", "2026-10-08", "", "1"],
            ["", "2026-10-08", "3.00", "1"],
        ]
        let (report, _) = try MappingFixture.map(rows)
        #expect(
            report.rejections.map { "\($0.line):\($0.column): \($0.reasonZH)" } == [
                "3:3: 金额“6.0.0”有两个小数点", "4:2: 日期“2026-13-45”是不存在的日期", "5:3: 金额为空", "6:1: 运单号为空",
            ])
        // The English stays for the terminal.
        #expect(report.rejections.first?.reason == "amount \"6.0.0\" has two decimal points")
    }

    @Test func aHeaderOnTwoLinesNamesTheFieldOnOne() throws {
        let rows: [[String]] = [["运单号", "日期", "金额", "计费重量\r\n(公斤)"], ["ZT1", "2026-10-05", "12.00", "约3kg"]]
        let (report, _) = try MappingFixture.map(rows)
        #expect(report.rejections.map(\.reasonZH) == ["计费重量(公斤)“约3kg”不是数字"])
    }

    @Test func paymentAndStockReasonsAreChineseToo() throws {
        let payments: [[String]] = [
            ["交易日期", "贷方金额", "借方金额", "对方户名", "客户编码"],
            ["2026-10-05", "", "", "张三", "C1"],
            ["2026-10-05", "100.00", "", "", ""],
        ]
        let (paymentReport, _) = try MappingFixture.map(payments, kind: .payments)
        #expect(
            paymentReport.rejections.map(\.reasonZH) == ["贷方金额为空，借方金额也为空", "付款人和客户都为空"])

        let stock: [[String]] = [
            ["物料编码", "物料名称", "账面数量", "实盘数量"], ["W1", "线材", "10", "9"], ["W1", "线材", "10", "9"],
        ]
        let (stockReport, _) = try MappingFixture.map(stock, kind: .stockCount)
        #expect(stockReport.rejections.map(\.reasonZH) == ["重复的物料行，首次出现在第 2 行"])
    }
}
