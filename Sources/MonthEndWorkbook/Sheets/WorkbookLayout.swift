/// Lays a month's report out as the twelve sheets finance reviews, in their order; pure (no I/O).
/// Every summary figure is an `Aggregate` over a detail sheet, so it becomes a formula whose stored
/// value is computed from the very cells it reads.
public struct WorkbookLayout: Sendable {
    public var labels: WorkbookLabels

    public init(labels: WorkbookLabels) { self.labels = labels }

    /// The logical workbook (before placement: no split, no widths, aggregates unresolved).
    public func model(for report: MonthReport) -> WorkbookModel {
        var sheets: [SheetModel] = [
            summarySheet(report),
            courierSheet(report), courierByAccountSheet(report),
            receivablesSheet(report), paymentsSheet(report), agingSheet(report), dunningSheet(report),
            stockSheet(report), ordersSheet(report),
            exceptionsSheet(report), rejectedRowsSheet(report), sourcesSheet(report),
        ]
        // Only when something was carried in or dropped: otherwise today's twelve sheets, byte for byte.
        if report.carried != nil { sheets.insert(carriedInSheet(report), at: sheets.count - 3) }
        let period = report.period.description
        return WorkbookModel(
            sheets: sheets,
            properties: .init(
                title: labels["workbook.title"].replacingPlaceholder("{period}", with: period),
                subject: labels["workbook.subject"], company: report.company.name, author: report.company.preparedBy),
            reviewChoices: [labels["review.agreed"], labels["review.query"], labels["review.adjust"]],
            footerLeft: labels["footer.period"].replacingPlaceholder("{period}", with: period),
            footerPageFormat: labels["footer.page"])
    }

    /// Logical model, then placement with the given row limit (tests inject a small one).
    public func placedModel(for report: MonthReport, rowLimit: Int = 1_048_576) -> WorkbookModel {
        WorkbookPlacement(rowLimit: rowLimit, cutReason: labels["cut_reason"]).place(model(for: report))
    }

    // MARK: - Helpers shared by the sheet builders

    func columns(_ prefix: String, _ specs: [(String, ColumnKind)]) -> [ColumnModel] {
        specs.map { ColumnModel(labels[prefix + "." + $0.0], $0.1) }
    }

    var reviewColumn: ColumnModel { ColumnModel(labels["header.review"], .review) }

    /// The line an area sheet shows under its empty table when the run had no input for it.
    var noInputTrailer: [TrailerRow] { [TrailerRow([.text(labels["no_input"])])] }

    /// File names for the reports' reason texts, by `SourceLocation.fileIndex`.
    func fileNames(_ report: MonthReport) -> [String] { report.inputs.map(\.path) }

    /// A totals row: the label in the first column, sums in `sums`.
    func totals(count: Int, sums: Set<Int>) -> [TotalCell] {
        (0..<count).map { $0 == 0 ? .label(labels["total"]) : (sums.contains($0) ? .sum : .none) }
    }
}

/// Typed cells from optional report fields: a missing value is an empty cell, never "" or 0.
enum Cell {
    static func text(_ value: String?) -> CellValue {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    static func money(_ value: Money?) -> CellValue { value.map(CellValue.money) ?? .empty }
    static func quantity(_ value: Quantity?) -> CellValue { value.map(CellValue.quantity) ?? .empty }
    static func date(_ value: LocalDate?) -> CellValue { value.map(CellValue.date) ?? .empty }
}
