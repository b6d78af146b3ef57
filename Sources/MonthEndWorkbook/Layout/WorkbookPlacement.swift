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
        // The summary and the by-account table ask for several of the same figures: each is
        // computed once (one pass over the detail rows per distinct figure).
        var resolved: [Aggregate: CellValue] = [:]
        func value(_ a: Aggregate) -> CellValue {
            if let known = resolved[a] { return known }
            let computed = resolve(a, over: parts[a.sheet] ?? [])
            resolved[a] = computed
            return computed
        }
        return sheets.map { sheet in
            var sheet = sheet
            for r in sheet.rows.indices {
                for c in sheet.rows[r].indices {
                    if case .aggregate(let a) = sheet.rows[r][c] { sheet.rows[r][c] = value(a) }
                }
            }
            for r in sheet.trailer.indices {
                for c in sheet.trailer[r].cells.indices {
                    if case .aggregate(let a) = sheet.trailer[r].cells[c] { sheet.trailer[r].cells[c] = value(a) }
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
        /// Every data row of every part, in order, without copying the cells out.
        func eachRow(_ body: ([CellValue]) -> Void) {
            for part in parts { for row in part.rows { body(row) } }
        }
        func cell(_ row: [CellValue], _ column: Int) -> CellValue { column < row.count ? row[column] : .empty }
        func kind(_ column: Int) -> ColumnKind { parts.first?.columns[column].kind ?? .money }
        switch aggregate.function {
        case .sum(let column):
            terms = parts.map { "SUM(" + range($0, column) + ")" }
            var total = Total()
            eachRow { total.add(cell($0, column)) }
            value = total.value(kind: kind(column))
        case .count(let column):
            terms = parts.map { "COUNTA(" + range($0, column) + ")" }
            var count = 0
            eachRow { if cell($0, column) != .empty { count += 1 } }
            value = .integer(count)
        case .countIf(let column, let criterion):
            terms = parts.map { "COUNTIF(" + range($0, column) + "," + Self.formulaText(criterion) + ")" }
            let matcher = Matcher(criterion)
            var count = 0
            eachRow { if matcher.matches(cell($0, column)) { count += 1 } }
            value = .integer(count)
        case .sumIf(let criterionColumn, let criterion, let sumColumn):
            terms = parts.map {
                "SUMIF(" + range($0, criterionColumn) + "," + Self.formulaText(criterion) + "," + range($0, sumColumn)
                    + ")"
            }
            let matcher = Matcher(criterion)
            var total = Total()
            eachRow { if matcher.matches(cell($0, criterionColumn)) { total.add(cell($0, sumColumn)) } }
            value = total.value(kind: kind(sumColumn))
        case .countBlank(let column):
            // An empty part's range is its blank first row, which COUNTBLANK would count.
            terms = parts.map { $0.rows.isEmpty ? "0" : "COUNTBLANK(" + range($0, column) + ")" }
            var count = 0
            eachRow { if cell($0, column) == .empty { count += 1 } }
            value = .integer(count)
        case .sumIfs(let sumColumn, let conditions):
            terms = parts.map { part in
                let pairs = conditions.map { "," + range(part, $0.column) + "," + Self.formulaText($0.criterion) }
                return "SUMIFS(" + range(part, sumColumn) + pairs.joined() + ")"
            }
            let matchers = conditions.map { ($0.column, Matcher($0.criterion)) }
            var total = Total()
            eachRow { row in
                if matchers.allSatisfy({ $0.1.matches(cell(row, $0.0)) }) { total.add(cell(row, sumColumn)) }
            }
            value = total.value(kind: kind(sumColumn))
        case .negativeSum(let column):
            terms = parts.map { "-SUMIF(" + range($0, column) + ",\"<0\")" }
            var total = Total()
            eachRow { let c = cell($0, column); if Self.isNegative(c) { total.add(c) } }
            value = Self.negated(total.value(kind: kind(column)))
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
        var total = Total()
        for cell in cells { total.add(cell) }
        return total.value(kind: kind)
    }

    /// A running exact sum of numeric cells (money, quantity, integer, and formulas storing one).
    struct Total {
        var money = Money.zero
        var quantity = Quantity.zero
        var integer = 0

        mutating func add(_ cell: CellValue) {
            switch cell {
            case .money(let m), .formula(_, .money(let m)): money += m
            case .quantity(let q), .formula(_, .quantity(let q)): quantity += q
            case .integer(let i), .formula(_, .integer(let i)): integer += i
            default: break
            }
        }

        func value(kind: ColumnKind) -> StoredValue {
            switch kind {
            case .quantity: return .quantity(quantity)
            case .integer: return .integer(integer)
            default: return .money(money)
            }
        }
    }

    /// `matches` with the criterion's lowercased text computed once, and ASCII cells compared
    /// without building a lowercased String (the common case on a status column).
    struct Matcher {
        let criterion: Aggregate.Criterion
        let lowered: String
        let loweredIsASCII: Bool

        init(_ criterion: Aggregate.Criterion) {
            self.criterion = criterion
            if case .equals(let text) = criterion { lowered = text.lowercased() } else { lowered = "" }
            loweredIsASCII = lowered.utf8.allSatisfy { $0 < 0x80 }
        }

        func matches(_ cell: CellValue) -> Bool {
            guard case .equals = criterion else { return WorkbookPlacement.matches(cell, criterion) }
            guard case .text(let s) = cell else { return false }
            if loweredIsASCII, let equal = Self.asciiEqualIgnoringCase(s, lowered) { return equal }
            return s.lowercased() == lowered
        }

        /// nil when `s` is not ASCII (its lowercase form could differ in length).
        static func asciiEqualIgnoringCase(_ s: String, _ lowered: String) -> Bool? {
            var a = s.utf8.makeIterator()
            var b = lowered.utf8.makeIterator()
            var equal = true
            while true {
                switch (a.next(), b.next()) {
                case (nil, nil): return equal
                case (let x?, nil):
                    if x >= 0x80 { return nil }
                    equal = false
                case (nil, _?): return false
                case (let x?, let y?):
                    if x >= 0x80 { return nil }
                    let folded = (x >= 0x41 && x <= 0x5A) ? x + 0x20 : x
                    if folded != y { equal = false }
                }
            }
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
                var total = Total()
                for row in sheet.rows where column < row.count { total.add(row[column]) }
                return .formula(
                    "SUM(" + letter + String(firstRow) + ":" + letter + String(lastRow) + ")",
                    total.value(kind: sheet.columns[column].kind))
            }
        }
    }

    /// Widest shown text of each column (header, rows, totals, trailer), plus padding, capped.
    private func widths(of sheet: SheetModel) -> [Int] {
        var widths = sheet.columns.map { DisplayWidth.of($0.header) }
        func measure(_ cells: [CellValue]) {
            for (c, cell) in cells.enumerated() where c < widths.count {
                if case .empty = cell { continue }
                widths[c] = max(widths[c], DisplayWidth.width(cell))
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
