/// Date cells: `2026-10-05`, `2026/10/05`, `2026/10/5`, `2026.10.05`, `20261005`, `2026年10月5日`,
/// each optionally followed by a time (`14:23:01`, after spaces or a `T`), and Excel serial
/// numbers of the 1900 system (46300 is 2026-10-05). Local time: no time zone shifts.
enum DateText {
    private static let year: Unicode.Scalar = "年", month: Unicode.Scalar = "月", day: Unicode.Scalar = "日"

    static func parse(_ raw: String) throws(ValueError) -> LocalDate? {
        let text = Array(CellText.trimmed(CellText.nfkc(CellText.unprotected(raw))).unicodeScalars)
        if text.isEmpty { return nil }
        let dateLength = text.prefix {
            isDigit($0) || $0 == "-" || $0 == "/" || $0 == "." || $0 == year || $0 == month || $0 == day
        }.count
        let datePart = text[..<dateLength]
        var rest = text[dateLength...]
        if !rest.isEmpty {
            if rest.first == "T" || rest.first == "t" {
                rest = rest.dropFirst()
            } else {
                let spaces = rest.prefix { $0 == " " || $0 == "\t" }.count
                guard spaces > 0 else { throw ValueError("is not a date") }
                rest = rest.dropFirst(spaces)
            }
            guard isTime(rest) else { throw ValueError("is not a date") }
        }
        if let serial = excelSerial(datePart) {
            guard rest.isEmpty, let date = LocalDate(excelSerial: serial) else { throw ValueError("is not a date") }
            return date
        }
        guard let (y, m, d) = components(datePart) else { throw ValueError("is not a date") }
        guard let date = LocalDate(year: y, month: m, day: d) else { throw ValueError("is a date that does not exist") }
        return date
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    private static func number(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(isDigit) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1.value - 0x30) }
    }

    /// `14:23`, `14:23:01`, `14:23:01.250`.
    private static func isTime(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count) else { return false }
        for (index, part) in parts.enumerated() {
            var whole = part
            if index == 2, let dot = part.firstIndex(of: ".") {
                let fraction = part[part.index(after: dot)...]
                guard !fraction.isEmpty, fraction.allSatisfy(isDigit) else { return false }
                whole = part[..<dot]
            }
            guard (1...2).contains(whole.count), whole.allSatisfy(isDigit) else { return false }
        }
        return true
    }

    /// Up to five digits, optionally with a fraction (the time of day): an Excel serial.
    private static func excelSerial(_ text: ArraySlice<Unicode.Scalar>) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), (1...5).contains(parts[0].count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) })
        else { return nil }
        return number(parts[0])
    }

    private static func components(_ text: ArraySlice<Unicode.Scalar>) -> (Int, Int, Int)? {
        if text.count == 8, text.allSatisfy(isDigit) {
            let start = text.startIndex
            guard let y = number(text[start..<start + 4]), let m = number(text[start + 4..<start + 6]),
                let d = number(text[start + 6..<start + 8])
            else { return nil }
            return (y, m, d)
        }
        var parts: [ArraySlice<Unicode.Scalar>]
        if text.contains(year) {
            guard text.contains(month) else { return nil }
            let body = text.last == day ? text.dropLast() : text
            parts = body.split(omittingEmptySubsequences: false) { $0 == year || $0 == month }
        } else {
            guard let separator = text.first(where: { $0 == "-" || $0 == "/" || $0 == "." }) else { return nil }
            parts = text.split(separator: separator, omittingEmptySubsequences: false)
        }
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            let y = number(parts[0]), let m = number(parts[1]), let d = number(parts[2])
        else { return nil }
        return (y, m, d)
    }
}
