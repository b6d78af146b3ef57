/// The data rows of a sheet: held in an array (small sheets, tests), or generated on demand from
/// the report, which is immutable and already in memory. A million-row detail sheet is generated
/// row by row while it is measured and while it is written, never held whole (issue #8).
public struct SheetRows: RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral, Sendable {
    public typealias Element = [CellValue]
    public typealias Index = Int
    public typealias Indices = Range<Int>

    /// Builds row `i` (of the whole sheet) each time it is asked for.
    public typealias Generator = @Sendable (Int) -> [CellValue]
    /// Builds row `i` into the array it is given (emptied first, capacity kept): iterating reuses
    /// one array instead of allocating one per row, twice per row of a million-row sheet.
    public typealias Filler = @Sendable (Int, inout [CellValue]) -> Void

    private enum Storage: Sendable {
        case held([[CellValue]])
        /// Rows `range` of the generator's sheet, presented as 0..<range.count.
        case generated(range: Range<Int>, row: Filler)
    }

    private var storage: Storage

    public init(_ rows: [[CellValue]] = []) { storage = .held(rows) }

    public init(arrayLiteral rows: [CellValue]...) { storage = .held(rows) }

    /// `count` rows, row `i` built by `row(i)` whenever it is read.
    public init(count: Int, row: @escaping Generator) {
        self.init(count: count, fill: { i, cells in cells = row(i) })
    }

    /// `count` rows, row `i` built by `fill(i, &cells)` whenever it is read.
    public init(count: Int, fill: @escaping Filler) {
        precondition(count >= 0)
        storage = .generated(range: 0..<count, row: fill)
    }

    /// True when the rows are built on demand rather than held.
    public var isGenerated: Bool {
        if case .generated = storage { return true }
        return false
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .held(let rows): return rows.count
        case .generated(let range, _): return range.count
        }
    }

    /// A generated row is built anew on every read; only held rows can be changed in place.
    public subscript(position: Int) -> [CellValue] {
        get {
            switch storage {
            case .held(let rows): return rows[position]
            case .generated(let range, let fill):
                precondition(position >= 0 && position < range.count, "row index out of range")
                var cells: [CellValue] = []
                fill(range.lowerBound + position, &cells)
                return cells
            }
        }
        set {
            guard case .held(var rows) = storage else {
                preconditionFailure("generated rows are built from the report and cannot be changed")
            }
            storage = .held([])  // keeps `rows` uniquely referenced while it changes
            rows[position] = newValue
            storage = .held(rows)
        }
    }

    /// Rows `range` as rows of their own (0-based): a split part. Generated rows stay generated
    /// over the same report (nothing copied); held rows are copied out.
    public func rows(in range: Range<Int>) -> SheetRows {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "part outside the rows")
        switch storage {
        case .held(let rows):
            return SheetRows(Array(rows[range]))
        case .generated(let whole, let row):
            let start = whole.lowerBound + range.lowerBound
            return SheetRows(storage: .generated(range: start..<(start + range.count), row: row))
        }
    }

    /// The same rows with some cells replaced: `cells[i][c]` replaces cell `c` of row `i`. Generated
    /// rows get the replacement as they are built (the write pass writes the cut texts).
    public func replacing(cells: [Int: [Int: CellValue]]) -> SheetRows {
        guard !cells.isEmpty else { return self }
        switch storage {
        case .held(var rows):
            for (r, replacements) in cells { for (c, value) in replacements { rows[r][c] = value } }
            return SheetRows(rows)
        case .generated(let range, let fill):
            // Row numbers of `cells` are 0-based within these rows; the generator's are the sheet's.
            let offset = range.lowerBound
            return SheetRows(
                storage: .generated(
                    range: range,
                    row: { i, built in
                        fill(i, &built)
                        if let replacements = cells[i - offset] {
                            for (c, value) in replacements { built[c] = value }
                        }
                    }))
        }
    }

    /// Adds a row to held rows (sheets built by appending; notes on the rejected-rows sheet).
    public mutating func append(_ row: [CellValue]) {
        append(contentsOf: [row])
    }

    public mutating func append(contentsOf newRows: some Sequence<[CellValue]>) {
        guard case .held(var rows) = storage else {
            preconditionFailure("generated rows are built from the report and cannot be appended to")
        }
        storage = .held([])
        rows.append(contentsOf: newRows)
        storage = .held(rows)
    }

    private init(storage: Storage) { self.storage = storage }

    /// Row after row; a generated row is built into one array reused from row to row (when the
    /// caller has let go of the previous row, as a `for` loop does).
    public struct Iterator: IteratorProtocol {
        private let rows: SheetRows
        private var index = 0
        private var buffer: [CellValue] = []

        init(_ rows: SheetRows) { self.rows = rows }

        public mutating func next() -> [CellValue]? {
            guard index < rows.count else { return nil }
            defer { index += 1 }
            switch rows.storage {
            case .held(let held):
                return held[index]
            case .generated(let range, let fill):
                buffer.removeAll(keepingCapacity: true)
                fill(range.lowerBound + index, &buffer)
                return buffer
            }
        }
    }

    public func makeIterator() -> Iterator { Iterator(self) }
}

extension SheetRows: Hashable {
    /// Row by row, whatever the storage: a generated sheet equals the same rows held.
    public static func == (lhs: SheetRows, rhs: SheetRows) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for row in self { hasher.combine(row) }
    }
}
