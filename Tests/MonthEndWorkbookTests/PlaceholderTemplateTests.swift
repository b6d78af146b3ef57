import Testing

@testable import MonthEndWorkbook

@Suite struct PlaceholderTemplateTests {
    static let names = ["invoice", "amount", "days"]

    /// What the dunning plan did before: one placeholder after the other.
    static func oneAfterTheOther(_ template: String, _ values: [String]) -> String {
        var text = template
        for (name, value) in zip(names, values) { text = text.replacingPlaceholder("{" + name + "}", with: value) }
        return text
    }

    @Test(arguments: [
        "{invoice} 余额 {amount}，已逾期 {days} 天", "{invoice} open {amount}, due today", "{days}{days}-{invoice}",
        "no placeholder", "", "{unknown} {invoice}", "{{invoice}}", "{am{invoice}}", "{invoice}}",
    ])
    func fillsAsReplacingOneAfterTheOther(template: String) {
        for values in [
            ["FP001", "1234.50", "12"], ["amount", "-5.00", "0"], ["ount", "2.00", "1"], ["{days}", "7.00", "3"],
            ["发票{x}", "0.00", "{y}"],
        ] {
            #expect(
                PlaceholderTemplate(template, names: Self.names).filled(values)
                    == Self.oneAfterTheOther(template, values))
        }
    }

    @Test func fillsTheDunningWording() {
        let template = PlaceholderTemplate("{invoice} 余额 {amount}，已逾期 {days} 天", names: Self.names)
        #expect(template.filled(["FP001", "1234.50", "12"]) == "FP001 余额 1234.50，已逾期 12 天")
    }
}
