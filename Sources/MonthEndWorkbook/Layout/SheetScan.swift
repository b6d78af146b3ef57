/// What the placement needs from a generated sheet's rows, gathered in ONE pass that builds each
/// row once: the texts to cut (and their notes), the figures other sheets ask of it, and per split
/// part the widest cell of each column and the column sums of the totals row.
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

    /// Scans `sheet`, whose parts are `parts` (row ranges, see `WorkbookPlacement.partRanges`).
    init(_ sheet: SheetModel, parts: [Range<Int>], aggregates: [Aggregate], placement: WorkbookPlacement) {
        let columnCount = sheet.columns.count
        let sumColumns = (sheet.totals ?? []).indices.filter { sheet.totals?[$0] == .sum }
        var accumulators = aggregates.map(AggregateAccumulator.init)
        let firstRow = sheet.firstDataRowNumber
        for range in parts {
            var widths = Array(repeating: 0, count: columnCount)
            var totals = Array(repeating: WorkbookPlacement.Total(), count: columnCount)
            for (offset, built) in sheet.rows.rows(in: range).enumerated() {
                let r = range.lowerBound + offset
                var row = built
                for c in row.indices {
                    switch row[c] {
                    case .empty:
                        continue
                    case .text(let text):
                        // UTF-8 never has fewer units than UTF-16: most texts are ruled out in O(1).
                        if text.utf8.count > placement.textLimit, let cut = placement.cut(text) {
                            row[c] = .text(cut)
                            cutCells[r, default: [:]][c] = .text(cut)
                            notes.append(
                                placement.note(sheet: sheet.name, row: firstRow + r, column: c + 1, text: text))
                        }
                    case .aggregate:
                        preconditionFailure("a generated row of \(sheet.name) holds an aggregate")
                    default:
                        break
                    }
                    if c < columnCount { widths[c] = max(widths[c], DisplayWidth.width(row[c])) }
                }
                for c in sumColumns where c < row.count { totals[c].add(row[c]) }
                for k in accumulators.indices { accumulators[k].add(row) }
            }
            partWidths.append(widths)
            partTotals.append(totals)
        }
        for accumulator in accumulators {
            values[accumulator.aggregate] = accumulator.value(kind: { sheet.columns[$0].kind })
        }
    }
}
