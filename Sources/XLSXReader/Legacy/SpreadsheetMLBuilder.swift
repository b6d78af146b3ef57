/// Turns SpreadsheetML's parse events into sheets of rows (`SpreadsheetMLWorkbook`).
final class SpreadsheetMLBuilder {
    private(set) var names: [String] = []
    private(set) var rows: [[SheetRow]] = []
    private var rowNumber = 0
    private var column = 0
    private var cells: [SheetCell]?
    /// The open `<Data>`'s type and text.
    private var dataType: String?
    private var dataText: [UInt8]?
    /// Columns the open cell spans to its right (`ss:MergeAcross`).
    private var pendingSkip = 0

    func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "Worksheet":
            names.append(attributes["Name"] ?? "Sheet\(names.count + 1)")
            rows.append([])
            rowNumber = 0
        case "Row":
            rowNumber = attributes["Index"].flatMap { Int($0) } ?? rowNumber + 1
            column = 0
            cells = []
        case "Cell":
            column = attributes["Index"].flatMap { Int($0) } ?? column + 1
            // A cell merged across n more columns takes them: the next cell comes after.
            pendingSkip = attributes["MergeAcross"].flatMap { Int($0) } ?? 0
        case "Data":
            dataType = attributes["Type"] ?? "String"
            dataText = []
        default:
            break
        }
    }

    func end(_ name: String) {
        switch name {
        case "Data":
            if let type = dataType, let text = dataText, let value = Self.value(type, String(decoding: text, as: UTF8.self)) {
                cells?.append(SheetCell(column: column, value: value))
            }
            (dataType, dataText) = (nil, nil)
        case "Cell":
            column += max(pendingSkip, 0)
            pendingSkip = 0
        case "Row":
            if let row = cells, !row.isEmpty, !rows.isEmpty {
                rows[rows.count - 1].append(SheetRow(number: rowNumber, cells: row))
            }
            cells = nil
        default:
            break
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        dataText?.append(contentsOf: bytes)
    }

    /// A `<Data>` of `type` as the `.xlsx` path types it; nil for an empty one.
    static func value(_ type: String, _ text: String) -> CellValue? {
        guard !text.isEmpty else { return nil }
        switch type {
        case "Number": return .number(text.trimmingCharacters(in: .whitespaces))
        case "Boolean": return .boolean(text == "1" || text.lowercased() == "true")
        case "Error": return .error(text)
        case "DateTime": return dateTime(text).map { .date($0, serial: text) } ?? .text(text)
        default: return .text(text)
        }
    }

    /// `2026-10-05T14:23:01.000`: the date, with its time of day when it has one.
    private static func dateTime(_ text: String) -> SheetDate? {
        let parts = text.split(separator: "T", maxSplits: 1)
        let day = parts.first?.split(separator: "-").compactMap { Int($0) } ?? []
        guard day.count == 3 else { return nil }
        var seconds: Int?
        if parts.count == 2 {
            let clock = parts[1].split(separator: ".").first?.split(separator: ":").compactMap { Int($0) } ?? []
            if clock.count == 3 {
                let total = clock[0] * 3600 + clock[1] * 60 + clock[2]
                seconds = total == 0 ? nil : total
            }
        }
        return SheetDate(year: day[0], month: day[1], day: day[2], secondsOfDay: seconds)
    }
}
