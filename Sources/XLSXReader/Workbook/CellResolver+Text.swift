extension CellResolver {
    /// Appends a cell's `CellValue.csvText` to `output`; false (nothing appended) when the cell is
    /// empty. Shared strings, numbers shown as stored, text-formatted numbers, dates and inline
    /// text without escapes are written from the stored bytes; the rest through `value`.
    func appendText(
        _ cell: CapturedRows.Cell, _ text: UnsafeBufferPointer<UInt8>, row: Int, to output: inout ByteRun
    ) throws(XLSXReadError) -> Bool {
        switch cell.type {
        case .sharedString:
            guard let string = try sharedString(text, row: row, column: cell.column), !string.isEmpty else {
                return false
            }
            output.append(string)
            return true
        case .number:
            switch cell.style < formats.count ? formats[cell.style] : .general {
            case .text:
                output.append(text)
                return true
            case .general where !Self.looksNumeric(text) || CellValue.isShortPlain(bytes: text):
                // Text as stored, or a number shown as stored.
                output.append(text)
                return true
            case .date:
                guard let parsed = StoredNumber(text),
                    let date = SheetDate(serial: parsed, system: dateSystem, withTime: false)
                else { break }
                var written: [UInt8] = []
                written.reserveCapacity(10)
                date.appendText(to: &written)
                written.withUnsafeBufferPointer { output.append($0) }
                return true
            default:
                break
            }
        case .inlineString, .formulaString:
            guard StringText.mayHoldEscape(text) else {
                output.append(text)
                return true
            }
        case .boolean, .error, .isoDate:
            break
        }
        guard let value = try value(cell, text, row: row) else { return false }
        output.append(value.csvText)
        return true
    }
}
