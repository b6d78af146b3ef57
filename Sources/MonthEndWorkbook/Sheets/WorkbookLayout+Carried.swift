extension WorkbookLayout {
    enum CarriedColumn {
        static let amount = 7
        static let outcome = 9
    }

    /// 上期未结: each open item an earlier period left, where it came from and what became of it
    /// this period; the figures carried in, cleared and claimed again; the payments dropped as
    /// repeats of an earlier or the same export, with why.
    func carriedInSheet(_ report: MonthReport) -> SheetModel {
        var columns = self.columns(
            "header.carried",
            [
                ("kind", .text), ("period", .text), ("key", .text), ("date", .date), ("courier", .text),
                ("account", .text), ("party", .text), ("amount", .money), ("reason", .text), ("outcome", .text),
                ("note", .text),
            ])
        columns.append(reviewColumn)
        let cleared = labels["carried.outcome.cleared"]
        var sheet = SheetModel(
            id: .carriedIn, name: labels.sheetName(.carriedIn), columns: columns,
            totals: totals(count: columns.count, sums: [CarriedColumn.amount]),
            highlight: .textNotIn(column: CarriedColumn.outcome, [cleared]))
        guard let carried = report.carried else { return sheet }
        let names = fileNames(report)
        for result in carried.items {
            let item = result.item
            sheet.rows.append([
                .text(labels["carried.kind." + item.kind.rawValue]), .text(item.period.description),
                Cell.text(item.key),
                Cell.date(item.date), Cell.text(item.courier), Cell.text(item.account), Cell.text(item.party),
                .money(item.amount), Cell.text(item.reason),
                .text(labels["carried.outcome." + result.outcome.rawValue]),
                Cell.text(note(result, fileNames: names)), .empty,
            ])
        }
        var trailer: [TrailerRow] = [
            TrailerRow(
                [
                    .text(
                        carried.fromPeriod.map { labels.filled("carried.from", ["period": $0.description]) }
                            ?? labels["carried.none"])
                ], bold: true),
            TrailerRow(
                [
                    .text(labels["carried.figures"]), .text(labels["carried.figure.count"]),
                    .text(labels["carried.figure.amount"]),
                ],
                bold: true),
            TrailerRow([
                .text(labels["carried.figure.carried_in"]), .integer(carried.carriedInCount),
                .money(carried.carriedInAmount),
            ]),
            TrailerRow([
                .text(labels["carried.figure.cleared"]), .integer(carried.cleared.count), .money(carried.clearedAmount),
            ]),
            TrailerRow([
                .text(labels["carried.figure.repeat_claims"]), .integer(carried.repeats.count),
                .money(carried.repeatAmount),
            ]),
            TrailerRow([
                .text(labels["carried.figure.dropped"]), .integer(carried.dropped.count), .money(carried.droppedAmount),
            ]),
        ]
        if !carried.dropped.isEmpty {
            trailer.append(TrailerRow([.text(labels["carried.dropped.title"])], section: true))
            trailer.append(
                TrailerRow(
                    ["date", "reference", "payer", "amount", "reason"].map { .text(labels["carried.dropped." + $0]) },
                    bold: true))
            for dropped in carried.dropped {
                let payment = dropped.payment
                // The bank's reference as written when there is one; else the stated key.
                let key = payment.paymentId.flatMap { $0.isEmpty ? nil : $0 } ?? dropped.key
                let reason =
                    dropped.earlierPeriod.map {
                        labels.filled("carried.dropped.earlier", ["period": $0.description, "key": key])
                    }
                    ?? labels.filled(
                        "carried.dropped.repeat",
                        ["place": place(dropped.firstAt, fileNames: names), "key": key])
                trailer.append(
                    TrailerRow([
                        .date(payment.paymentDate), Cell.text(payment.paymentId), Cell.text(payment.payer),
                        .money(payment.amount), .text(reason),
                    ]))
            }
        }
        sheet.trailer = trailer
        return sheet
    }

    /// What this period's input says of a carried item.
    private func note(_ result: CarryInReport.Item, fileNames: [String]) -> String {
        let place = result.matchedAt.map { self.place($0, fileNames: fileNames) }
        switch (result.item.kind, result.outcome) {
        case (.notBilledSlip, .cleared):
            return labels.filled(
                "carried.note.billed", ["place": place ?? "", "status": result.lineStatus?.rawValue ?? ""])
        case (.disputedLine, .repeatClaim):
            return labels.filled(
                "carried.note.repeat",
                [
                    "place": place ?? "", "status": result.lineStatus?.rawValue ?? "",
                    "amount": result.billedAgain?.description ?? "",
                ])
        case (.disputedLine, _):
            return labels["carried.note.not_rebilled"]
        default:
            return place.map { labels.filled("carried.note.found", ["place": $0]) } ?? labels["carried.note.not_found"]
        }
    }

    /// `file 第 N 行` / `file line N`; a carried slip (past the run's files) is named by the sheet.
    func place(_ location: SourceLocation?, fileNames: [String]) -> String {
        guard let location else { return "" }
        let file =
            fileNames.indices.contains(location.fileIndex)
            ? fileNames[location.fileIndex] : labels.sheetName(.carriedIn)
        return labels.isChinese ? "\(file) 第 \(location.line) 行" : "\(file) line \(location.line)"
    }
}

extension WorkbookLayout {
    /// The summary's 上期未结 section (with a store only): counts and amounts carried in and
    /// cleared, and the repeat claims, as formulas over the 上期未结 sheet; the duplicate payments
    /// dropped, which are listed below that sheet's table, as a count.
    func carriedFigures(
        _ carried: CarryInReport, section: (String, String?) -> Void,
        figure: (String, SheetID, Aggregate.Function) -> Void, row: ([CellValue]) -> Void
    ) {
        let cleared = Aggregate.Criterion.equals(labels["carried.outcome.cleared"])
        section(
            labels.sheetName(.carriedIn),
            carried.fromPeriod.map { labels.filled("carried.from", ["period": $0.description]) })
        figure("summary.carried.carried_in", .carriedIn, .count(column: 0))
        figure("summary.carried.carried_in_amount", .carriedIn, .sum(column: CarriedColumn.amount))
        figure("summary.carried.cleared", .carriedIn, .countIf(column: CarriedColumn.outcome, cleared))
        figure(
            "summary.carried.cleared_amount", .carriedIn,
            .sumIf(criterionColumn: CarriedColumn.outcome, cleared, sumColumn: CarriedColumn.amount))
        figure(
            "summary.carried.repeat_claims", .carriedIn,
            .countIf(column: CarriedColumn.outcome, .equals(labels["carried.outcome.repeat_claim"])))
        row([
            .text(labels["summary.carried.dropped"]), .integer(carried.dropped.count),
            .link(
                sheet: labels.sheetName(.carriedIn), text: labels["summary.go_to"] + " " + labels.sheetName(.carriedIn)),
        ])
    }
}
