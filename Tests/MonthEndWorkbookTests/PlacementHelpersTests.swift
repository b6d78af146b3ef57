import Testing

@testable import MonthEndWorkbook

/// The fast paths the placement takes on every row give the same answers as the plain definitions.
@Suite struct PlacementHelpersTests {
    @Test func placeholdersAreReplacedEverywhereAndOnlyThere() {
        #expect("发票 {invoice} 欠 {amount}".replacingPlaceholder("{invoice}", with: "INV-1") == "发票 INV-1 欠 {amount}")
        #expect("{a}{a}x{a}".replacingPlaceholder("{a}", with: "长") == "长长x长")
        #expect("no placeholder".replacingPlaceholder("{a}", with: "b") == "no placeholder")
        #expect("{a".replacingPlaceholder("{a}", with: "b") == "{a")
        #expect("x".replacingPlaceholder("", with: "b") == "x")
        #expect("天{天}".replacingPlaceholder("{天}", with: "日") == "天日")
    }

    @Test func matcherAgreesWithLowercasedComparison() {
        let cells: [CellValue] = [
            .text("matched"), .text("MATCHED"), .text("Matched "), .text("match"), .text("matchedx"),
            .text("ÄBC"), .text("äbc"), .money(Money(fen: 1)), .empty, .text(""), .text("已核对"), .text("已核对 "),
            .text("重复计费"), .text("已核"), .text("逾期1-30天"), .text("逾期1-30天X"), .text("ＡＢＣ已核对"),
            .text("ａｂｃ已核对"), .text("AÉ"), .text("BÉ"), .text("已核É"), .text("已核对É"), .text("İ"), .text("xİ"),
        ]
        let words = ["matched", "Matched", "äbc", "", "已核对", "逾期1-30天", "ａｂｃ已核对", "ＡＢＣ已核对", "aé", "已核é", "i̇", "xi̇"]
        for word in words {
            let matcher = WorkbookPlacement.Matcher(.equals(word))
            for cell in cells {
                #expect(matcher.matches(cell) == WorkbookPlacement.matches(cell, .equals(word)), "\(word) \(cell)")
            }
        }
        let positive = WorkbookPlacement.Matcher(.positive)
        #expect(positive.matches(.money(Money(fen: 1))))
        #expect(!positive.matches(.money(Money(fen: 0))))
        #expect(WorkbookPlacement.Matcher(.equals("matched")).matches(.text("MaTcHeD")))
    }

    /// A million-row sheet is held as cells: the wide cases are boxed so a cell stays at 24 bytes.
    @Test func cellsStayNarrow() {
        #expect(MemoryLayout<CellValue>.stride <= 24)
    }
}
