import Foundation

/// Date cells: `2026-10-05`, `2026/10/05`, `2026/10/5`, `2026.10.05`, `20261005`, `2026年10月5日`,
/// each optionally followed by a time (`14:23:01`, after spaces or a `T`), and Excel serial
/// numbers of the 1900 system (46300 is 2026-10-05). Local time: no time zone shifts.
enum DateText {
    static func parse(_ raw: String) throws(ValueError) -> LocalDate? {
        let text = CellText.trimmed(CellText.nfkc(CellText.unprotected(raw)))
        if text.isEmpty { return nil }
        let (datePart, timePart) = split(text)
        if let timePart, !isTime(timePart) { throw ValueError("is not a date") }
        if let serial = excelSerial(datePart) {
            guard timePart == nil, let date = LocalDate(excelSerial: serial) else {
                throw ValueError("is not a date")
            }
            return date
        }
        guard let (year, month, day) = components(datePart) else { throw ValueError("is not a date") }
        guard let date = LocalDate(year: year, month: month, day: day) else {
            throw ValueError("is a date that does not exist")
        }
        return date
    }

    /// The date text and what follows it after spaces or a `T`.
    private static func split(_ text: String) -> (String, String?) {
        let dateCharacters = text.prefix { $0.isASCIIDigit || "-/.年月日".contains($0) }
        var rest = text[dateCharacters.endIndex...]
        if rest.isEmpty { return (String(dateCharacters), nil) }
        if rest.first == "T" || rest.first == "t" {
            rest = rest.dropFirst()
        } else {
            let spaces = rest.prefix { $0 == " " || $0 == "\t" }
            if spaces.isEmpty { return (text, "") }
            rest = rest.dropFirst(spaces.count)
        }
        return (String(dateCharacters), String(rest))
    }

    /// `14:23`, `14:23:01`, `14:23:01.250`.
    private static func isTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count) else { return false }
        for (index, part) in parts.enumerated() {
            let whole = index == 2 ? part.split(separator: ".", maxSplits: 1).first ?? "" : part
            guard (1...2).contains(whole.count), whole.allSatisfy(\.isASCIIDigit) else { return false }
            if index == 2, part.contains(".") {
                guard part.split(separator: ".", omittingEmptySubsequences: false).count == 2,
                    part.split(separator: ".")[1].allSatisfy(\.isASCIIDigit)
                else { return false }
            }
        }
        return true
    }

    /// Up to five digits, optionally with a fraction (the time of day): an Excel serial.
    private static func excelSerial(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), (1...5).contains(parts[0].count), parts.allSatisfy({ part in
            !part.isEmpty && part.allSatisfy(\.isASCIIDigit)
        }) else { return nil }
        return Int(parts[0])
    }

    private static func components(_ text: String) -> (Int, Int, Int)? {
        if text.count == 8, text.allSatisfy(\.isASCIIDigit) {
            let digits = Array(text)
            return (Int(String(digits[0..<4]))!, Int(String(digits[4..<6]))!, Int(String(digits[6..<8]))!)
        }
        var parts: [Substring]
        if text.contains("年") {
            guard text.contains("月") else { return nil }
            let body = text.hasSuffix("日") ? text.dropLast() : Substring(text)
            parts = body.split(separator: "年", omittingEmptySubsequences: false).flatMap {
                $0.split(separator: "月", omittingEmptySubsequences: false)
            }
        } else {
            guard let separator = text.first(where: { "-/.".contains($0) }) else { return nil }
            parts = text.split(separator: separator, omittingEmptySubsequences: false)
        }
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return (year, month, day)
    }
}
