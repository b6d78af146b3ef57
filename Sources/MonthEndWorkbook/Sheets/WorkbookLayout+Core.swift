extension WorkbookLayout {
    enum ExceptionsColumn {
        static let key = 1
        static let amount = 3
        static let review = 5
    }

    /// Every exception of every area in one list; rows nobody has reviewed yet stay highlighted.
    func exceptionsSheet(_ report: MonthReport) -> SheetModel {
        var columns = self.columns(
            "header.exceptions",
            [("area", .text), ("key", .text), ("kind", .text), ("amount", .money), ("reason", .text)])
        columns.append(reviewColumn)
        var sheet = SheetModel(
            id: .exceptions, name: labels.sheetName(.exceptions), columns: columns,
            totals: totals(count: columns.count, sums: [ExceptionsColumn.amount]),
            highlight: .empty(column: ExceptionsColumn.review))
        // Generated, not held (over 100,000 rows at a million slips).
        let items = report.exceptions
        let areaNames = Dictionary(
            uniqueKeysWithValues: Set(items.map(\.area)).map { ($0, labels["area." + $0.rawValue]) })
        sheet.rows = SheetRows(count: items.count) { i in
            let item = items[i]
            return [
                .text(areaNames[item.area] ?? ""), Cell.text(item.key),
                Cell.text(labels.exceptionKindWord(item.kind, area: item.area)), .money(item.amount),
                Cell.text(item.reason), .empty,
            ]
        }
        return sheet
    }

    /// Every row an importer refused, with where it was and why (and any text this layout cut).
    func rejectedRowsSheet(_ report: MonthReport) -> SheetModel {
        var columns = self.columns(
            "header.rejected",
            [("file", .text), ("line", .integer), ("column", .integer), ("raw_text", .text), ("reason", .text)])
        columns.append(reviewColumn)
        var sheet = SheetModel(
            id: .rejectedRows, name: labels.sheetName(.rejectedRows), columns: columns, highlight: .empty(column: 5))
        for file in report.inputs {
            for rejection in file.rejections {
                sheet.rows.append([
                    .text(rejection.path), .integer(rejection.line), .integer(rejection.column),
                    Cell.text(rejection.rawText), Cell.text(labels.isChinese ? rejection.reasonZH : rejection.reason),
                    .empty,
                ])
            }
        }
        return sheet
    }

    /// Per input file: how it was read and how many of its rows took part.
    func sourcesSheet(_ report: MonthReport) -> SheetModel {
        let columns = self.columns(
            "header.sources",
            [
                ("path", .text), ("kind", .text), ("encoding", .text), ("delimiter", .text), ("header_line", .integer),
                ("sha256", .text), ("rows", .integer), ("accepted", .integer), ("skipped", .integer),
                ("rejected", .integer),
            ])
        var sheet = SheetModel(
            id: .sources, name: labels.sheetName(.sources), columns: columns,
            totals: totals(count: columns.count, sums: [6, 7, 8, 9]), highlight: .positive(column: 9))
        for file in report.inputs {
            sheet.rows.append([
                .text(file.path), .text(file.kind.rawValue), .text(file.encoding.rawValue),
                .text(delimiterName(file.delimiter)),
                .integer(file.headerLine), .text(file.sha256), .integer(file.rows), .integer(file.accepted),
                .integer(file.skipped), .integer(file.rejected),
            ])
        }
        if sheet.rows.isEmpty { sheet.trailer = noInputTrailer }
        return sheet
    }

    /// A tab or comma is invisible or ambiguous in a cell: name it.
    func delimiterName(_ delimiter: String) -> String {
        switch delimiter {
        case ",": return labels["delimiter.comma"]
        case "\t": return labels["delimiter.tab"]
        case ";": return labels["delimiter.semicolon"]
        default: return delimiter
        }
    }
}
