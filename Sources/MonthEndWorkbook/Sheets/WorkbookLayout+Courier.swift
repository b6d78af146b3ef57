extension WorkbookLayout {
    /// Columns of the courier sheet that summary formulas and charts read.
    enum CourierColumn {
        static let amount = 8
        static let disputed = 12
        static let toPay = 13
        static let rebill = 14
        static let status = 15
        static let review = 17
    }

    /// One row per bill line, then one per `not_billed` slip; status in the labels' words, which the
    /// summary's COUNTIF counts.
    func courierSheet(_ report: MonthReport) -> SheetModel {
        var columns = self.columns(
            "header.courier",
            [
                ("waybill", .text), ("date", .date), ("courier", .text), ("account", .text), ("destination", .text),
                ("fee_type", .text), ("billed_weight", .quantity), ("slip_weight", .quantity), ("amount", .money),
                ("expected_freight", .money), ("weight_effect", .money), ("price_difference", .money),
                ("disputed", .money), ("to_pay", .money), ("rebill", .text), ("status", .text), ("reason", .text),
            ])
        columns.append(reviewColumn)
        var sheet = SheetModel(
            id: .courier, name: labels.sheetName(.courier), columns: columns,
            totals: totals(count: columns.count, sums: [8, 10, 11, 12, 13]),
            highlight: .textNotIn(column: CourierColumn.status, [labels.word(for: .matched)]))
        guard let courier = report.courier else {
            sheet.trailer = noInputTrailer
            return sheet
        }
        let names = fileNames(report)
        let phrases = labels.reasonPhrases
        let rebillSlips = Set(courier.rebilling.map(\.slip.waybill))
        let yes = labels["flag.yes"]
        let lines = courier.lines
        let statusWords = CourierStatus.allCases.map { labels.word(for: $0) }
        let notBilledWord = labels.notBilledWord
        let notBilled = courier.notBilled
        // Generated, not held: at a million slips the held rows took over 500 MB (issue #8).
        sheet.rows = SheetRows(count: lines.count + notBilled.count) { i, row in
            // Appended cell by cell into the reused row (an array literal would allocate per row).
            guard i >= lines.count else {
                let line = lines[i]
                row.append(.text(line.waybill))
                row.append(.date(line.shipDate))
                row.append(Cell.text(line.courier))
                row.append(Cell.text(line.account))
                row.append(Cell.text(line.destination))
                row.append(Cell.text(line.feeType))
                row.append(Cell.quantity(line.billedWeightKg))
                row.append(Cell.quantity(line.slipWeightKg))
                row.append(.money(line.amount))
                row.append(Cell.money(line.expectedFreight))
                row.append(Cell.money(line.weightEffect))
                row.append(Cell.money(line.priceDifference))
                row.append(.money(line.disputed))
                row.append(.money(line.toPay))
                row.append(rebillSlips.contains(line.waybill) ? .text(yes) : .empty)
                row.append(.text(statusWords[line.status.ordinal]))
                row.append(Cell.text(line.reasonText(phrases, fileNames: names)))
                row.append(.empty)
                return
            }
            let unbilled = notBilled[i - lines.count]
            let slip = unbilled.slip
            row.append(.text(slip.waybill))
            row.append(.date(slip.shipDate))
            row.append(Cell.text(unbilled.courier))
            row.append(Cell.text(unbilled.account))
            row.append(Cell.text(slip.destination))
            row.append(.empty)
            row.append(.empty)
            row.append(Cell.quantity(slip.weightKg))
            row.append(.empty)
            row.append(Cell.money(unbilled.expectedFreight))
            for _ in 10..<15 { row.append(.empty) }
            row.append(.text(notBilledWord))
            row.append(Cell.text(unbilled.reasonText(phrases, fileNames: names)))
            row.append(.empty)
        }
        return sheet
    }

    /// Per (courier, account) figures, and the disputed amount by status with its chart.
    func courierByAccountSheet(_ report: MonthReport) -> SheetModel {
        var columns = self.columns(
            "header.account",
            [
                ("courier", .text), ("account", .text), ("lines", .integer), ("billed", .money), ("disputed", .money),
                ("to_pay", .money),
            ])
        for status in CourierStatus.allCases { columns.append(ColumnModel(labels.word(for: status), .integer)) }
        columns.append(ColumnModel(labels["header.account.not_billed"], .integer))
        columns.append(reviewColumn)
        let countColumns = 6..<(6 + CourierStatus.allCases.count + 1)
        var sheet = SheetModel(
            id: .courierByAccount, name: labels.sheetName(.courierByAccount), columns: columns,
            totals: totals(count: columns.count, sums: Set([2, 3, 4, 5]).union(countColumns)),
            highlight: .positive(column: 4))
        guard let courier = report.courier else {
            sheet.trailer = noInputTrailer
            return sheet
        }
        for account in courier.accounts {
            var row: [CellValue] = [
                Cell.text(account.courier), Cell.text(account.account), .integer(account.lines), .money(account.billed),
                .money(account.disputed), .money(account.toPay),
            ]
            for status in CourierStatus.allCases { row.append(.integer(account.count(status))) }
            row.append(.integer(account.notBilled))
            row.append(.empty)
            sheet.rows.append(row)
        }
        var trailer = [
            TrailerRow(
                [
                    .text(labels["header.account.status_table"]), .text(labels["header.account.count"]),
                    .text(labels["header.account.status_disputed"]),
                ], bold: true)
        ]
        let statuses = CourierStatus.allCases.map { labels.word(for: $0) } + [labels.notBilledWord]
        for status in statuses {
            trailer.append(
                TrailerRow([
                    .text(status),
                    .aggregate(Aggregate(.courier, .countIf(column: CourierColumn.status, .equals(status)))),
                    .aggregate(
                        Aggregate(
                            .courier,
                            .sumIf(
                                criterionColumn: CourierColumn.status, .equals(status),
                                sumColumn: CourierColumn.disputed))),
                ]))
        }
        // The table's total, computed over the bill sheet as the summary's disputed total is, so the
        // statuses visibly add up to it.
        trailer.append(
            TrailerRow(
                [
                    .text(labels["total"]), .aggregate(Aggregate(.courier, .count(column: CourierColumn.status))),
                    .aggregate(Aggregate(.courier, .sum(column: CourierColumn.disputed))),
                ], bold: true))
        sheet.trailer = trailer
        sheet.charts = [
            ChartModel(
                kind: .column, title: labels["chart.disputed_by_status"], seriesName: labels["chart.series.disputed"],
                categories: .trailer(rows: 1...statuses.count, column: 0),
                values: .trailer(rows: 1...statuses.count, column: 2), anchorColumn: 4)
        ]
        return sheet
    }
}
