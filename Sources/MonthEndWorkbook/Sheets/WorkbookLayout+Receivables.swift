extension WorkbookLayout {
    enum ReceivablesColumn {
        static let invoiceNo = 0
        static let open = 7
        static let daysPastDue = 8
    }

    enum PaymentsColumn {
        static let date = 0
        static let applied = 6
        static let unapplied = 7
        static let status = 8
    }

    /// The payments sheet's status of a payment no customer was found for; the summary counts it.
    var unidentifiedWord: String {
        labels.exceptionKindWord(ReceivablesExceptionKind.unidentified.rawValue, area: .receivables)
    }

    /// One row per invoice (and credit note) as of the as-of date.
    func receivablesSheet(_ report: MonthReport) -> SheetModel {
        var columns = self.columns(
            "header.receivables",
            [
                ("invoice_no", .text), ("customer", .text), ("salesperson", .text), ("invoice_date", .date),
                ("due_date", .date), ("amount", .money), ("paid", .money), ("open", .money),
                ("days_past_due", .integer), ("bucket", .text),
            ])
        columns.append(reviewColumn)
        var sheet = SheetModel(
            id: .receivables, name: labels.sheetName(.receivables), columns: columns,
            totals: totals(count: columns.count, sums: [5, 6, 7]),
            highlight: .bothPositive(ReceivablesColumn.open, ReceivablesColumn.daysPastDue))
        guard let receivables = report.receivables else {
            sheet.trailer = noInputTrailer
            return sheet
        }
        let bucketWords = Dictionary(
            zip(receivables.agingScheme.labels, labels.bucketWords(receivables.agingScheme)),
            uniquingKeysWith: { first, _ in first })
        for invoice in receivables.invoices {
            sheet.rows.append([
                .text(invoice.invoiceNo), Cell.text(invoice.customerName), Cell.text(invoice.salesperson),
                .date(invoice.invoiceDate), .date(invoice.dueDate), .money(invoice.amount), .money(invoice.paid),
                .money(invoice.openBalance), .integer(invoice.daysPastDue),
                Cell.text(bucketWords[invoice.bucketLabel] ?? invoice.bucketLabel), .empty,
            ])
        }
        return sheet
    }

    /// One row per payment: how it was applied and what is left.
    func paymentsSheet(_ report: MonthReport) -> SheetModel {
        var columns = self.columns(
            "header.payments",
            [
                ("date", .date), ("reference", .text), ("payer", .text), ("customer", .text), ("amount", .money),
                ("applied_to", .text), ("applied", .money), ("unapplied", .money), ("status", .text), ("memo", .text),
            ])
        columns.append(reviewColumn)
        var sheet = SheetModel(
            id: .payments, name: labels.sheetName(.payments), columns: columns,
            totals: totals(count: columns.count, sums: [4, 6, 7]),
            highlight: .positive(column: PaymentsColumn.unapplied))
        guard let receivables = report.receivables else {
            sheet.trailer = noInputTrailer
            return sheet
        }
        let separator = labels.isChinese ? "；" : "; "
        for payment in receivables.payments {
            let appliedTo = payment.allocations.map { $0.invoiceNo + ": " + $0.amount.description }
                .joined(separator: separator)
            let status =
                payment.isUnidentified
                ? unidentifiedWord
                : (payment.unapplied.isPositive
                    ? labels.exceptionKindWord(ReceivablesExceptionKind.overpayment.rawValue, area: .receivables) : "")
            sheet.rows.append([
                .date(payment.date), Cell.text(payment.reference), Cell.text(payment.payer),
                Cell.text(payment.customerName ?? payment.customerKey), .money(payment.amount), Cell.text(appliedTo),
                .money(payment.applied), .money(payment.unapplied), Cell.text(status), Cell.text(payment.memo), .empty,
            ])
        }
        return sheet
    }

    /// Per customer, open balances in the configured buckets, with a chart of the bucket totals.
    func agingSheet(_ report: MonthReport) -> SheetModel {
        let bucketLabels = labels.bucketWords(report.receivables?.agingScheme ?? .standard)
        var columns = self.columns(
            "header.aging", [("customer_key", .text), ("customer", .text), ("salesperson", .text)])
        for label in bucketLabels { columns.append(ColumnModel(label, .money)) }
        columns.append(ColumnModel(labels["header.aging.total"], .money))
        columns.append(reviewColumn)
        let bucketColumns = 3...(2 + bucketLabels.count)
        var sheet = SheetModel(
            id: .aging, name: labels.sheetName(.aging), columns: columns,
            totals: totals(count: columns.count, sums: Set(bucketColumns).union([3 + bucketLabels.count])),
            highlight: .positive(column: bucketColumns.upperBound))
        guard let receivables = report.receivables else {
            sheet.trailer = noInputTrailer
            return sheet
        }
        for customer in receivables.customers {
            var row: [CellValue] = [
                .text(customer.customerKey), Cell.text(customer.customerName), Cell.text(customer.salesperson),
            ]
            row += customer.aging.amounts.map(CellValue.money)
            row += [.money(customer.total), .empty]
            sheet.rows.append(row)
        }
        if !sheet.rows.isEmpty {
            sheet.charts = [
                ChartModel(
                    kind: .column, title: labels["chart.aging"], seriesName: labels["chart.series.open_balance"],
                    categories: .header(columns: bucketColumns),
                    values: .totals(columns: bucketColumns), anchorColumn: 1)
            ]
        }
        return sheet
    }

    /// The reminder plan for the month after the period: one row per customer per day.
    func dunningSheet(_ report: MonthReport) -> SheetModel {
        var columns = self.columns(
            "header.dunning",
            [
                ("date", .date), ("customer", .text), ("salesperson", .text), ("invoices", .text),
                ("total_open", .money), ("kind", .text),
            ])
        columns.append(reviewColumn)
        var sheet = SheetModel(
            id: .dunning, name: labels.sheetName(.dunning), columns: columns,
            highlight: .textNotIn(column: 5, [labels["dunning.before_due"]]))
        guard let receivables = report.receivables else {
            sheet.trailer = noInputTrailer
            return sheet
        }
        let separator = labels.isChinese ? "；" : "; "
        func wording(_ key: String) -> PlaceholderTemplate {
            PlaceholderTemplate(labels[key], names: ["invoice", "amount", "days"])
        }
        let pastDue = wording("dunning.days_past_due")
        let toDue = wording("dunning.days_to_due")
        let today = wording("dunning.due_today")
        let kinds = (
            beforeDue: labels["dunning.before_due"], overdue: labels["dunning.overdue"], both: labels["dunning.both"]
        )
        let plan = receivables.dunningPlan
        // Generated, not held: long invoice lists on tens of thousands of rows.
        sheet.rows = SheetRows(count: plan.count) { i in
            let reminder = plan[i]
            let invoices = reminder.items.map { item -> String in
                let template = item.daysPastDue > 0 ? pastDue : (item.daysPastDue < 0 ? toDue : today)
                return template.filled(
                    [item.invoiceNo, item.openBalance.description, String(item.daysPastDue.magnitude)])
            }.joined(separator: separator)
            let kind: String
            switch reminder.kind {
            case .beforeDue: kind = kinds.beforeDue
            case .overdue: kind = kinds.overdue
            case .both: kind = kinds.both
            }
            return [
                .date(reminder.date), Cell.text(reminder.customerName), Cell.text(reminder.salesperson),
                Cell.text(invoices), .money(reminder.totalOpen), .text(kind), .empty,
            ]
        }
        return sheet
    }
}
