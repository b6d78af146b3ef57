import XLSXWriter

/// Writes the month's workbook: the report laid out and placed, then every sheet through
/// XLSXWriter. Deterministic: the same report, labels and epoch give the same bytes.
public enum WorkbookExporter {
    /// Above this many cells the workbook is written in constant-memory mode (rows streamed in order).
    public static let constantMemoryCells = 500_000

    /// Writes exactly at `path` (the caller handles temporary file and rename). `createdEpochSeconds`
    /// is the document's creation time: SOURCE_DATE_EPOCH when set, else now.
    public static func write(
        _ report: MonthReport, labels: WorkbookLabels, to path: String, createdEpochSeconds: Int64
    ) throws(MonthEndError) {
        let model = WorkbookLayout(labels: labels).placedModel(for: report)
        try write(model, to: path, createdEpochSeconds: createdEpochSeconds)
    }

    /// Writes a placed model (see `WorkbookPlacement`).
    public static func write(
        _ model: WorkbookModel, to path: String, createdEpochSeconds: Int64, constantMemory: Bool? = nil
    ) throws(MonthEndError) {
        let cells = model.sheets.reduce(0) { $0 + $1.rows.count * $1.columns.count }
        let streaming = constantMemory ?? (cells > constantMemoryCells)
        do {
            var workbook = try Workbook(path: path, options: .init(constantMemory: streaming))
            try workbook.setProperties(
                DocumentProperties(
                    title: model.properties.title, subject: model.properties.subject,
                    author: model.properties.author.isEmpty ? nil : model.properties.author,
                    company: model.properties.company.isEmpty ? nil : model.properties.company,
                    created: createdEpochSeconds))
            var worksheets: [String: Worksheet] = [:]
            for sheet in model.sheets {
                worksheets[sheet.name] = try workbook.addWorksheet(sheet.name)
            }
            let writer = SheetWriter(model: model, worksheets: worksheets)
            for sheet in model.sheets {
                try writer.write(sheet, into: &workbook)
            }
            try workbook.close()
        } catch {
            throw MonthEndError(
                .writeFailed, "cannot write the workbook: \(error)", path: path,
                hint: "check that the folder exists and is writable, and that the disk is not full")
        }
    }
}
