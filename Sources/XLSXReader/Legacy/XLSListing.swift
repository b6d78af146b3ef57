/// Reads what `monthend-xls` writes (see its main.c): sheets, then per sheet its rows with cells,
/// one record per line, TAB-separated, `\\ \t \n \r` escaped in text.
struct XLSListing {
    private(set) var names: [String] = []
    private(set) var rows: [[SheetRow]] = []
    private var rowNumber = 0
    private var cells: [SheetCell] = []

    mutating func read(_ bytes: UnsafeRawBufferPointer) {
        var start = 0
        for index in 0..<bytes.count where bytes[index] == 0x0A {
            take(UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
            start = index + 1
        }
        finishRow()
    }

    private mutating func take(_ line: UnsafeRawBufferPointer) {
        let fields = line.split(separator: 0x09, maxSplits: 3, omittingEmptySubsequences: false)
        guard let tag = fields.first?.first else { return }
        switch tag {
        case UInt8(ascii: "S"):
            finishRow()
            names.append(fields.count > 1 ? Self.unescaped(fields[1]) : "")
            rows.append([])
        case UInt8(ascii: "R"):
            finishRow()
            rowNumber = fields.count > 1 ? Int(Self.unescaped(fields[1])) ?? 0 : 0
        case UInt8(ascii: "C"):
            guard fields.count == 4, let column = Int(Self.unescaped(fields[1])), let type = fields[2].first else { return }
            let text = Self.unescaped(fields[3])
            cells.append(SheetCell(column: column, value: type == UInt8(ascii: "n") ? .number(text) : .text(text)))
        default:
            return
        }
    }

    private mutating func finishRow() {
        guard rowNumber > 0, !cells.isEmpty, !rows.isEmpty else {
            cells = []
            return
        }
        rows[rows.count - 1].append(SheetRow(number: rowNumber, cells: cells))
        cells = []
        rowNumber = 0
    }

    private static func unescaped(_ field: Slice<UnsafeRawBufferPointer>) -> String {
        guard field.contains(UInt8(ascii: "\\")) else { return String(decoding: field, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(field.count)
        var escaping = false
        for byte in field {
            if escaping {
                switch byte {
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                default: bytes.append(byte)
                }
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
