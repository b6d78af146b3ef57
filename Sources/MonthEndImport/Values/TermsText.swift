/// Payment terms: `30` and `30天` (days after the invoice date), `月结30天` and `月结30` (days
/// after the end of the invoice's month). Anything else (`票到60天`) is refused, not guessed.
enum TermsText {
    static func parse(_ raw: String) throws(ValueError) -> PaymentTerms? {
        var text = Substring(CellText.comparable(raw))
        if text.isEmpty { return nil }
        let endOfMonth = text.hasPrefix("月结")
        if endOfMonth { text = text.dropFirst(2) }
        if text.hasSuffix("天") { text = text.dropLast() }
        guard (1...4).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }), let days = Int(text) else {
            throw ValueError("is not payment terms MonthEnd reads (30, 30天, 月结30天, 月结30)")
        }
        return endOfMonth ? .endOfMonthPlus(days) : .days(days)
    }
}
