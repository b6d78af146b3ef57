/// Turns the logical workbook into the sheets as written: over-long texts cut (each noted on the
/// rejected-rows sheet), sheets past Excel's row limit continued on `name (2)`, summary figures and
/// totals resolved into formulas with their computed values, column widths fitted.
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
        var sheets = cutLongTexts(model.sheets)
        sheets = sheets.flatMap(split)
        sheets = resolveAggregates(sheets)
        for i in sheets.indices {
            sheets[i].totalsCells = totalsCells(of: sheets[i])
            sheets[i].columnWidths = widths(of: sheets[i])
        }
        var placed = model
        placed.sheets = sheets
        return placed
    }

    // MARK: - Long texts

    private func cutLongTexts(_ sheets: [SheetModel]) -> [SheetModel] {
        var sheets = sheets
        var notes: [[CellValue]] = []
        for s in sheets.indices {
            for r in sheets[s].rows.indices {
                for c in sheets[s].rows[r].indices {
                    guard case .text(let text) = sheets[s].rows[r][c], let cut = cut(text) else { continue }
                    sheets[s].rows[r][c] = .text(cut)
                    notes.append(
                        note(sheet: sheets[s].name, row: sheets[s].firstDataRowNumber + r, column: c + 1, text: text))
                }
            }
            let trailerStart = sheets[s].trailerStartRow
            for r in sheets[s].trailer.indices {
                for c in sheets[s].trailer[r].cells.indices {
                    guard case .text(let text) = sheets[s].trailer[r].cells[c], let cut = cut(text) else { continue }
                    sheets[s].trailer[r].cells[c] = .text(cut)
                    notes.append(note(sheet: sheets[s].name, row: trailerStart + r + 1, column: c + 1, text: text))
                }
            }
        }
        if !notes.isEmpty, let rejected = sheets.firstIndex(where: { $0.id == .rejectedRows }) {
            sheets[rejected].rows.append(contentsOf: notes)
            // The "no input" line no longer applies once the sheet has rows.
            sheets[rejected].trailer.removeAll()
        }
        return sheets
    }

    /// The text cut to the limit, counted in UTF-16 units as Excel counts (never splitting a
    /// scalar); nil when it fits.
    func cut(_ text: String) -> String? {
        guard text.utf16.count > textLimit else { return nil }
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

    private func note(sheet: String, row: Int, column: Int, text: String) -> [CellValue] {
        let length = String(text.utf16.count)
        let preview = String(text.unicodeScalars.prefix(100).map(Character.init))
        return [
            .text(sheet), .integer(row), .integer(column), .text(preview),
            .text(cutReason.replacingPlaceholder("{length}", with: length)),
        ]
    }

    // MARK: - Row limit

    /// One sheet, or its parts when its rows pass the row limit; the last part carries the totals,
    /// the trailer and the charts.
    func split(_ sheet: SheetModel) -> [SheetModel] {
        let capacity = rowLimit - 1 - sheet.headerRowIndex
        let extra = (sheet.totals == nil ? 0 : 1) + (sheet.trailer.isEmpty ? 0 : 1 + sheet.trailer.count)
        precondition(extra < capacity, "totals and trailer of \(sheet.name) do not fit on a sheet")
        if sheet.rows.count + extra <= capacity { return [sheet] }

        var chunks: [ArraySlice<[CellValue]>] = []
        var start = 0
        while start < sheet.rows.count {
            let remaining = sheet.rows.count - start
            let take: Int
            if remaining > capacity {
                take = capacity
            } else if remaining + extra > capacity {
                take = remaining - (capacity - extra)
            } else {
                take = remaining
            }
            chunks.append(sheet.rows[start..<(start + take)])
            start += take
        }
        return chunks.enumerated().map { index, rows in
            var part = sheet
            part.rows = Array(rows)
            let last = index == chunks.count - 1
            if index > 0 { part.name = Self.partName(sheet.name, part: index + 1) }
            if !last {
                part.totals = nil
                part.trailer = []
                part.charts = []
            }
            return part
        }
    }

    /// `快递对账 (2)`, the base shortened when needed to keep Excel's 31-character limit.
    static func partName(_ base: String, part: Int) -> String {
        let suffix = " (\(part))"
        let room = 31 - suffix.count
        return String(base.prefix(room)) + suffix
    }

    // MARK: - Formulas

    private func resolveAggregates(_ sheets: [SheetModel]) -> [SheetModel] {
        var parts: [SheetID: [SheetModel]] = [:]
        for sheet in sheets { parts[sheet.id, default: []].append(sheet) }
        return sheets.map { sheet in
            var sheet = sheet
            for r in sheet.rows.indices {
                for c in sheet.rows[r].indices {
                    if case .aggregate(let a) = sheet.rows[r][c] {
                        sheet.rows[r][c] = resolve(a, over: parts[a.sheet] ?? [])
                    }
                }
            }
            for r in sheet.trailer.indices {
                for c in sheet.trailer[r].cells.indices {
                    if case .aggregate(let a) = sheet.trailer[r].cells[c] {
                        sheet.trailer[r].cells[c] = resolve(a, over: parts[a.sheet] ?? [])
                    }
                }
            }
            return sheet
        }
    }

    /// The formula over every part's data rows, and its value computed from the same cells.
    func resolve(_ aggregate: Aggregate, over parts: [SheetModel]) -> CellValue {
        func range(_ part: SheetModel, _ column: Int) -> String {
            let first = part.firstDataRowNumber
            return FormulaReference.columnRange(
                sheet: part.name, column: column, firstRow: first, lastRow: first + max(0, part.rows.count - 1))
        }
        let terms: [String]
        let value: StoredValue
        let cells = { (column: Int) in parts.flatMap { $0.rows.map { column < $0.count ? $0[column] : .empty } } }
        switch aggregate.function {
        case .sum(let column):
            terms = parts.map { "SUM(" + range($0, column) + ")" }
            value = Self.sum(cells(column), kind: parts.first?.columns[column].kind ?? .money)
        case .count(let column):
            terms = parts.map { "COUNTA(" + range($0, column) + ")" }
            value = .integer(cells(column).filter { $0 != .empty }.count)
        case .countIf(let column, let criterion):
            terms = parts.map { "COUNTIF(" + range($0, column) + "," + Self.formulaText(criterion) + ")" }
            value = .integer(cells(column).filter { Self.matches($0, criterion) }.count)
        case .sumIf(let criterionColumn, let criterion, let sumColumn):
            terms = parts.map {
                "SUMIF(" + range($0, criterionColumn) + "," + Self.formulaText(criterion) + "," + range($0, sumColumn)
                    + ")"
            }
            let keys = cells(criterionColumn)
            let values = cells(sumColumn)
            let picked = zip(keys, values).filter { Self.matches($0.0, criterion) }.map(\.1)
            value = Self.sum(picked, kind: parts.first?.columns[sumColumn].kind ?? .money)
        case .countBlank(let column):
            // An empty part's range is its blank first row, which COUNTBLANK would count.
            terms = parts.map { $0.rows.isEmpty ? "0" : "COUNTBLANK(" + range($0, column) + ")" }
            value = .integer(cells(column).filter { $0 == .empty }.count)
        case .sumIfs(let sumColumn, let conditions):
            terms = parts.map { part in
                let pairs = conditions.map { "," + range(part, $0.column) + "," + Self.formulaText($0.criterion) }
                return "SUMIFS(" + range(part, sumColumn) + pairs.joined() + ")"
            }
            let values = cells(sumColumn)
            let keys = conditions.map { cells($0.column) }
            let picked = values.indices.filter { row in
                zip(conditions, keys).allSatisfy { Self.matches($0.1[row], $0.0.criterion) }
            }.map { values[$0] }
            value = Self.sum(picked, kind: parts.first?.columns[sumColumn].kind ?? .money)
        case .negativeSum(let column):
            terms = parts.map { "-SUMIF(" + range($0, column) + ",\"<0\")" }
            let negatives = cells(column).filter { Self.isNegative($0) }
            value = Self.negated(Self.sum(negatives, kind: parts.first?.columns[column].kind ?? .money))
        }
        let formula = terms.isEmpty ? "0" : terms.joined(separator: "+")
        return .formula(formula, value)
    }

    static func isNegative(_ cell: CellValue) -> Bool {
        switch cell {
        case .money(let m), .formula(_, .money(let m)): return m.isNegative
        case .quantity(let q), .formula(_, .quantity(let q)): return q.isNegative
        case .integer(let i), .formula(_, .integer(let i)): return i < 0
        default: return false
        }
    }

    static func negated(_ value: StoredValue) -> StoredValue {
        switch value {
        case .money(let m): return .money(-m)
        case .quantity(let q): return .quantity(-q)
        case .integer(let i): return .integer(-i)
        case .text: return value
        }
    }

    static func formulaText(_ criterion: Aggregate.Criterion) -> String {
        switch criterion {
        case .equals(let text): return FormulaReference.stringLiteral(text)
        case .positive: return "\">0\""
        }
    }

    static func matches(_ cell: CellValue, _ criterion: Aggregate.Criterion) -> Bool {
        switch criterion {
        case .equals(let text):
            if case .text(let s) = cell { return s.lowercased() == text.lowercased() }
            return false
        case .positive:
            switch cell {
            case .money(let m): return m.isPositive
            case .quantity(let q), .percent(let q): return q.micros > 0
            case .integer(let i): return i > 0
            case .formula(_, .money(let m)): return m.isPositive
            case .formula(_, .integer(let i)): return i > 0
            case .formula(_, .quantity(let q)): return q.micros > 0
            default: return false
            }
        }
    }

    /// The exact sum of the numeric cells, typed as the column is.
    static func sum(_ cells: [CellValue], kind: ColumnKind) -> StoredValue {
        var money = Money.zero
        var quantity = Quantity.zero
        var integer = 0
        for cell in cells {
            switch cell {
            case .money(let m), .formula(_, .money(let m)): money += m
            case .quantity(let q), .formula(_, .quantity(let q)): quantity += q
            case .integer(let i), .formula(_, .integer(let i)): integer += i
            default: break
            }
        }
        switch kind {
        case .quantity: return .quantity(quantity)
        case .integer: return .integer(integer)
        default: return .money(money)
        }
    }

    // MARK: - Totals and widths

    private func totalsCells(of sheet: SheetModel) -> [CellValue] {
        guard let totals = sheet.totals, !sheet.rows.isEmpty else { return [] }
        let firstRow = sheet.firstDataRowNumber
        let lastRow = firstRow + sheet.rows.count - 1
        return totals.enumerated().map { column, total in
            switch total {
            case .none: return .empty
            case .label(let text): return .text(text)
            case .sum:
                let letter = FormulaReference.columnName(column)
                let cells = sheet.rows.map { column < $0.count ? $0[column] : .empty }
                return .formula(
                    "SUM(" + letter + String(firstRow) + ":" + letter + String(lastRow) + ")",
                    Self.sum(cells, kind: sheet.columns[column].kind))
            }
        }
    }

    /// Widest shown text of each column (header, rows, totals, trailer), plus padding, capped.
    private func widths(of sheet: SheetModel) -> [Int] {
        var widths = sheet.columns.map { DisplayWidth.of($0.header) }
        func measure(_ cells: [CellValue]) {
            for (c, cell) in cells.enumerated() where c < widths.count {
                if case .empty = cell { continue }
                widths[c] = max(widths[c], DisplayWidth.of(DisplayWidth.shownText(cell)))
            }
        }
        for row in sheet.rows { measure(row) }
        measure(sheet.totalsCells)
        // Trailer notes often run across empty columns: they only widen when they sit in column B+.
        for row in sheet.trailer where row.cells.count > 1 { measure(row.cells) }
        return widths.map { min(maximumWidth, max(6, $0 + 2)) }
    }
}

extension String {
    /// Replaces every `placeholder` (no Foundation needed).
    func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        placeholder.isEmpty ? self : replacing(placeholder, with: value)
    }
}
