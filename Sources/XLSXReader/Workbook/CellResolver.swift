/// Turns captured cells into values on the reading thread: what a cell's stored text means under
/// its type, the shared string table, its number format and the workbook's date system.
struct CellResolver {
    let file: String
    let part: String
    let sharedStrings: SharedStrings
    let formats: [NumberFormat]
    let dateSystem: SheetDate.System

    /// One row's cells: ascending by column, empty values left out, the last value of a column kept
    /// when a file repeats one.
    func cells(
        row: Int, _ captured: ArraySlice<CapturedRows.Cell>, _ arena: UnsafeBufferPointer<UInt8>
    ) throws(XLSXReadError) -> [SheetCell] {
        var cells: [SheetCell] = []
        cells.reserveCapacity(captured.count)
        var inOrder = true
        for cell in captured {
            let text = UnsafeBufferPointer(rebasing: arena[cell.start..<cell.end])
            guard let value = try value(cell, text, row: row) else { continue }
            if cell.column <= (cells.last?.column ?? 0) { inOrder = false }
            cells.append(SheetCell(column: cell.column, value: value, isFormula: cell.isFormula))
        }
        if !inOrder {
            // Out-of-order or repeated columns: sorted, the last value of a column kept.
            var byColumn: [Int: SheetCell] = [:]
            for cell in cells { byColumn[cell.column] = cell }
            cells = byColumn.values.sorted { $0.column < $1.column }
        }
        return cells
    }

    /// The string a shared-string cell refers to; nil for an index that is none (more than 9
    /// digits, or not digits: the cell is read as empty). An index past the table's end is damage.
    func sharedString(_ text: UnsafeBufferPointer<UInt8>, row: Int, column: Int) throws(XLSXReadError) -> String? {
        guard text.count <= 9, let index = XMLAttributes.integer(text) else { return nil }
        guard let string = sharedStrings.string(at: index) else {
            throw XLSXReadError(
                .damaged, file: file,
                message: "cell \(CellReference.a1(row: row, column: column)) refers to shared string "
                    + "\(index), but the table has \(sharedStrings.count)",
                part: part, advice: XLSXReadError.resaveAdvice)
        }
        return string
    }

    /// The value of a cell, nil when it is empty.
    func value(
        _ cell: CapturedRows.Cell, _ text: UnsafeBufferPointer<UInt8>, row: Int
    ) throws(XLSXReadError) -> CellValue? {
        switch cell.type {
        case .number:
            return number(text, style: cell.style)
        case .sharedString:
            guard let string = try sharedString(text, row: row, column: cell.column) else { return nil }
            return string.isEmpty ? nil : .text(string)
        case .inlineString, .formulaString:
            return .text(String(decoding: StringText.decoded(Array(text)), as: UTF8.self))
        case .boolean:
            return .boolean(text.elementsEqual([UInt8(ascii: "1")]) || text.elementsEqual("true".utf8))
        case .error:
            return .error(String(decoding: text, as: UTF8.self))
        case .isoDate:
            return Self.isoDate(String(decoding: text, as: UTF8.self))
        }
    }

    /// A stored number under the cell's number format: a date, a time, text (`@`), or a number.
    private func number(_ bytes: UnsafeBufferPointer<UInt8>, style: Int) -> CellValue {
        let stored = String(decoding: bytes, as: UTF8.self)
        let format = style < formats.count ? formats[style] : .general
        switch format {
        case .general: return Self.looksNumeric(bytes) ? .number(stored) : .text(stored)
        case .text: return .text(stored)
        case .date, .dateTime:
            guard let parsed = StoredNumber(bytes),
                let date = SheetDate(serial: parsed, system: dateSystem, withTime: format == .dateTime)
            else { return Self.looksNumeric(bytes) ? .number(stored) : .text(stored) }
            return .date(date, serial: stored)
        case .time:
            guard let parsed = StoredNumber(bytes), let seconds = SheetDate.secondsOfDay(serial: parsed) else {
                return Self.looksNumeric(bytes) ? .number(stored) : .text(stored)
            }
            return .time(secondsOfDay: seconds, serial: stored)
        }
    }

    /// Only what a number's text holds (digits, sign, point, exponent), with a digit: a value
    /// that is not one (a damaged file) is kept as text rather than called a number.
    static func looksNumeric(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digit = false
        for byte in bytes {
            if byte &- 0x30 < 10 {
                digit = true
            } else if byte != UInt8(ascii: ".") && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "+")
                && byte | 0x20 != UInt8(ascii: "e")
            {
                return false
            }
        }
        return digit
    }

    /// `t="d"`: an ISO 8601 date, `2026-10-05` or `2026-10-05T14:23:01`; other text stays text.
    private static func isoDate(_ text: String) -> CellValue {
        let parts = text.split(separator: "T", maxSplits: 1)
        let day = parts.first?.split(separator: "-") ?? []
        guard day.count == 3, let y = Int(day[0]), let m = Int(day[1]), let d = Int(day[2]),
            (1...12).contains(m), (1...31).contains(d)
        else { return .text(text) }
        var seconds: Int?
        if parts.count == 2 {
            let clock = parts[1].prefix { $0 != "Z" && $0 != "+" }.split(separator: ":")
            if clock.count >= 2, let h = Int(clock[0]), let mi = Int(clock[1]) {
                let s = clock.count > 2 ? Int(clock[2].prefix { $0 != "." }) ?? 0 : 0
                seconds = h * 3600 + mi * 60 + s
                if seconds == 0 { seconds = nil }
            }
        }
        return .date(SheetDate(year: y, month: m, day: d, secondsOfDay: seconds), serial: text)
    }
}
