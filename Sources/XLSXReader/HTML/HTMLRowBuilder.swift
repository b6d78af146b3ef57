/// Turns the HTML parser's events into rows of cells as a sheet shows them (`HTMLTable`).
final class HTMLRowBuilder {
    private let body: (Int, [String]) throws -> Void
    /// The first error of `body`: the reader stops and throws it.
    private(set) var failure: (any Error)?
    /// The number of the open row (1-based), or of the last one handed on.
    private var rowNumber = 0
    private var cells: [String]?
    private var cellText: [UInt8]?
    private var colspan = 1
    private var rowspan = 1
    /// Columns a `rowspan` cell holds: column -> the last row number it covers.
    private var heldUntil: [Int: Int] = [:]

    init(_ body: @escaping (Int, [String]) throws -> Void) {
        self.body = body
    }

    func start(_ name: String, attributes: [String: String]) {
        switch name {
        case "tr":
            finishRow()
            openRow()
        case "td", "th":
            finishCell()
            if cells == nil { openRow() }
            // Columns held by a rowspan cell above are this row's empty cells.
            while let count = cells?.count, let last = heldUntil[count], last >= rowNumber { cells?.append("") }
            cellText = []
            colspan = Self.span(attributes["colspan"])
            rowspan = Self.span(attributes["rowspan"])
        case "br":
            cellText?.append(0x0A)
        default:
            break
        }
    }

    func end(_ name: String) {
        switch name {
        case "td", "th": finishCell()
        case "tr", "table": finishRow()
        default: break
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        cellText?.append(contentsOf: bytes)
    }

    /// Ends the open row, if any, and hands it on (a row of no cells is still a row of the sheet).
    func finishRow() {
        finishCell()
        guard let row = cells else { return }
        cells = nil
        guard failure == nil else { return }
        do { try body(rowNumber, row) } catch { failure = error }
    }

    private func openRow() {
        rowNumber += 1
        cells = []
    }

    private func finishCell() {
        guard let text = cellText, cells != nil else { return }
        cellText = nil
        let column = cells?.count ?? 0
        cells?.append(String(decoding: text, as: UTF8.self))
        cells?.append(contentsOf: repeatElement("", count: colspan - 1))
        if rowspan > 1 {
            for held in column..<column + colspan { heldUntil[held] = rowNumber + rowspan - 1 }
        }
        (colspan, rowspan) = (1, 1)
    }

    /// A `colspan` / `rowspan` value: 1 unless a whole number above 1 (at most 1000).
    private static func span(_ text: String?) -> Int {
        guard let text, let value = Int(text.trimmingCharacters(in: .whitespaces)), value > 1 else { return 1 }
        return min(value, 1000)
    }
}
