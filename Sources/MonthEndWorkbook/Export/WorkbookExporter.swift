import XLSXWriter

/// Writes the month's workbook: the report laid out and placed, then every sheet through
/// XLSXWriter. Deterministic: the same report, labels and epoch give the same bytes.
public enum WorkbookExporter {
    /// Above this many cells the workbook is written in constant-memory mode (rows streamed in order).
    public static let constantMemoryCells = 500_000

    /// Told the data rows written so far and the rows of every sheet, every few thousand rows, from
    /// the threads writing sheets.
    public typealias Progress = @Sendable (_ rowsWritten: Int, _ rowsInAll: Int) -> Void

    /// Writes exactly at `path` (the caller handles temporary file and rename). `createdEpochSeconds`
    /// is the document's creation time: SOURCE_DATE_EPOCH when set, else now.
    /// Above `constantMemoryAbove` cells, the biggest generated sheet with at least `concurrentAbove`
    /// cells is built once, measured as it is written (`OnePassExport`); tests lower both.
    public static func write(
        _ report: MonthReport, labels: WorkbookLabels, to path: String, createdEpochSeconds: Int64,
        progress: Progress? = nil, constantMemoryAbove: Int = constantMemoryCells,
        concurrentAbove: Int = concurrentSheetCells
    ) throws(MonthEndError) {
        let model = WorkbookLayout(labels: labels).model(for: report)
        let placement = WorkbookPlacement(cutReason: labels["cut_reason"])
        let streaming = cellCount(model) > constantMemoryAbove
        guard streaming, let onePass = OnePassExport(model, placement: placement, above: concurrentAbove) else {
            try write(
                placement.place(model), to: path, createdEpochSeconds: createdEpochSeconds, constantMemory: streaming,
                concurrentAbove: concurrentAbove, progress: progress)
            return
        }
        do {
            try onePass.write(to: path, createdEpochSeconds: createdEpochSeconds, progress: progress)
        } catch {
            throw writeError(error, path: path)
        }
    }

    static func cellCount(_ model: WorkbookModel) -> Int {
        model.sheets.reduce(0) { $0 + $1.rows.count * $1.columns.count }
    }

    /// A new workbook at `path` with the model's document properties.
    static func open(
        _ model: WorkbookModel, path: String, constantMemory: Bool, createdEpochSeconds: Int64
    ) throws(XLSXError) -> Workbook {
        var workbook = try Workbook(path: path, options: .init(constantMemory: constantMemory))
        try workbook.setProperties(
            DocumentProperties(
                title: model.properties.title, subject: model.properties.subject,
                author: model.properties.author.isEmpty ? nil : model.properties.author,
                company: model.properties.company.isEmpty ? nil : model.properties.company,
                created: createdEpochSeconds))
        return workbook
    }

    static func writeError(_ error: XLSXError, path: String) -> MonthEndError {
        MonthEndError(
            .writeFailed, "cannot write the workbook: \(error)", path: path,
            hint: "check that the folder exists and is writable, and that the disk is not full")
    }

    /// Writes a placed model (see `WorkbookPlacement`).
    /// `concurrentAbove`: the cells a generated sheet needs to be written on a second thread
    /// (constant-memory mode only); tests lower it.
    public static func write(
        _ model: WorkbookModel, to path: String, createdEpochSeconds: Int64, constantMemory: Bool? = nil,
        concurrentAbove: Int = concurrentSheetCells, progress: Progress? = nil
    ) throws(MonthEndError) {
        let streaming = constantMemory ?? (cellCount(model) > constantMemoryCells)
        do {
            var workbook = try open(
                model, path: path, constantMemory: streaming, createdEpochSeconds: createdEpochSeconds)
            var worksheets: [String: Worksheet] = [:]
            for sheet in model.sheets {
                worksheets[sheet.name] = try workbook.addWorksheet(sheet.name)
            }
            let rows = model.sheets.reduce(0) { $0 + $1.rows.count }
            let writer = SheetWriter(
                model: model, worksheets: worksheets, tally: progress.map { RowTally(total: rows, report: $0) })
            let concurrent = streaming ? Self.concurrentSheets(model, above: concurrentAbove) : []
            if concurrent.isEmpty {
                for sheet in model.sheets { try writer.write(sheet, into: &workbook) }
            } else {
                try writeConcurrently(concurrent, of: model, writer: writer, worksheets: worksheets, into: &workbook)
            }
            try workbook.close()
        } catch {
            throw writeError(error, path: path)
        }
    }

    /// Below this many cells a sheet is not worth a second thread.
    public static let concurrentSheetCells = 200_000

    /// The parts of the generated detail sheet with the most cells (the courier sheet of a big
    /// month), written on a worker thread while this one writes every other sheet; none when no
    /// generated sheet is big enough.
    static func concurrentSheets(_ model: WorkbookModel, above threshold: Int) -> [SheetModel] {
        var cells: [SheetID: Int] = [:]
        for sheet in model.sheets where sheet.rows.isGenerated && sheet.sectionRows.isEmpty {
            cells[sheet.id, default: 0] += sheet.rows.count * sheet.columns.count
        }
        // In sheet order, so a tie always picks the same sheet.
        guard let biggest = SheetID.allCases.max(by: { (cells[$0] ?? 0) < (cells[$1] ?? 0) }),
            let count = cells[biggest], count >= threshold
        else { return [] }
        return model.sheets.filter { $0.id == biggest }
    }

    /// Both cores: the big sheet's set-up here, its data rows on a worker through `SheetCellWriter`s
    /// while this thread writes every other sheet whole, then its totals and trailer here. The file
    /// is the same as a sequential write's but for the order of style indices.
    private static func writeConcurrently(
        _ concurrent: [SheetModel], of model: WorkbookModel, writer: SheetWriter, worksheets: [String: Worksheet],
        into workbook: inout Workbook
    ) throws(XLSXError) {
        var cellWriters: [SheetCellWriter] = []
        for sheet in concurrent {
            guard let ws = worksheets[sheet.name] else { continue }
            try writer.setUp(sheet, ws, into: &workbook)
            cellWriters.append(try workbook.cellWriter(for: ws, formats: SheetWriter.dataRowFormats))
        }
        let names = Set(concurrent.map(\.name))
        let writers = cellWriters
        _ = try Parallel.both(
            { () throws(XLSXError) in
                for (sheet, cells) in zip(concurrent, writers) { try writer.writeDataRows(sheet, cells: cells) }
            },
            { () throws(XLSXError) in
                for sheet in model.sheets where !names.contains(sheet.name) { try writer.write(sheet, into: &workbook) }
            })
        for sheet in concurrent {
            guard let ws = worksheets[sheet.name] else { continue }
            try writer.writeTotalsAndTrailer(sheet, ws, into: &workbook)
        }
    }
}
