/// Date cells: `2026-10-05`, `2026/10/05`, `2026/10/5`, `2026.10.05`, `20261005`, `2026年10月5日`,
/// each optionally followed by a time (`14:23:01`, after spaces or a `T`), and Excel serial
/// numbers of the 1900 system (46300 is 2026-10-05). Local time: no time zone shifts. Read in the
/// cell's trimmed form (`CellForm.trimmed`), where 年, 月 and 日 are three bytes each.
///
/// With a file's `DateReading`, two more forms are read: dates without a year (`10-01`, `10/1`,
/// `10月1日`, month first as Chinese writes them) take the year of the period, or of the
/// neighbouring period when the month is one month away; dates with the year last (`10/13/2026`,
/// `13/10/2026`) are read in the file's order of month and day, which the values that can only be
/// read one way decide (`DateReading`).
enum DateText {

    @inline(__always)
    static func parse(utf8 cell: CellBytes.Bytes, reading: DateReading? = nil) throws(ValueError) -> LocalDate? {
        // A plain date as it stands starts and ends with a digit: it is its own trimmed form.
        if let date = plain(cell) { return date }
        return try written(cell, reading: reading)
    }

    /// `parse` of any other cell: padding, protections, other spellings, serials, missing years.
    @inline(never)
    static func written(_ cell: CellBytes.Bytes, reading: DateReading?) throws(ValueError) -> LocalDate? {
        // A plain date is ASCII: its trimmed form is the cell without protections.
        if let date = plain(CellBytes.unprotected(cell)) { return date }
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
            guard let parts = components(date) else { throw ValueError("is not a date") }
            let y: Int
            let m: Int
            let d: Int
            switch parts {
            case .full(let year, let month, let day): (y, m, d) = (year, month, day)
            case .withoutYear(let month, let day):
                guard let reading else { throw ValueError("is not a date") }
                (y, m, d) = (try reading.year(month: month, day: day), month, day)
            case .yearLast(let first, let second, let year):
                guard let reading else { throw ValueError("is not a date") }
                let (month, day) = try reading.monthAndDay(first, second, text: CellBytes.string(date))
                (y, m, d) = (year, month, day)
            }
            guard let value = LocalDate(year: y, month: m, day: d) else {
                throw ValueError("is a date that does not exist")
            }
            return value
        }
    }

    /// `parse(utf8:reading:)` of a String's bytes.
    static func parse(_ raw: String, reading: DateReading? = nil) throws(ValueError) -> LocalDate? {
        try CellBytes.with(raw) { (cell) throws(ValueError) in try parse(utf8: cell, reading: reading) }
    }

    /// The numbers of a date as written.
    private enum Parts {
        case full(year: Int, month: Int, day: Int)
        /// `10-01`, `10/1`, `10月1日`.
        case withoutYear(month: Int, day: Int)
        /// `10/13/2026`: month and day in the file's order.
        case yearLast(Int, Int, year: Int)
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

    /// The parts of `20261005`, of two or three parts split by one separator, or of (年)月日.
    private static func components(_ date: CellBytes.Bytes) -> Parts? {
        let n = date.count
        if n == 8, allDigits(date, 0, 8) {
            return .full(year: number(date, 0, 4)!, month: number(date, 4, 6)!, day: number(date, 6, 8)!)
        }
        // Where the parts end (exclusive) and the next begins.
        var bounds: [(end: Int, next: Int)] = []
        var hasYear = false
        var hasMonth = false
        for index in 0..<n where dateWord(date, at: index) != nil {
            let word = dateWord(date, at: index)!
            hasYear = hasYear || word == 0
            hasMonth = hasMonth || word == 1
        }
        var end = n
        var separator: UInt8 = 0
        if hasYear || hasMonth {
            guard hasMonth else { return nil }
            if n >= 3, dateWord(date, at: n - 3) == 2 { end = n - 3 }
            var index = 0
            while index < end {
                if let word = dateWord(date, at: index), word < 2 {
                    bounds.append((index, index + 3))
                    index += 3
                } else {
                    index += 1
                }
            }
        } else {
            guard let found = date.first(where: isSeparator) else { return nil }
            separator = found
            for index in 0..<n where date[index] == separator { bounds.append((index, index + 1)) }
        }
        func part(_ start: Int, _ stop: Int, digits: ClosedRange<Int>) -> Int? {
            digits.contains(stop - start) ? number(date, start, stop) : nil
        }
        if bounds.count == 1 {
            // Month and day without a year: 10-01, 10/1, 10月1日 (never 10.1, a decimal).
            guard !hasYear, separator != UInt8(ascii: "."), let m = part(0, bounds[0].end, digits: 1...2),
                let d = part(bounds[0].next, end, digits: 1...2)
            else { return nil }
            return .withoutYear(month: m, day: d)
        }
        guard bounds.count == 2 else { return nil }
        let (first, second) = (bounds[0], bounds[1])
        if let y = part(0, first.end, digits: 4...4) {
            guard let m = part(first.next, second.end, digits: 1...2), let d = part(second.next, end, digits: 1...2)
            else { return nil }
            return .full(year: y, month: m, day: d)
        }
        guard !hasYear, let a = part(0, first.end, digits: 1...2), let b = part(first.next, second.end, digits: 1...2),
            let y = part(second.next, end, digits: 4...4)
        else { return nil }
        return .yearLast(a, b, year: y)
    }

    /// The common cell in one pass: `2026-10-05`, `2026/10/5` or `2026.10.05`, alone or followed by
    /// `14:23:01` after a space or a T. nil for any other shape, or a date that does not exist:
    /// the full reading decides those (and reads these shapes to the same date).
    @inline(__always)
    static func plain(_ text: CellBytes.Bytes) -> LocalDate? {
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
        let year =
            Int(text[0] &- 0x30) * 1000 + Int(text[1] &- 0x30) * 100 + Int(text[2] &- 0x30) * 10
            + Int(text[3] &- 0x30)
        return LocalDate(year: year, month: month, day: day)
    }
}
