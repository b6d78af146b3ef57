extension WorkbookPlacement {
    // MARK: - Formulas

    /// The distinct figures asked of each sheet, by the sheet they read, in the order first asked.
    /// Generated rows hold no aggregate (checked by their scan), so only held rows are searched.
    func aggregatesBySheet(_ sheets: [SheetModel]) -> [SheetID: [Aggregate]] {
        var asked: [SheetID: [Aggregate]] = [:]
        var seen: Set<Aggregate> = []
        func collect(_ cells: [CellValue]) {
            for case .aggregate(let a) in cells where seen.insert(a).inserted { asked[a.sheet, default: []].append(a) }
        }
        for sheet in sheets {
            if !sheet.rows.isGenerated { for row in sheet.rows { collect(row) } }
            for row in sheet.trailer { collect(row.cells) }
        }
        return asked
    }

    /// Replaces the aggregates of the held rows and the trailer by their formulas.
    func resolveAggregates(in sheet: inout SheetModel, _ resolved: (Aggregate) -> CellValue) {
        if !sheet.rows.isGenerated {
            for (r, row) in sheet.rows.enumerated() {
                for (c, cell) in row.enumerated() {
                    if case .aggregate(let a) = cell { sheet.rows[r][c] = resolved(a) }
                }
            }
        }
        for r in sheet.trailer.indices {
            for c in sheet.trailer[r].cells.indices {
                if case .aggregate(let a) = sheet.trailer[r].cells[c] { sheet.trailer[r].cells[c] = resolved(a) }
            }
        }
    }

    /// Several figures of one sheet computed together in one pass over every part's rows.
    func figures(_ aggregates: [Aggregate], over parts: [SheetModel]) -> [Aggregate: StoredValue] {
        var accumulators = aggregates.map(AggregateAccumulator.init)
        for part in parts {
            for row in part.rows {
                for k in accumulators.indices { accumulators[k].add(row) }
            }
        }
        func kind(_ column: Int) -> ColumnKind { parts.first?.columns[column].kind ?? .money }
        var values: [Aggregate: StoredValue] = [:]
        for accumulator in accumulators { values[accumulator.aggregate] = accumulator.value(kind: kind) }
        return values
    }

    /// The formula over every part's data rows, and its value computed from the same cells.
    func resolve(_ aggregate: Aggregate, over parts: [SheetModel]) -> CellValue {
        guard let value = figures([aggregate], over: parts)[aggregate] else { preconditionFailure() }
        return .formula(formula(aggregate, over: parts), value)
    }

    /// The formula text: one term per part, added up.
    func formula(_ aggregate: Aggregate, over parts: [SheetModel]) -> String {
        func range(_ part: SheetModel, _ column: Int) -> String {
            let first = part.firstDataRowNumber
            return FormulaReference.columnRange(
                sheet: part.name, column: column, firstRow: first, lastRow: first + max(0, part.rows.count - 1))
        }
        let terms: [String]
        switch aggregate.function {
        case .sum(let column):
            terms = parts.map { "SUM(" + range($0, column) + ")" }
        case .count(let column):
            terms = parts.map { "COUNTA(" + range($0, column) + ")" }
        case .countIf(let column, let criterion):
            terms = parts.map { "COUNTIF(" + range($0, column) + "," + Self.formulaText(criterion) + ")" }
        case .sumIf(let criterionColumn, let criterion, let sumColumn):
            terms = parts.map {
                "SUMIF(" + range($0, criterionColumn) + "," + Self.formulaText(criterion) + "," + range($0, sumColumn)
                    + ")"
            }
        case .countBlank(let column):
            // An empty part's range is its blank first row, which COUNTBLANK would count.
            terms = parts.map { $0.rows.isEmpty ? "0" : "COUNTBLANK(" + range($0, column) + ")" }
        case .sumIfs(let sumColumn, let conditions):
            terms = parts.map { part in
                let pairs = conditions.map { "," + range(part, $0.column) + "," + Self.formulaText($0.criterion) }
                return "SUMIFS(" + range(part, sumColumn) + pairs.joined() + ")"
            }
        case .negativeSum(let column):
            terms = parts.map { "-SUMIF(" + range($0, column) + ",\"<0\")" }
        }
        return terms.isEmpty ? "0" : terms.joined(separator: "+")
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

    /// `matches` with the criterion's lowercased text computed once, and cells of ASCII and CJK
    /// text compared without building a lowercased String (the common case on a status column,
    /// whose words are English codes or Chinese words). Every status figure of the summary asks
    /// this of every courier row, so the comparison runs over the two texts' UTF-8 buffers.
    struct Matcher {
        let criterion: Aggregate.Criterion
        let lowered: String
        let loweredBytes: [UInt8]
        let loweredIsCaseless: Bool

        init(_ criterion: Aggregate.Criterion) {
            self.criterion = criterion
            if case .equals(let text) = criterion { lowered = text.lowercased() } else { lowered = "" }
            loweredBytes = Array(lowered.utf8)
            loweredIsCaseless = Self.equalIgnoringCase(lowered, lowered) != nil
        }

        func matches(_ cell: CellValue) -> Bool {
            guard case .equals = criterion else { return WorkbookPlacement.matches(cell, criterion) }
            guard case .text(var s) = cell else { return false }
            if loweredIsCaseless {
                let equal = s.withUTF8 { text in
                    loweredBytes.withUnsafeBufferPointer { Self.equalIgnoringCase(text, $0) }
                }
                if let equal { return equal }
            }
            return s.lowercased() == lowered
        }

        static func equalIgnoringCase(_ s: String, _ lowered: String) -> Bool? {
            let text = Array(s.utf8)
            let loweredText = Array(lowered.utf8)
            return text.withUnsafeBufferPointer { a in
                loweredText.withUnsafeBufferPointer { Self.equalIgnoringCase(a, $0) }
            }
        }

        /// Compares the UTF-8 of a text with that of a lowercased text byte by byte, folding ASCII
        /// capitals; nil when the text holds a character outside ASCII and the CJK blocks
        /// U+3000-U+9FFF (UTF-8 lead bytes E3-E9, which have no case) before the first difference,
        /// as its lowercase form could differ in length. A difference in a caseless prefix is final:
        /// lowercasing keeps such a prefix byte for byte, so the lowercased texts differ there too.
        static func equalIgnoringCase(_ text: UnsafeBufferPointer<UInt8>, _ lowered: UnsafeBufferPointer<UInt8>)
            -> Bool?
        {
            var continuation = 0
            for i in 0..<text.count {
                let x = text[i]
                if continuation > 0 {
                    continuation -= 1
                } else if x >= 0x80 {
                    guard x >= 0xE3 && x <= 0xE9 else { return nil }
                    continuation = 2
                }
                guard i < lowered.count else { return false }
                let folded = (x >= 0x41 && x <= 0x5A) ? x + 0x20 : x
                if folded != lowered[i] { return false }
            }
            return text.count == lowered.count
        }
    }

}
