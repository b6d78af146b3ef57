/// Turns the logical workbook into the sheets as written: over-long texts cut (each noted on the
/// rejected-rows sheet), sheets past Excel's row limit continued on `name (2)`, summary figures and
/// totals resolved into formulas with their computed values, column widths fitted.
///
/// Held rows are worked on in place. Generated rows (the big detail sheets) are never held: one
/// `SheetScan` pass builds each row once and gathers everything at once (cut texts, figures, sums,
/// widths); the cut is applied again as the writer builds the row, and parts are index ranges.
public struct WorkbookPlacement: Sendable {
    /// Excel's rows per sheet; tests inject a small limit.
    public var rowLimit: Int
    /// Excel's characters per cell.
    public var textLimit: Int
    /// Columns never get wider than this many characters.
    public var maximumWidth: Int
    /// The reason written on the rejected-rows sheet for a cut text; `{length}` is the original length.
    public var cutReason: String

    public init(rowLimit: Int = 1_048_576, textLimit: Int = 32_767, maximumWidth: Int = 60, cutReason: String) {
        precondition(rowLimit >= 8, "a sheet needs room for a header, rows, totals and notes")
        self.rowLimit = rowLimit
        self.textLimit = textLimit
        self.maximumWidth = maximumWidth
        self.cutReason = cutReason
    }

    public func place(_ model: WorkbookModel) -> WorkbookModel {
        let asked = aggregatesBySheet(model.sheets)
        var result = model
        result.sheets = place(
            model.sheets, scans: scanGenerated(model.sheets, asked: asked), placing: Set(model.sheets.indices)
        ).flatMap { $0 }
        return result
    }

    /// The placed parts of the sheets `placing` (indices into `sheets`; [] for the others), given
    /// the scans of the generated sheets by index. A generated sheet without its scan may be left
    /// out of `placing`: `OnePassExport` places the sheets that ask nothing of its rows while they
    /// are written, and the rest once its scan is done.
    func place(_ logical: [SheetModel], scans: [Int: SheetScan], placing: Set<Int>) -> [[SheetModel]] {
        var sheets = logical
        // Long texts, in sheet order (rows, then trailer); generated sheets scanned once for all.
        var notes: [[CellValue]] = []
        for s in sheets.indices {
            if let scan = scans[s] {
                sheets[s].rows = sheets[s].rows.replacing(cells: scan.cutCells)
                notes += scan.notes
            } else if !sheets[s].rows.isGenerated {
                notes += cutLongTexts(inRowsOf: &sheets[s])
            }
            notes += cutLongTexts(inTrailerOf: &sheets[s])
        }
        if !notes.isEmpty, let rejected = sheets.firstIndex(where: { $0.id == .rejectedRows }) {
            sheets[rejected].rows.append(contentsOf: notes)
            // The "no input" line no longer applies once the sheet has rows.
            sheets[rejected].trailer.removeAll()
        }
        let parts = sheets.map(split)
        var partsByID: [SheetID: [SheetModel]] = [:]
        for (s, sheet) in sheets.enumerated() { partsByID[sheet.id, default: []] += parts[s] }

        // Every figure the placed sheets ask: from the scan of a generated sheet, or one pass over a
        // held sheet's parts.
        var values: [Aggregate: StoredValue] = [:]
        for scan in scans.values { values.merge(scan.values) { first, _ in first } }
        let asked = aggregatesBySheet(placing.sorted().map { sheets[$0] })
        for (id, aggregates) in asked where !aggregates.allSatisfy({ values[$0] != nil }) {
            values.merge(figures(aggregates, over: partsByID[id] ?? [])) { first, _ in first }
        }
        func resolved(_ aggregate: Aggregate) -> CellValue {
            guard let value = values[aggregate] else { preconditionFailure("figure not computed: \(aggregate)") }
            return .formula(formula(aggregate, over: partsByID[aggregate.sheet] ?? []), value)
        }

        var placed: [[SheetModel]] = Array(repeating: [], count: sheets.count)
        for s in placing.sorted() {
            for (p, var part) in parts[s].enumerated() {
                resolveAggregates(in: &part, resolved)
                if let scan = scans[s] {
                    part.totalsCells = totalsCells(of: part, sums: scan.partTotals[p])
                    part.columnWidths = widths(of: part, rowWidths: scan.partWidths[p])
                } else {
                    part.totalsCells = totalsCells(of: part, sums: nil)
                    part.columnWidths = widths(of: part, rowWidths: nil)
                }
                placed[s].append(part)
            }
        }
        return placed
    }

    /// The scans of the generated sheets, by sheet index: the biggest on a second thread while this
    /// one scans the rest (at 1M slips the courier sheet's scan is most of the placement's time).
    func scanGenerated(_ sheets: [SheetModel], asked: [SheetID: [Aggregate]]) -> [Int: SheetScan] {
        let generated = sheets.indices.filter { sheets[$0].rows.isGenerated }
        @Sendable func scan(_ s: Int) -> SheetScan { self.scan(sheets[s], asked: asked) }
        func cells(_ s: Int) -> Int { sheets[s].rows.count * sheets[s].columns.count }
        guard generated.count > 1, let biggest = generated.max(by: { cells($0) < cells($1) }) else {
            return Dictionary(uniqueKeysWithValues: generated.map { ($0, scan($0)) })
        }
        let (bigScan, rest) = Parallel.both(
            { scan(biggest) }, { generated.filter { $0 != biggest }.map { ($0, scan($0)) } })
        var scans = Dictionary(uniqueKeysWithValues: rest)
        scans[biggest] = bigScan
        return scans
    }

    /// One generated sheet's scan, gathering the figures `asked` of it.
    func scan(_ sheet: SheetModel, asked: [SheetID: [Aggregate]]) -> SheetScan {
        SheetScan(sheet, parts: partRanges(sheet), aggregates: asked[sheet.id] ?? [], placement: self)
    }

    // MARK: - Long texts

    /// Cuts the held rows' long texts in place; their notes.
    private func cutLongTexts(inRowsOf sheet: inout SheetModel) -> [[CellValue]] {
        var notes: [[CellValue]] = []
        for (r, row) in sheet.rows.enumerated() {
            for (c, cell) in row.enumerated() {
                guard case .text(let text) = cell, let cut = cut(text) else { continue }
                sheet.rows[r][c] = .text(cut)
                notes.append(note(sheet: sheet.name, row: sheet.firstDataRowNumber + r, column: c + 1, text: text))
            }
        }
        return notes
    }

    /// Cuts the trailer's long texts in place; their notes.
    private func cutLongTexts(inTrailerOf sheet: inout SheetModel) -> [[CellValue]] {
        var notes: [[CellValue]] = []
        let trailerStart = sheet.trailerStartRow
        for r in sheet.trailer.indices {
            for c in sheet.trailer[r].cells.indices {
                guard case .text(let text) = sheet.trailer[r].cells[c], let cut = cut(text) else { continue }
                sheet.trailer[r].cells[c] = .text(cut)
                notes.append(note(sheet: sheet.name, row: trailerStart + r + 1, column: c + 1, text: text))
            }
        }
        return notes
    }

    /// The text cut to the limit, counted in UTF-16 units as Excel counts (never splitting a
    /// scalar); nil when it fits.
    func cut(_ text: String) -> String? {
        // UTF-8 never has fewer units than UTF-16, and its count costs nothing: most texts stop here.
        guard text.utf8.count > textLimit, text.utf16.count > textLimit else { return nil }
        var units = 0
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let width = scalar.utf16.count
            if units + width > textLimit { break }
            units += width
            scalars.append(scalar)
        }
        return String(scalars)
    }

    func note(sheet: String, row: Int, column: Int, text: String) -> [CellValue] {
        let length = String(text.utf16.count)
        let preview = String(text.unicodeScalars.prefix(100).map(Character.init))
        return [
            .text(sheet), .integer(row), .integer(column), .text(preview),
            .text(cutReason.replacingPlaceholder("{length}", with: length)),
        ]
    }

    // MARK: - Row limit

    /// One sheet, or its parts when its rows pass the row limit; the last part carries the totals,
    /// the trailer and the charts. Generated rows stay generated (a part is an index range).
    func split(_ sheet: SheetModel) -> [SheetModel] {
        let ranges = partRanges(sheet)
        if ranges.count == 1 { return [sheet] }
        return ranges.enumerated().map { index, range in
            var part = sheet
            part.rows = sheet.rows.rows(in: range)
            let last = index == ranges.count - 1
            if index > 0 { part.name = Self.partName(sheet.name, part: index + 1) }
            if !last {
                part.totals = nil
                part.trailer = []
                part.charts = []
            }
            return part
        }
    }

    /// The rows of each part: all of them when they fit; else full parts, the last one leaving
    /// room for totals and trailer.
    func partRanges(_ sheet: SheetModel) -> [Range<Int>] {
        let capacity = rowLimit - 1 - sheet.headerRowIndex
        let extra = (sheet.totals == nil ? 0 : 1) + (sheet.trailer.isEmpty ? 0 : 1 + sheet.trailer.count)
        precondition(extra < capacity, "totals and trailer of \(sheet.name) do not fit on a sheet")
        let count = sheet.rows.count
        if count + extra <= capacity { return [0..<count] }
        var ranges: [Range<Int>] = []
        var start = 0
        while start < count {
            let remaining = count - start
            let take: Int
            if remaining > capacity {
                take = capacity
            } else if remaining + extra > capacity {
                take = remaining - (capacity - extra)
            } else {
                take = remaining
            }
            ranges.append(start..<(start + take))
            start += take
        }
        return ranges
    }

    /// `快递对账 (2)`, the base shortened when needed to keep Excel's 31-character limit.
    static func partName(_ base: String, part: Int) -> String {
        let suffix = " (\(part))"
        let room = 31 - suffix.count
        return String(base.prefix(room)) + suffix
    }

    // MARK: - Totals and widths

    /// The totals row; `sums` are the part's column sums when a scan computed them already.
    private func totalsCells(of sheet: SheetModel, sums: [Total]?) -> [CellValue] {
        guard let totals = sheet.totals, !sheet.rows.isEmpty else { return [] }
        let firstRow = sheet.firstDataRowNumber
        let lastRow = firstRow + sheet.rows.count - 1
        return totals.enumerated().map { column, total in
            switch total {
            case .none: return .empty
            case .label(let text): return .text(text)
            case .sum:
                let letter = FormulaReference.columnName(column)
                var total = Total()
                if let sums {
                    total = sums[column]
                } else {
                    for row in sheet.rows where column < row.count { total.add(row[column]) }
                }
                return .formula(
                    "SUM(" + letter + String(firstRow) + ":" + letter + String(lastRow) + ")",
                    total.value(kind: sheet.columns[column].kind))
            }
        }
    }

    /// Widest shown text of each column (header, rows, totals, trailer), plus padding, capped;
    /// `rowWidths` are the data rows' widest cells when a scan measured them already.
    private func widths(of sheet: SheetModel, rowWidths: [Int]?) -> [Int] {
        var widths = sheet.columns.map { DisplayWidth.of($0.header) }
        func measure(_ cells: [CellValue]) {
            for (c, cell) in cells.enumerated() where c < widths.count {
                if case .empty = cell { continue }
                widths[c] = max(widths[c], DisplayWidth.width(cell))
            }
        }
        if let rowWidths {
            for c in widths.indices { widths[c] = max(widths[c], rowWidths[c]) }
        } else {
            for row in sheet.rows { measure(row) }
        }
        measure(sheet.totalsCells)
        // Trailer notes often run across empty columns: they only widen when they sit in column B+.
        for row in sheet.trailer where row.cells.count > 1 { measure(row.cells) }
        return widths.map { min(maximumWidth, max(6, $0 + 2)) }
    }
}

extension String {
    /// Replaces every `placeholder` (no Foundation needed).
    /// Byte search over UTF-8: a placeholder starts with an ASCII byte, so a match never starts
    /// inside a character (the generic `replacing` costs a tenth of the write phase on the dunning plan).
    func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        guard let first = placeholder.utf8.first, first < 0x80 else {
            return placeholder.isEmpty ? self : replacing(placeholder, with: value)
        }
        let pattern = Array(placeholder.utf8)
        let bytes = Array(utf8)
        guard bytes.count >= pattern.count else { return self }
        var out: [UInt8] = []
        var i = 0
        var copied = 0
        var found = false
        while i + pattern.count <= bytes.count {
            if bytes[i] == first && bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                if !found {
                    found = true
                    out.reserveCapacity(bytes.count + value.utf8.count)
                }
                out.append(contentsOf: bytes[copied..<i])
                out.append(contentsOf: value.utf8)
                i += pattern.count
                copied = i
            } else {
                i += 1
            }
        }
        guard found else { return self }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }
}
