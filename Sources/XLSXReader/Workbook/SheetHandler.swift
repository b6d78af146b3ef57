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
    /// The parse's mutable state, behind a pointer: a class's stored properties would cost a
    /// run-time exclusivity check at each of the millions of accesses a sheet makes.
    private let state: UnsafeMutablePointer<State>

    var rowsRead: Int { state.pointee.rowsRead }
    var mergedRanges: [CellRange] { state.pointee.mergedRanges }
    var dimension: CellRange? { state.pointee.dimension }

    private enum CellType {
        case number, sharedString, inlineString, formulaString, boolean, error, isoDate
    }

    private struct State {
        var rowsRead = 0
        var mergedRanges: [CellRange] = []
        var dimension: CellRange?

        // The row being read.
        var inSheetData = false
        var rowNumber = 0
        var cells: [SheetCell] = []
        var cellsInOrder = true

        // The cell being read.
        var column = 0
        var type = CellType.number
        var style = 0
        var hasFormula = false
        var value: [UInt8] = []
        var inlineText: [UInt8] = []
        var collectingValue = false
        var collectingInline = false
        var inInline = false
        var phoneticDepth = 0
    }

    init(context: Context, emit: @escaping (SheetRow) throws -> RowStep) {
        self.context = context
        self.emit = emit
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        super.init()
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        let s = state
        if name.is("c") {
            startCell(attributes)
        } else if name.is("v") {
            s.pointee.collectingValue = true
            s.pointee.value.removeAll(keepingCapacity: true)
        } else if name.is("f") {
            s.pointee.hasFormula = true
        } else if name.is("is") {
            s.pointee.inInline = true
        } else if name.is("rPh") {
            s.pointee.phoneticDepth += 1
        } else if name.is("t") {
            s.pointee.collectingInline = s.pointee.inInline && s.pointee.phoneticDepth == 0
        } else if name.is("row") {
            let given = attributes.integer("r") ?? 0
            s.pointee.rowNumber = given > 0 && given <= CellReference.maxRow ? given : s.pointee.rowNumber + 1
            s.pointee.cells.removeAll(keepingCapacity: true)
            s.pointee.cellsInOrder = true
            s.pointee.column = 0
        } else if name.is("sheetData") {
            s.pointee.inSheetData = true
        } else if name.is("mergeCell") {
            if let ref = attributes.string("ref"), let range = CellRange(a1: ref) {
                s.pointee.mergedRanges.append(range)
            }
        } else if name.is("dimension") {
            if let ref = attributes.string("ref") { s.pointee.dimension = CellRange(a1: ref) }
        }
    }

    private func startCell(_ attributes: XMLAttributes) {
        let s = state
        // One pass over the attributes for the three a cell has (`r`, `s`, `t`).
        var reference: UnsafeBufferPointer<UInt8>?
        var styleText: UnsafeBufferPointer<UInt8>?
        var typeText: UnsafeBufferPointer<UInt8>?
        attributes.forEachSingleLetter { letter, value in
            switch letter {
            case UInt8(ascii: "r"): reference = value
            case UInt8(ascii: "s"): styleText = value
            case UInt8(ascii: "t"): typeText = value
            default: break
            }
        }
        if let reference, let parsed = CellReference.parse(reference) {
            s.pointee.column = parsed.column
        } else {
            s.pointee.column += 1
        }
        if s.pointee.column <= (s.pointee.cells.last?.column ?? 0) { s.pointee.cellsInOrder = false }
        s.pointee.style = styleText.flatMap(XMLAttributes.integer) ?? 0
        s.pointee.hasFormula = false
        s.pointee.inInline = false
        s.pointee.value.removeAll(keepingCapacity: true)
        s.pointee.inlineText.removeAll(keepingCapacity: true)
        s.pointee.type = .number
        if let t = typeText, let first = t.first {
            switch (first, t.count) {
            case (UInt8(ascii: "s"), 1): s.pointee.type = .sharedString
            case (UInt8(ascii: "s"), _): s.pointee.type = .formulaString
            case (UInt8(ascii: "i"), _): s.pointee.type = .inlineString
            case (UInt8(ascii: "b"), _): s.pointee.type = .boolean
            case (UInt8(ascii: "e"), _): s.pointee.type = .error
            case (UInt8(ascii: "d"), _): s.pointee.type = .isoDate
            default: s.pointee.type = .number
            }
        }
    }

    override func endElement(_ name: XMLName) {
        let s = state
        if name.is("v") {
            s.pointee.collectingValue = false
        } else if name.is("c") {
            endCell()
        } else if name.is("t") {
            s.pointee.collectingInline = false
        } else if name.is("row") {
            endRow()
        } else if name.is("rPh") {
            s.pointee.phoneticDepth -= 1
        } else if name.is("is") {
            s.pointee.inInline = false
        } else if name.is("sheetData") {
            s.pointee.inSheetData = false
        }
    }

    override func characters(_ text: UnsafeBufferPointer<UInt8>) {
        let s = state
        if s.pointee.collectingValue {
            s.pointee.value.append(contentsOf: text)
        } else if s.pointee.collectingInline {
            s.pointee.inlineText.append(contentsOf: text)
        }
    }

    private func endCell() {
        let s = state
        guard s.pointee.inSheetData, !shared.pointee.stopping, let value = cellValue() else { return }
        s.pointee.cells.append(SheetCell(column: s.pointee.column, value: value, isFormula: s.pointee.hasFormula))
    }

    /// The value of the cell just closed, nil when it is empty.
    private func cellValue() -> CellValue? {
        let s = state
        let value = s.pointee.value
        switch s.pointee.type {
        case .number:
            return value.isEmpty ? nil : number(value)
        case .sharedString:
            guard let index = Self.integer(value) else { return nil }
            guard let text = context.sharedStrings.string(at: index) else {
                let address = CellReference.a1(row: s.pointee.rowNumber, column: s.pointee.column)
                fail(
                    "cell \(address) refers to shared string \(index), but the table has \(context.sharedStrings.count)"
                )
                return nil
            }
            return text.isEmpty ? nil : .text(text)
        case .inlineString:
            let bytes = s.pointee.inlineText.isEmpty ? value : s.pointee.inlineText
            return bytes.isEmpty ? nil : .text(String(decoding: StringText.decoded(bytes), as: UTF8.self))
        case .formulaString:
            return value.isEmpty ? nil : .text(String(decoding: StringText.decoded(value), as: UTF8.self))
        case .boolean:
            return value.isEmpty ? nil : .boolean(value == [UInt8(ascii: "1")] || value == Array("true".utf8))
        case .error:
            return value.isEmpty ? nil : .error(String(decoding: value, as: UTF8.self))
        case .isoDate:
            return value.isEmpty ? nil : Self.isoDate(value)
        }
    }

    /// A stored number under the cell's number format: a date, a time, text (`@`), or a number.
    private func number(_ bytes: [UInt8]) -> CellValue {
        let stored = String(decoding: bytes, as: UTF8.self)
        let style = state.pointee.style
        let format = style < context.formats.count ? context.formats[style] : .general
        switch format {
        case .general: return Self.looksNumeric(bytes) ? .number(stored) : .text(stored)
        case .text: return .text(stored)
        case .date, .dateTime:
            guard let parsed = StoredNumber(bytes),
                let date = SheetDate(serial: parsed, system: context.dateSystem, withTime: format == .dateTime)
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
    private static func looksNumeric(_ bytes: [UInt8]) -> Bool {
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

    private func endRow() {
        let s = state
        guard s.pointee.inSheetData, !shared.pointee.stopping else { return }
        if !s.pointee.cellsInOrder {
            // Out-of-order or repeated columns: sorted, the last value of a column kept.
            var byColumn: [Int: SheetCell] = [:]
            for cell in s.pointee.cells { byColumn[cell.column] = cell }
            s.pointee.cells = byColumn.values.sorted { $0.column < $1.column }
        }
        s.pointee.rowsRead += 1
        do {
            if try emit(SheetRow(number: s.pointee.rowNumber, cells: s.pointee.cells)) == .stop {
                stop = .finished
            }
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
