import Foundation
import Testing

@testable import MonthEndWorkbook

@Suite struct WorkbookLabelsTests {
    @Test func bothLanguagesHaveExactlyTheRequiredKeys() throws {
        for language in ["zh", "en"] {
            let labels = try Fixtures.labels(language)
            #expect(labels.language == language)
            #expect(Set(labels.values.keys) == Set(WorkbookLabels.requiredKeys + WorkbookLabels.storeKeys))
        }
        #expect(try Fixtures.labels("zh").sheetName(.courier) == "快递对账")
        #expect(try Fixtures.labels("en").sheetName(.rejectedRows) == "Rejected rows")
        #expect(try Fixtures.labels("zh")["footer.page"] == "第 &P 页，共 &N 页")
    }

    @Test func refusesMissingAndMalformedLines() {
        #expect(throws: MonthEndError.self) { try WorkbookLabels.parse("language: zh\n", path: "x.yaml") }
        do {
            _ = try WorkbookLabels.parse("language: zh\nno colon here\n", path: "x.yaml")
            Issue.record("accepted a line without a colon")
        } catch {
            #expect(error.line == 2)
            #expect(error.code == .badTemplate)
        }
    }

    @Test func quotedValuesKeepTheirText() throws {
        var text = (WorkbookLabels.requiredKeys + WorkbookLabels.storeKeys).map { "\($0): x" }.joined(separator: "\n")
        text = text.replacingOccurrences(of: "language: x", with: "language: \"en\"")
        text = text.replacingOccurrences(of: "total: x", with: "total: \"  # \\\"all\\\" \"")
        let labels = try WorkbookLabels.parse(text)
        #expect(labels["total"] == "  # \"all\" ")
        #expect(labels.language == "en")
    }

    /// Status and kind words are what finance reads and what the summary's COUNTIF counts: each
    /// language says every code in its own distinct word.
    @Test func everyCodeHasItsOwnWord() throws {
        let zh = try Fixtures.labels("zh")
        #expect(
            CourierStatus.allCases.map { zh.word(for: $0) } + [zh.notBilledWord] == [
                "已核对", "重复计费", "未寄件却计费", "到付误计", "重量不符", "价格不符", "已寄未出账",
            ])
        #expect(zh.bucketWords(.standard) == ["未到期", "逾期1-30天", "逾期31-60天", "逾期61-90天", "逾期90天以上"])
        #expect(
            zh.bucketWords(AgingScheme(basis: .invoiceDate, bounds: [45, 15]))
                == ["当日开票", "1-15天", "16-45天", "45天以上"])
        #expect(zh.word(for: StockFlag.notOnBook) == "账外盘盈")
        #expect(zh.exceptionKindWord("unidentified", area: .receivables) == "无法识别的回款")
        #expect(zh.exceptionKindWord("not_shipped", area: .courier) == "未寄件却计费")
        let en = try Fixtures.labels("en")
        #expect(en.word(for: .feeMismatch) == "price mismatch")
        #expect(en.bucketWords(.standard).last == "over 90 days overdue")
        for labels in [zh, en] {
            let statuses = CourierStatus.allCases.map { labels.word(for: $0) } + [labels.notBilledWord]
            #expect(Set(statuses).count == statuses.count)
            let kinds =
                StockFlag.allCases.map { labels.word(for: $0) }
                + ReceivablesExceptionKind.allCases.map { labels.exceptionKindWord($0.rawValue, area: .receivables) }
            #expect(Set(kinds).count == kinds.count)
            #expect(Set(labels.bucketWords(.standard)).count == 5)
        }
    }
}
