/// Date cells: `2026-10-05`, `2026/10/05`, `2026/10/5`, `2026.10.05`, `20261005`, `2026年10月5日`,
/// each optionally followed by a time (`14:23:01`, after spaces or a `T`), and Excel serial
/// numbers of the 1900 system (46300 is 2026-10-05). Local time: no time zone shifts. Read in the
/// cell's trimmed form (`CellForm.trimmed`), where 年, 月 and 日 are three bytes each.
enum DateText {

    static func parse(utf8 cell: CellBytes.Bytes) throws(ValueError) -> LocalDate? {
        // A plain date is ASCII: its trimmed form is the cell without protections.
        if let date = plainDate(CellBytes.unprotected(cell)) { return date }
        return try CellForm.trimmed.read(cell) { (text) throws(ValueError) -> LocalDate? in
            if text.isEmpty { return nil }
            // The date: digits, - / . and 年月日; then maybe a time after a T or spaces.
            var dateEnd = 0
            while dateEnd < text.count {
                if isDigit(text[dateEnd]) || isSeparator(text[dateEnd]) {
                    dateEnd += 1
                } else if dateWord(text, at: dateEnd) != nil {
                    dateEnd += 3
                } else {
                    break
                }
            }
            var rest = dateEnd
            if rest < text.count {
                if text[rest] == UInt8(ascii: "T") || text[rest] == UInt8(ascii: "t") {
                    rest += 1
                } else {
                    while rest < text.count, text[rest] == UInt8(ascii: " ") || text[rest] == UInt8(ascii: "\t") {
                        rest += 1
                    }
                    guard rest > dateEnd else { throw ValueError("is not a date") }
                }
                guard isTime(text, rest, text.count) else { throw ValueError("is not a date") }
            }
            let date = CellBytes.slice(text, 0, dateEnd)
            if let serial = excelSerial(date) {
                guard rest == dateEnd, let value = LocalDate(excelSerial: serial) else {
                    throw ValueError("is not a date")
                }
                return value
            }
            guard let (y, m, d) = components(date) else { throw ValueError("is not a date") }
            guard let value = LocalDate(year: y, month: m, day: d) else {
                throw ValueError("is a date that does not exist")
            }
            return value
        }
    }

    /// `parse(utf8:)` of a String's bytes.
    static func parse(_ raw: String) throws(ValueError) -> LocalDate? {
        try CellBytes.with(raw) { (cell) throws(ValueError) in try parse(utf8: cell) }
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always)
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")
    }

    /// 0 for 年 (E5 B9 B4), 1 for 月 (E6 9C 88), 2 for 日 (E6 97 A5) at `index`; nil for anything else.
    @inline(__always)
    private static func dateWord(_ text: CellBytes.Bytes, at index: Int) -> Int? {
        guard text[index] >= 0xE5, index + 2 < text.count else { return nil }
        switch (text[index], text[index + 1], text[index + 2]) {
        case (0xE5, 0xB9, 0xB4): return 0
        case (0xE6, 0x9C, 0x88): return 1
        case (0xE6, 0x97, 0xA5): return 2
        default: return nil
        }
    }

    /// The digits of `text[start..<end]` as a number: nil unless 1 to 9 digits and nothing else.
    private static func number(_ text: CellBytes.Bytes, _ start: Int, _ end: Int) -> Int? {
        guard end > start, end - start <= 9 else { return nil }
        var value = 0
        for index in start..<end {
            guard isDigit(text[index]) else { return nil }
            value = value * 10 + Int(text[index] &- 0x30)
        }
        return value
    }

    /// `14:23`, `14:23:01`, `14:23:01.250`: two or three parts of one or two digits, the third
    /// with an optional fraction.
    private static func isTime(_ text: CellBytes.Bytes, _ start: Int, _ end: Int) -> Bool {
        var partStart = start
        var part = 0
        var index = start
        while true {
            if index == end || text[index] == UInt8(ascii: ":") {
                var wholeEnd = index
                if part == 2, let dot = (partStart..<index).first(where: { text[$0] == UInt8(ascii: ".") }) {
                    guard allDigits(text, dot + 1, index) else { return false }
                    wholeEnd = dot
                }
                guard (1...2).contains(wholeEnd - partStart), number(text, partStart, wholeEnd) != nil else {
                    return false
                }
                part += 1
                if index == end { break }
                if part == 3 { return false }
                partStart = index + 1
            }
            index += 1
        }
        return part >= 2
    }

    private static func allDigits(_ text: CellBytes.Bytes, _ start: Int, _ end: Int) -> Bool {
        end > start && (start..<end).allSatisfy { isDigit(text[$0]) }
    }

    /// Up to five digits, optionally with a fraction (the time of day): an Excel serial.
    private static func excelSerial(_ date: CellBytes.Bytes) -> Int? {
        guard let point = date.firstIndex(of: UInt8(ascii: ".")) else {
            return date.count <= 5 ? number(date, 0, date.count) : nil
        }
        guard (1...5).contains(point), allDigits(date, point + 1, date.count) else { return nil }
        return number(date, 0, point)
    }

    /// Year, month and day of `20261005`, of three parts split by one separator, or of 年月日.
    private static func components(_ date: CellBytes.Bytes) -> (Int, Int, Int)? {
        let n = date.count
        if n == 8, allDigits(date, 0, 8) {
            return (number(date, 0, 4)!, number(date, 4, 6)!, number(date, 6, 8)!)
        }
        // Where the first two parts end (exclusive) and the next begins; more than two bounds fail.
        var first = (end: -1, next: -1)
        var second = (end: -1, next: -1)
        var bounds = 0
        func bound(_ end: Int, _ next: Int) {
            if bounds == 0 { first = (end, next) } else if bounds == 1 { second = (end, next) }
            bounds += 1
        }
        var hasYear = false
        var hasMonth = false
        var index = 0
        while index < n {
            if let word = dateWord(date, at: index) {
                hasYear = hasYear || word == 0
                hasMonth = hasMonth || word == 1
                index += 3
            } else {
                index += 1
            }
        }
        var end = n
        if hasYear {
            guard hasMonth else { return nil }
            if n >= 3, dateWord(date, at: n - 3) == 2 { end = n - 3 }
            index = 0
            while index < end {
                if let word = dateWord(date, at: index), word < 2 {
                    bound(index, index + 3)
                    index += 3
                } else {
                    index += 1
                }
            }
        } else {
            guard let separator = date.first(where: isSeparator) else { return nil }
            for index in 0..<n where date[index] == separator { bound(index, index + 1) }
        }
        guard bounds == 2 else { return nil }
        guard first.end == 4, (1...2).contains(second.end - first.next), (1...2).contains(end - second.next),
            let y = number(date, 0, first.end), let m = number(date, first.next, second.end),
            let d = number(date, second.next, end)
        else { return nil }
        return (y, m, d)
    }

    /// The common cell in one pass: `2026-10-05`, `2026/10/5` or `2026.10.05`, alone or followed by
    /// `14:23:01` after a space or a T. nil for any other shape, or a date that does not exist:
    /// the full reading decides those (and reads these shapes to the same date).
    @inline(__always)
    private static func plainDate(_ text: CellBytes.Bytes) -> LocalDate? {
        let n = text.count
        guard n >= 8, isDigit(text[0]), isDigit(text[1]), isDigit(text[2]), isDigit(text[3]), isSeparator(text[4])
        else { return nil }
        let separator = text[4]
        var index = 5
        var month = 0
        while index < n, index < 7, isDigit(text[index]) {
            month = month * 10 + Int(text[index] &- 0x30)
            index += 1
        }
        guard index > 5, index < n, text[index] == separator else { return nil }
        index += 1
        let dayStart = index
        var day = 0
        while index < n, index < dayStart + 2, isDigit(text[index]) {
            day = day * 10 + Int(text[index] &- 0x30)
            index += 1
        }
        guard index > dayStart else { return nil }
        if index < n {
            // A time exactly `hh:mm:ss` after one space or a T.
            guard n - index == 9, text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: "T"),
                isDigit(text[index + 1]), isDigit(text[index + 2]), text[index + 3] == UInt8(ascii: ":"),
                isDigit(text[index + 4]), isDigit(text[index + 5]), text[index + 6] == UInt8(ascii: ":"),
                isDigit(text[index + 7]), isDigit(text[index + 8])
            else { return nil }
        }
        let year = number(text, 0, 4)!
        return LocalDate(year: year, month: month, day: day)
    }
}
