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
}
