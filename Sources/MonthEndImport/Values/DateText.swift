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

extension DateText {
    /// `parse(_:)` on a cell's bytes: ASCII dates (NFKC changes nothing; 年月日 are not ASCII) are
    /// read from the bytes by the same steps; others, and every error, take the general path.
    static func parse(utf8 cell: CellBytes.Bytes) throws(ValueError) -> LocalDate? {
        let text = CellBytes.unprotected(cell)
        if text.isEmpty { return nil }
        // A date `separatedDate` reads is all ASCII (it looks at every byte): no ASCII test first.
        if let date = separatedDate(text) { return date }
        if CellBytes.isASCII(text) {
            if let date = fastDate(text) { return date }
        } else if let date = chineseDate(text) {
            return date
        }
        return try parse(CellBytes.string(cell))
    }

    /// `2026年10月5日` and `2026年10月5` exactly (nothing around them): what the general path reads
    /// from them (NFKC leaves digits and 年月日 alone; no time follows), without a String.
    /// Anything else, and a date that does not exist, is left to the general path.
    private static func chineseDate(_ text: CellBytes.Bytes) -> LocalDate? {
        let n = text.count
        // 年 E5 B9 B4, 月 E6 9C 88, 日 E6 97 A5.
        guard n >= 12, n <= 17, allDigits(text, 0, 4), text[4] == 0xE5, text[5] == 0xB9, text[6] == 0xB4 else {
            return nil
        }
        var index = 7
        var month = 0
        while index < n, index < 9, isDigit(text[index]) {
            month = month * 10 + Int(text[index] - 0x30)
            index += 1
        }
        guard index > 7, index + 3 < n, text[index] == 0xE6, text[index + 1] == 0x9C, text[index + 2] == 0x88
        else { return nil }
        index += 3
        let dayStart = index
        var day = 0
        while index < n, index < dayStart + 2, isDigit(text[index]) {
            day = day * 10 + Int(text[index] - 0x30)
            index += 1
        }
        guard index > dayStart else { return nil }
        if index + 3 == n, text[index] == 0xE6, text[index + 1] == 0x97, text[index + 2] == 0xA5 { index = n }
        guard index == n else { return nil }
        return LocalDate(year: number(text, 0, 4)!, month: month, day: day)
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Digits in `text[start..<end]` as a number: nil unless 1 to 9 digits and nothing else.
    private static func number(_ text: CellBytes.Bytes, _ start: Int, _ end: Int) -> Int? {
        guard end > start, end - start <= 9 else { return nil }
        var value = 0
        for index in start..<end {
            guard isDigit(text[index]) else { return nil }
            value = value * 10 + Int(text[index] - 0x30)
        }
        return value
    }

    private static func fastDate(_ text: CellBytes.Bytes) -> LocalDate? {
        if let date = separatedDate(text) { return date }
        let n = text.count
        var dateLength = 0
        while dateLength < n {
            let byte = text[dateLength]
            guard isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")
            else { break }
            dateLength += 1
        }
        var rest = dateLength
        if rest < n {
            if text[rest] == UInt8(ascii: "T") || text[rest] == UInt8(ascii: "t") {
                rest += 1
            } else {
                let spacesStart = rest
                while rest < n, text[rest] == UInt8(ascii: " ") || text[rest] == UInt8(ascii: "\t") { rest += 1 }
                guard rest > spacesStart else { return nil }
            }
            guard isTime(text, rest, n) else { return nil }
        }
        // An Excel serial: up to five digits, optionally with one fraction of digits.
        var firstDot = -1
        var dots = 0
        for index in 0..<dateLength where text[index] == UInt8(ascii: ".") {
            if firstDot < 0 { firstDot = index }
            dots += 1
        }
        let integerEnd = firstDot < 0 ? dateLength : firstDot
        if dots <= 1, (1...5).contains(integerEnd), number(text, 0, integerEnd) != nil,
            firstDot < 0 || allDigits(text, firstDot + 1, dateLength)
        {
            guard rest == n, let date = LocalDate(excelSerial: number(text, 0, integerEnd)!) else { return nil }
            return date
        }
        let y: Int
        let m: Int
        let d: Int
        if dateLength == 8, allDigits(text, 0, 8) {
            y = number(text, 0, 4)!
            m = number(text, 4, 6)!
            d = number(text, 6, 8)!
        } else {
            var separator: UInt8 = 0
            for index in 0..<dateLength where !isDigit(text[index]) {
                separator = text[index]
                break
            }
            guard separator != 0 else { return nil }
            var first = -1
            var second = -1
            for index in 0..<dateLength where text[index] == separator {
                if first < 0 {
                    first = index
                } else if second < 0 {
                    second = index
                } else {
                    return nil
                }
            }
            guard second > 0, first == 4, (1...2).contains(second - first - 1),
                (1...2).contains(dateLength - second - 1),
                let year = number(text, 0, 4), let month = number(text, first + 1, second),
                let day = number(text, second + 1, dateLength)
            else { return nil }
            (y, m, d) = (year, month, day)
        }
        return LocalDate(year: y, month: m, day: d)
    }

    /// The common spellings in one pass: `2026-10-05`, `2026/10/5`, `2026.10.05`, each optionally
    /// followed by a time. nil when the cell is not of that shape (or the date does not exist):
    /// `fastDate`'s general steps then decide, and on these shapes they give the same date
    /// (two separators of one kind: no Excel serial; a four-digit year first, one or two digits
    /// of month and of day).
    @inline(__always)
    private static func separatedDate(_ text: CellBytes.Bytes) -> LocalDate? {
        let n = text.count
        guard n >= 8, isDigit(text[0]), isDigit(text[1]), isDigit(text[2]), isDigit(text[3]) else { return nil }
        let separator = text[4]
        guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") else {
            return nil
        }
        var index = 5
        var month = 0
        while index < n, index < 8, isDigit(text[index]) {
            month = month * 10 + Int(text[index] &- 0x30)
            index += 1
        }
        guard index > 5, index < 8, index < n, text[index] == separator else { return nil }
        index += 1
        let dayStart = index
        var day = 0
        while index < n, index < dayStart + 3, isDigit(text[index]) {
            day = day * 10 + Int(text[index] &- 0x30)
            index += 1
        }
        guard index > dayStart, index < dayStart + 3 else { return nil }
        if index < n {
            let next = text[index]
            // Another date character: a longer date part than this shape.
            if next == UInt8(ascii: "-") || next == UInt8(ascii: "/") || next == UInt8(ascii: ".") { return nil }
            var rest = index
            if next == UInt8(ascii: "T") || next == UInt8(ascii: "t") {
                rest += 1
            } else {
                while rest < n, text[rest] == UInt8(ascii: " ") || text[rest] == UInt8(ascii: "\t") { rest += 1 }
                guard rest > index else { return nil }
            }
            guard isPlainTime(text, rest, n) || isTime(text, rest, n) else { return nil }
        }
        let year =
            Int(text[0] &- 0x30) * 1000 + Int(text[1] &- 0x30) * 100 + Int(text[2] &- 0x30) * 10 + Int(text[3] &- 0x30)
        return LocalDate(year: year, month: month, day: day)
    }

    /// `14:23:01` exactly: the time almost every stamped cell carries.
    @inline(__always)
    private static func isPlainTime(_ text: CellBytes.Bytes, _ start: Int, _ end: Int) -> Bool {
        end - start == 8 && isDigit(text[start]) && isDigit(text[start + 1]) && text[start + 2] == UInt8(ascii: ":")
            && isDigit(text[start + 3]) && isDigit(text[start + 4]) && text[start + 5] == UInt8(ascii: ":")
            && isDigit(text[start + 6]) && isDigit(text[start + 7])
    }

    private static func allDigits(_ text: CellBytes.Bytes, _ start: Int, _ end: Int) -> Bool {
        guard end > start else { return false }
        for index in start..<end where !isDigit(text[index]) { return false }
        return true
    }

    /// `14:23`, `14:23:01`, `14:23:01.250`, as the general `isTime`.
    private static func isTime(_ text: CellBytes.Bytes, _ start: Int, _ end: Int) -> Bool {
        var partStart = start
        var part = 0
        var index = start
        while true {
            if index == end || text[index] == UInt8(ascii: ":") {
                var wholeEnd = index
                if part == 2 {
                    var dot = -1
                    for position in partStart..<index where text[position] == UInt8(ascii: ".") {
                        dot = position
                        break
                    }
                    if dot >= 0 {
                        guard allDigits(text, dot + 1, index) else { return false }
                        wholeEnd = dot
                    }
                }
                guard (1...2).contains(wholeEnd - partStart), allDigits(text, partStart, wholeEnd) else { return false }
                part += 1
                if index == end { break }
                if part == 3 { return false }
                partStart = index + 1
            }
            index += 1
        }
        return part >= 2
    }
}
