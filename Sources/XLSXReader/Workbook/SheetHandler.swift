/// Reads a worksheet part as it streams: each `<row>` becomes a `SheetRow` handed to the consumer
/// as soon as it closes, so memory holds one row whatever the sheet's size. Merged ranges come
/// after the rows in the part (`<mergeCells>` follows `<sheetData>`) and are gathered on the way.
final class SheetHandler: SAXHandler {
    /// What a cell's values mean: the string table, the number format of each style, the date system.
    struct Context {
        let file: String
        let part: String
        let sharedStrings: SharedStrings
        let formats: [NumberFormat]
        let dateSystem: SheetDate.System
    }

    private let context: Context
    private let emit: (SheetRow) throws -> RowStep
    var stop: SAXStop?
    private(set) var rowsRead = 0
    private(set) var mergedRanges: [CellRange] = []
    private(set) var dimension: CellRange?

    // The row being read.
    private var inSheetData = false
    private var rowNumber = 0
    private var cells: [SheetCell] = []
    private var cellsInOrder = true

    // The cell being read.
    private var column = 0
    private var type = CellType.number
    private var style = 0
    private var hasFormula = false
    private var value: [UInt8] = []
    private var inlineText: [UInt8] = []
    private var collectingValue = false
    private var collectingInline = false
    private var inInline = false
    private var phoneticDepth = 0

    private enum CellType {
        case number, sharedString, inlineString, formulaString, boolean, error, isoDate
    }

    init(context: Context, emit: @escaping (SheetRow) throws -> RowStep) {
        self.context = context
        self.emit = emit
    }

    func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("c") {
            startCell(attributes)
        } else if name.is("v") {
            collectingValue = true
            value.removeAll(keepingCapacity: true)
        } else if name.is("f") {
            hasFormula = true
        } else if name.is("is") {
            inInline = true
        } else if name.is("rPh") {
            phoneticDepth += 1
        } else if name.is("t") {
            collectingInline = inInline && phoneticDepth == 0
        } else if name.is("row") {
            let given = attributes.integer("r") ?? 0
            rowNumber = given > 0 && given <= CellReference.maxRow ? given : rowNumber + 1
            cells.removeAll(keepingCapacity: true)
            cellsInOrder = true
            column = 0
        } else if name.is("sheetData") {
            inSheetData = true
        } else if name.is("mergeCell") {
            if let ref = attributes.string("ref"), let range = CellRange(a1: ref) { mergedRanges.append(range) }
        } else if name.is("dimension") {
            if let ref = attributes.string("ref") { dimension = CellRange(a1: ref) }
        }
    }

    private func startCell(_ attributes: XMLAttributes) {
        let previous = column
        if let ref = attributes.value("r"), let parsed = CellReference.parse(ref) {
            column = parsed.column
        } else {
            column = previous + 1
        }
        if column <= (cells.last?.column ?? 0) { cellsInOrder = false }
        style = attributes.integer("s") ?? 0
        hasFormula = false
        inInline = false
        value.removeAll(keepingCapacity: true)
        inlineText.removeAll(keepingCapacity: true)
        type = .number
        if let t = attributes.value("t"), let first = t.first {
            switch (first, t.count) {
            case (UInt8(ascii: "s"), 1): type = .sharedString
            case (UInt8(ascii: "s"), _): type = .formulaString
            case (UInt8(ascii: "i"), _): type = .inlineString
            case (UInt8(ascii: "b"), _): type = .boolean
            case (UInt8(ascii: "e"), _): type = .error
            case (UInt8(ascii: "d"), _): type = .isoDate
            default: type = .number
            }
        }
    }

    func endElement(_ name: XMLName) {
        if name.is("v") {
            collectingValue = false
        } else if name.is("t") {
            collectingInline = false
        } else if name.is("rPh") {
            phoneticDepth -= 1
        } else if name.is("is") {
            inInline = false
        } else if name.is("c") {
            endCell()
        } else if name.is("row") {
            endRow()
        } else if name.is("sheetData") {
            inSheetData = false
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if collectingValue {
            value.append(contentsOf: text)
        } else if collectingInline {
            inlineText.append(contentsOf: text)
        }
    }

    private func endCell() {
        guard inSheetData, stop == nil else { return }
        let cellValue: CellValue?
        switch type {
        case .sharedString:
            guard let index = Self.integer(value) else {
                cellValue = nil
                break
            }
            guard let text = context.sharedStrings.string(at: index) else {
                fail("cell \(CellReference.a1(row: rowNumber, column: column)) refers to shared string \(index), but the table has \(context.sharedStrings.count)")
                return
            }
            cellValue = text.isEmpty ? nil : .text(text)
        case .inlineString:
            let bytes = inlineText.isEmpty ? value : inlineText
            cellValue = bytes.isEmpty ? nil : .text(String(decoding: StringText.decoded(bytes), as: UTF8.self))
        case .formulaString:
            cellValue = value.isEmpty ? nil : .text(String(decoding: StringText.decoded(value), as: UTF8.self))
        case .boolean:
            cellValue = value.isEmpty ? nil : .boolean(value == [UInt8(ascii: "1")] || value == Array("true".utf8))
        case .error:
            cellValue = value.isEmpty ? nil : .error(String(decoding: value, as: UTF8.self))
        case .isoDate:
            cellValue = value.isEmpty ? nil : Self.isoDate(value)
        case .number:
            cellValue = value.isEmpty ? nil : number(value)
        }
        guard let cellValue else { return }
        cells.append(SheetCell(column: column, value: cellValue, isFormula: hasFormula))
    }

    /// A stored number under the cell's number format: a date, a time, text (`@`), or a number.
    private func number(_ bytes: [UInt8]) -> CellValue {
        let stored = String(decoding: bytes, as: UTF8.self)
        let format = style < context.formats.count ? context.formats[style] : .general
        guard let parsed = StoredNumber(bytes) else { return .text(stored) }
        switch format {
        case .general: return .number(stored)
        case .text: return .text(stored)
        case .date, .dateTime:
            guard let date = SheetDate(serial: parsed, system: context.dateSystem, withTime: format == .dateTime)
            else { return .number(stored) }
            return .date(date, serial: stored)
        case .time:
            guard let seconds = SheetDate.secondsOfDay(serial: parsed) else { return .number(stored) }
            return .time(secondsOfDay: seconds, serial: stored)
        }
    }

    private func endRow() {
        guard inSheetData, stop == nil else { return }
        if !cellsInOrder {
            // Out-of-order or repeated columns: sorted, the last value of a column kept.
            var byColumn: [Int: SheetCell] = [:]
            for cell in cells { byColumn[cell.column] = cell }
            cells = byColumn.values.sorted { $0.column < $1.column }
        }
        rowsRead += 1
        do {
            if try emit(SheetRow(number: rowNumber, cells: cells)) == .stop { stop = .finished }
        } catch {
            stop = .failed(error)
        }
    }

    private func fail(_ message: String) {
        stop = .failed(
            XLSXReadError(
                .damaged, file: context.file, message: message, part: context.part, advice: XLSXReadError.resaveAdvice))
    }

    private static func integer(_ bytes: [UInt8]) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var result = 0
        for byte in bytes {
            guard byte &- 0x30 < 10 else { return nil }
            result = result * 10 + Int(byte &- 0x30)
        }
        return result
    }

    /// `t="d"`: an ISO 8601 date, `2026-10-05` or `2026-10-05T14:23:01`; other text stays text.
    private static func isoDate(_ bytes: [UInt8]) -> CellValue {
        let text = String(decoding: bytes, as: UTF8.self)
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

/// What the row consumer wants next.
public enum RowStep: Sendable {
    case next
    case stop
}
