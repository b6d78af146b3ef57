import XLSXWriter

/// A big month's workbook whose biggest generated sheet (the courier sheet) is built ONCE: a second
/// thread measures each row (widths, sums, the figures other sheets ask, texts to cut) as it writes
/// it, where the placement would build every row a first time to measure it and the writer a second
/// time to write it. Meanwhile this thread places and writes every sheet that needs nothing of
/// those rows, its own generated sheets (the dunning plan, the exceptions) built once the same way;
/// the rest follow once they are written: the sheet's column widths, totals and trailer
/// (libxlsxwriter takes widths after the rows: they touch no row), and the `later` sheets.
///
/// The cells are those of `WorkbookPlacement.place` followed by `WorkbookExporter.write`; only the
/// order in which sheets are written, and so the numbering of their styles, differs.
struct OnePassExport {
    let model: WorkbookModel
    let placement: WorkbookPlacement
    /// The sheet built once, by index into `model.sheets`.
    let streamed: Int
    /// The sheets placed and written after the streamed rows (see `laterSheets`).
    let later: Set<Int>
    /// Worksheets from this index on are added after the streamed rows: the rejected-rows sheet may
    /// gain notes of cut texts, and so parts, and the sheets after it must follow it.
    let firstAddedLater: Int

    /// nil when no generated sheet (without section rows) has `above` cells or more; in sheet order
    /// on a tie.
    init?(_ model: WorkbookModel, placement: WorkbookPlacement, above threshold: Int) {
        func cells(_ s: Int) -> Int { model.sheets[s].rows.count * model.sheets[s].columns.count }
        let candidates = model.sheets.indices.filter {
            model.sheets[$0].rows.isGenerated && model.sheets[$0].sectionRows.isEmpty
        }
        let firstAddedLater = model.sheets.firstIndex { $0.id == .rejectedRows } ?? model.sheets.count
        guard let biggest = candidates.max(by: { cells($0) < cells($1) || (cells($0) == cells($1) && $0 > $1) }),
            cells(biggest) >= threshold, biggest < firstAddedLater
        else { return nil }
        self.model = model
        self.placement = placement
        streamed = biggest
        self.firstAddedLater = firstAddedLater
        later = Self.laterSheets(model.sheets, streamed: biggest, firstAddedLater: firstAddedLater)
    }

    /// The sheets that must wait for the streamed rows: those asking figures of the streamed sheet
    /// or of the rejected-rows sheet (which gains the notes of texts cut in those rows), those
    /// holding a link (every worksheet must exist), and the sheets from the rejected-rows sheet on.
    static func laterSheets(_ sheets: [SheetModel], streamed: Int, firstAddedLater: Int) -> Set<Int> {
        let waitFor: Set<SheetID> = [sheets[streamed].id, .rejectedRows]
        func waits(_ cells: [CellValue]) -> Bool {
            cells.contains { cell in
                switch cell {
                case .aggregate(let aggregate): return waitFor.contains(aggregate.sheet)
                case .link: return true
                default: return false
                }
            }
        }
        return Set(
            sheets.indices.filter { s in
                guard s != streamed else { return false }
                if s >= firstAddedLater { return true }
                let sheet = sheets[s]
                return (!sheet.rows.isGenerated && sheet.rows.contains(where: waits))
                    || sheet.trailer.contains { waits($0.cells) }
            })
    }

    func write(to path: String, createdEpochSeconds: Int64, progress: WorkbookExporter.Progress?) throws(XLSXError) {
        var workbook = try WorkbookExporter.open(
            model, path: path, constantMemory: true, createdEpochSeconds: createdEpochSeconds)
        let sheets = model.sheets
        let parts = sheets.map(placement.split)
        var worksheets: [String: Worksheet] = [:]
        for part in parts[..<firstAddedLater].joined() { worksheets[part.name] = try workbook.addWorksheet(part.name) }
        let tally = progress.map { RowTally(total: sheets.reduce(0) { $0 + $1.rows.count }, report: $0) }

        // The streamed sheet's title, header and sheet settings, and its cell writers, here.
        let early = SheetWriter(model: model, worksheets: worksheets, tally: tally)
        var cellWriters: [SheetCellWriter] = []
        for part in parts[streamed] {
            guard let ws = worksheets[part.name] else { preconditionFailure("no worksheet for \(part.name)") }
            try early.setUp(part, ws, into: &workbook)
            cellWriters.append(try workbook.cellWriter(for: ws, formats: SheetWriter.dataRowFormats))
        }
        let asked = placement.aggregatesBySheet(sheets)
        let writers = cellWriters
        let (streamedScan, otherScans) = try Parallel.both(
            { () throws(XLSXError) -> SheetScan in
                try measured(streamed, asked: asked) { p, each throws(XLSXError) in
                    try early.writeDataRows(parts[streamed][p], cells: writers[p], each: each)
                }
            },
            { () throws(XLSXError) -> [Int: SheetScan] in
                // The other generated sheets that can go now (the dunning plan, the exceptions) are
                // built once too: set up, rows measured as written, then widths, totals and trailer
                // once placed. The held sheets are placed and written whole.
                let now = Set(sheets.indices).subtracting(later).subtracting([streamed])
                var scans: [Int: SheetScan] = [:]
                for s in now.sorted() where sheets[s].rows.isGenerated {
                    scans[s] = try measured(s, asked: asked) { p, each throws(XLSXError) in
                        let part = parts[s][p]
                        guard let ws = worksheets[part.name] else {
                            preconditionFailure("no worksheet for \(part.name)")
                        }
                        try early.setUp(part, ws, into: &workbook)
                        try early.writeDataRows(part, ws, into: &workbook, each: each)
                    }
                }
                for s in later.sorted() where sheets[s].rows.isGenerated {
                    scans[s] = placement.scan(sheets[s], asked: asked)
                }
                let placed = placement.place(sheets, scans: scans, placing: now)
                for s in now.sorted() {
                    for part in placed[s] {
                        guard sheets[s].rows.isGenerated, let ws = worksheets[part.name] else {
                            try early.write(part, into: &workbook)
                            continue
                        }
                        try early.setWidths(part, ws, into: &workbook)
                        try early.writeTotalsAndTrailer(part, ws, into: &workbook)
                    }
                }
                return scans
            })

        var scans = otherScans
        scans[streamed] = streamedScan
        let placed = placement.place(sheets, scans: scans, placing: later.union([streamed]))
        for part in placed[firstAddedLater...].joined() { worksheets[part.name] = try workbook.addWorksheet(part.name) }
        let writer = SheetWriter(model: model, worksheets: worksheets, tally: tally)
        for part in placed[streamed] {
            guard let ws = worksheets[part.name] else { preconditionFailure("no worksheet for \(part.name)") }
            try writer.setWidths(part, ws, into: &workbook)
            try writer.writeTotalsAndTrailer(part, ws, into: &workbook)
        }
        for s in later.sorted() {
            for part in placed[s] { try writer.write(part, into: &workbook) }
        }
        try workbook.close()
    }

    /// The scan of generated sheet `s`, made while `writeRows` writes the data rows of each of its
    /// parts (given the part's index, and the hook that measures each row as it is built).
    func measured(
        _ s: Int, asked: [SheetID: [Aggregate]],
        writeRows: (Int, (inout [CellValue], Int) -> Void) throws(XLSXError) -> Void
    ) throws(XLSXError) -> SheetScan {
        let sheet = model.sheets[s]
        var scan = SheetScan(sheet, aggregates: asked[sheet.id] ?? [], placement: placement)
        for (p, range) in placement.partRanges(sheet).enumerated() {
            try writeRows(p) { row, r in scan.add(&row, at: range.lowerBound + r) }
            scan.endPart()
        }
        scan.finish()
        return scan
    }
}
