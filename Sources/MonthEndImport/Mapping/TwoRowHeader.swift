/// A header written on two rows, as exports of merged header cells come: 建设银行's `发生额/元` over
/// `借方 | 贷方`, a 收发存 sheet's `期初` over `数量 | 金额`. Saved as CSV (or read from a sheet), the
/// merged cell keeps its text in its first column only, so the top row has an empty cell inside a
/// span and the row below names the parts. Read alone, the top row would take `发生额/元` for an
/// unsigned amount; read together, the columns are `借方发生额/元` and `贷方发生额/元`.
struct TwoRowHeader {
    /// Normalised header words of every kind (with and without a unit), to choose how a part and
    /// its span's text combine.
    private let knownKeys: Set<String>
    private let units: [String]

    init(table: SynonymTable) {
        knownKeys = Set(table.kindSpecs.flatMap { $0.fields.flatMap(\.keys) })
        units = table.headerUnits
    }

    /// The header `top` and `below` make together, or nil when `below` is not the rest of `top`.
    /// `below` continues the header when it holds words only (no digit, nothing long) and at
    /// least one of them stands under an empty cell of `top` that a filled cell on its left spans.
    /// A part under a span is joined to the span's text, part first when that is a known header
    /// word (`借方` + `发生额/元`), else span first (`期初` + `数量` = `期初数量`, `期初金额`); a
    /// column of `top` with nothing below keeps its text.
    func combined(_ top: [String], _ below: [String]) -> [String]? {
        let parts = below.map(CellText.trimmed)
        guard parts.contains(where: { !$0.isEmpty }),
            parts.allSatisfy({ $0.isEmpty || ($0.count <= 16 && !CellText.hasASCIIDigit($0) && !Self.hasWideDigit($0)) })
        else { return nil }
        let spans = Self.spanTexts(top)
        let underSpan = parts.indices.contains { column in
            !parts[column].isEmpty && column < top.count && CellText.trimmed(top[column]).isEmpty
                && spans[column] != nil
        }
        guard underSpan else { return nil }
        let width = max(top.count, parts.count)
        return (0..<width).map { column in
            let own = column < top.count ? top[column] : ""
            let part = column < parts.count ? parts[column] : ""
            guard !part.isEmpty else { return own }
            guard let span = column < spans.count ? spans[column] : nil else { return part }
            let partFirst = part + CellText.trimmed(span)
            let spanFirst = CellText.trimmed(span) + part
            return isKnown(partFirst) ? partFirst : spanFirst
        }
    }

    /// Per column, the text of the filled cell that covers it: its own, or for an empty cell the
    /// nearest filled cell on its left (a merged cell keeps its text in its first column).
    private static func spanTexts(_ top: [String]) -> [String?] {
        var current: String?
        return top.map { cell in
            if !CellText.trimmed(cell).isEmpty { current = cell }
            return current
        }
    }

    private func isKnown(_ header: String) -> Bool {
        let key = HeaderKey.normalize(header)
        if knownKeys.contains(key) { return true }
        return HeaderKey.withoutUnit(key, units: units).map(knownKeys.contains) ?? false
    }

    /// Full-width digits (０-９), which a data row may hold where the header row never does.
    private static func hasWideDigit(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xFF10...0xFF19).contains($0.value) }
    }
}
