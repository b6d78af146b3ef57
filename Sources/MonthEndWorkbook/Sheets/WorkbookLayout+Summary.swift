extension WorkbookLayout {
    /// A page to sign: a title, period, as-of and company, then every area's key figures under its
    /// section row, each a formula over its detail sheet with a link to it; the sign-off block below.
    func summarySheet(_ report: MonthReport) -> SheetModel {
        let columns = [
            ColumnModel(labels["summary.item"], .text), ColumnModel(labels["summary.value"], .text),
            ColumnModel(labels["summary.detail"], .text),
        ]
        var sectionRows: Set<Int> = []
        var rows: [[CellValue]] = [
            [.text(labels["summary.period"]), .text(report.period.description), .empty],
            [.text(labels["summary.as_of"]), .date(report.asOf), .empty],
            [.text(labels["summary.company"]), Cell.text(report.company.name), .empty],
        ]
        let goTo = labels["summary.go_to"]
        func link(_ id: SheetID) -> CellValue {
            .link(sheet: labels.sheetName(id), text: goTo + " " + labels.sheetName(id))
        }
        func figure(_ key: String, _ id: SheetID, _ function: Aggregate.Function) {
            rows.append([.text(labels[key]), .aggregate(Aggregate(id, function)), link(id)])
        }
        func heading(_ area: String, present: Bool) {
            section(labels["area." + area], note: present ? nil : labels["no_input"])
        }
        func section(_ title: String, note: String? = nil) {
            sectionRows.insert(rows.count)
            rows.append([.text(title), Cell.text(note), .empty])
        }

        heading("courier", present: report.courier != nil)
        figure("summary.courier.bill_lines", .courier, .count(column: CourierColumn.amount))
        figure("summary.courier.billed_total", .courier, .sum(column: CourierColumn.amount))
        for status in CourierStatus.allCases {
            rows.append([
                .text(
                    labels["summary.courier.status"].replacingPlaceholder("{status}", with: labels.word(for: status))),
                .aggregate(
                    Aggregate(.courier, .countIf(column: CourierColumn.status, .equals(labels.word(for: status))))),
                link(.courier),
            ])
        }
        figure(
            "summary.courier.not_billed", .courier,
            .countIf(column: CourierColumn.status, .equals(labels.notBilledWord)))
        figure("summary.courier.disputed_total", .courier, .sum(column: CourierColumn.disputed))
        figure("summary.courier.to_pay_total", .courier, .sum(column: CourierColumn.toPay))
        figure(
            "summary.courier.rebill_total", .courier,
            .sumIf(criterionColumn: CourierColumn.rebill, .equals(labels["flag.yes"]), sumColumn: CourierColumn.toPay))
        rows.append([.text(labels.sheetName(.courierByAccount)), .empty, link(.courierByAccount)])

        heading("receivables", present: report.receivables != nil)
        figure("summary.receivables.invoices", .receivables, .count(column: ReceivablesColumn.invoiceNo))
        figure("summary.receivables.outstanding_total", .receivables, .sum(column: ReceivablesColumn.open))
        figure(
            "summary.receivables.overdue_total", .receivables,
            .sumIf(criterionColumn: ReceivablesColumn.daysPastDue, .positive, sumColumn: ReceivablesColumn.open))
        figure("summary.receivables.payments", .payments, .count(column: PaymentsColumn.date))
        figure("summary.receivables.applied_total", .payments, .sum(column: PaymentsColumn.applied))
        figure("summary.receivables.unapplied_total", .payments, .sum(column: PaymentsColumn.unapplied))
        figure(
            "summary.receivables.unidentified_payments", .payments,
            .countIf(column: PaymentsColumn.status, .equals(unidentifiedWord)))
        let bucketLabels = labels.bucketWords(report.receivables?.agingScheme ?? .standard)
        for (index, bucket) in bucketLabels.enumerated() {
            rows.append([
                .text(labels["summary.receivables.aging"].replacingPlaceholder("{bucket}", with: bucket)),
                .aggregate(Aggregate(.aging, .sum(column: 3 + index))), link(.aging),
            ])
        }
        figure("summary.receivables.dunning_reminders", .dunning, .count(column: 0))

        heading("stock", present: report.stock != nil)
        figure("summary.stock.items", .stockTake, .count(column: StockColumn.itemCode))
        figure("summary.stock.not_counted", .stockTake, .countBlank(column: StockColumn.counted))
        figure("summary.stock.shortage_value", .stockTake, .negativeSum(column: StockColumn.varianceValue))
        figure(
            "summary.stock.surplus_value", .stockTake,
            .sumIf(criterionColumn: StockColumn.varianceValue, .positive, sumColumn: StockColumn.varianceValue))
        figure("summary.stock.net_variance_value", .stockTake, .sum(column: StockColumn.varianceValue))

        heading("orders", present: report.orders != nil)
        let yes = labels["flag.yes"]
        figure("summary.orders.placed", .orders, .countIf(column: OrdersColumn.placed, .equals(yes)))
        if report.orders?.completionKnown == false {
            // A count of 是 would read 0: the export does not say, and the summary says so.
            for key in ["summary.orders.completed", "summary.orders.remaining"] {
                rows.append([.text(labels[key]), .text(labels["flag.unknown"]), link(.orders)])
            }
        } else {
            figure("summary.orders.completed", .orders, .countIf(column: OrdersColumn.completed, .equals(yes)))
            figure("summary.orders.remaining", .orders, .countIf(column: OrdersColumn.remaining, .equals(yes)))
        }

        if let carried = report.carried {
            carriedFigures(carried, section: section, figure: figure, row: { rows.append($0) })
        }

        section(labels["summary.section.lists"])
        rows.append([
            .text(labels.sheetName(.exceptions)), .aggregate(Aggregate(.exceptions, .count(column: 0))),
            link(.exceptions),
        ])
        rows.append([
            .text(labels.sheetName(.rejectedRows)), .aggregate(Aggregate(.rejectedRows, .count(column: 0))),
            link(.rejectedRows),
        ])
        rows.append([
            .text(labels.sheetName(.sources)), .aggregate(Aggregate(.sources, .count(column: 0))), link(.sources),
        ])

        // Name and signature cells are boxed even when empty: the configured names are printed,
        // the signatures and the date are written by hand.
        let signatureHeight = 30.0
        let trailer = [
            TrailerRow(
                [.text(labels["signoff.title"]), .text(labels["signoff.name"]), .text(labels["signoff.signature"])],
                section: true),
            TrailerRow(
                [.text(labels["signoff.prepared"]), Cell.text(report.company.preparedBy), .empty], bold: true,
                boxedColumns: 1...2, height: signatureHeight),
            TrailerRow(
                [.text(labels["signoff.reviewed"]), Cell.text(report.company.reviewedBy), .empty], bold: true,
                boxedColumns: 1...2, height: signatureHeight),
            TrailerRow(
                [.text(labels["signoff.date"]), .empty], bold: true, boxedColumns: 1...1, height: signatureHeight),
        ]
        var sheet = SheetModel(
            id: .summary, name: labels.sheetName(.summary), title: summaryTitle(report), columns: columns, rows: rows,
            trailer: trailer)
        sheet.sectionRows = sectionRows
        // A page of figures and signatures, not a list: no filter buttons, no grid.
        sheet.autofilter = false
        sheet.gridlines = false
        return sheet
    }

    /// "示例公司 月结对账 2026-10"; without a configured company name, the workbook's title.
    func summaryTitle(_ report: MonthReport) -> String {
        let period = report.period.description
        let name = report.company.name.trimmingSpaces()
        guard !name.isEmpty else { return labels["workbook.title"].replacingPlaceholder("{period}", with: period) }
        return labels["summary.title"].replacingPlaceholder("{company}", with: name)
            .replacingPlaceholder("{period}", with: period)
    }
}
