/// What the placement needs from a generated sheet's rows, gathered in ONE pass that builds each
/// row once: the texts to cut (and their notes), the figures other sheets ask of it, and per split
/// part the widest cell of each column and the column sums of the totals row.
///
/// Fed row by row (`add`, `endPart`, `finish`), so the pass can also be the one that writes the rows
/// (`OnePassExport`); `init(_:parts:aggregates:placement:)` makes it over the sheet's own rows.
struct SheetScan {
    /// Cut texts by row and column (0-based), applied when the row is built again for writing.
    var cutCells: [Int: [Int: CellValue]] = [:]
    /// Rows for the rejected-rows sheet, in row and column order.
    var notes: [[CellValue]] = []
    var values: [Aggregate: StoredValue] = [:]
    /// Per part, per column: the widest data cell (0 when the column is empty).
    var partWidths: [[Int]] = []
    /// Per part, per column: the sum of its data cells (used for `.sum` totals).
    var partTotals: [[WorkbookPlacement.Total]] = []

    // The pass under way.
    private let sheetName: String
    private let columnKinds: [ColumnKind]
    private let sumColumns: [Int]
    private let firstRow: Int
    private let placement: WorkbookPlacement
    private var accumulators: [AggregateAccumulator]
    private var widths: [Int]
    private var totals: [WorkbookPlacement.Total]

    /// Scans `sheet`, whose parts are `parts` (row ranges, see `WorkbookPlacement.partRanges`).
    init(_ sheet: SheetModel, parts: [Range<Int>], aggregates: [Aggregate], placement: WorkbookPlacement) {
        self.init(sheet, aggregates: aggregates, placement: placement)
        for range in parts {
            for (offset, built) in sheet.rows.rows(in: range).enumerated() {
                var row = built
                add(&row, at: range.lowerBound + offset)
            }
            endPart()
        }
        finish()
    }

    /// A scan of `sheet` that has seen no row yet.
    init(_ sheet: SheetModel, aggregates: [Aggregate], placement: WorkbookPlacement) {
        sheetName = sheet.name
        columnKinds = sheet.columns.map(\.kind)
        sumColumns = (sheet.totals ?? []).indices.filter { sheet.totals?[$0] == .sum }
        firstRow = sheet.firstDataRowNumber
        self.placement = placement
        accumulators = aggregates.map(AggregateAccumulator.init)
        widths = Array(repeating: 0, count: sheet.columns.count)
        totals = Array(repeating: WorkbookPlacement.Total(), count: sheet.columns.count)
    }

    /// Row `r` (0-based, of the whole sheet), as built; a text past the limit is cut in `row` itself.
    mutating func add(_ row: inout [CellValue], at r: Int) {
        let columnCount = widths.count
        for c in row.indices {
            switch row[c] {
            case .empty:
                continue
            case .text(let text):
                // UTF-8 never has fewer units than UTF-16: most texts are ruled out in O(1).
                if text.utf8.count > placement.textLimit, let cut = placement.cut(text) {
                    row[c] = .text(cut)
                    cutCells[r, default: [:]][c] = .text(cut)
                    notes.append(placement.note(sheet: sheetName, row: firstRow + r, column: c + 1, text: text))
                }
            case .aggregate:
                preconditionFailure("a generated row of \(sheetName) holds an aggregate")
            default:
                break
            }
            if c < columnCount { widths[c] = max(widths[c], DisplayWidth.width(row[c])) }
        }
        for c in sumColumns where c < row.count { totals[c].add(row[c]) }
        for k in accumulators.indices { accumulators[k].add(row) }
    }

    /// The end of a split part: its widths and sums are kept, the next part starts from nothing.
    mutating func endPart() {
        partWidths.append(widths)
        partTotals.append(totals)
        widths = Array(repeating: 0, count: widths.count)
        totals = Array(repeating: WorkbookPlacement.Total(), count: totals.count)
    }

    /// After the last part: the figures asked of the sheet.
    mutating func finish() {
        let kinds = columnKinds
        for accumulator in accumulators {
            values[accumulator.aggregate] = accumulator.value(kind: { kinds[$0] })
        }
    }
}
