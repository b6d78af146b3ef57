extension WorkbookLayout {
    enum StockColumn {
        static let itemCode = 0
        static let counted = 9
        static let varianceValue = 13
        static let flag = 14
    }

    /// One row per stock item, then the ten largest variances by value with their chart.
    func stockSheet(_ report: MonthReport) -> SheetModel {
        var columns = self.columns(
            "header.stock",
            [
                ("item_code", .text), ("item_name", .text), ("spec", .text), ("unit", .text), ("location", .text),
                ("opening", .quantity), ("received", .quantity), ("issued", .quantity), ("book", .quantity),
                ("counted", .quantity), ("variance", .quantity), ("variance_percent", .percent),
                ("unit_cost", .quantity),
                ("variance_value", .money), ("flag", .text),
            ])
        columns.append(reviewColumn)
        var sheet = SheetModel(
            id: .stockTake, name: labels.sheetName(.stockTake), columns: columns,
            totals: totals(count: columns.count, sums: [StockColumn.varianceValue]),
            highlight: .textNotIn(column: StockColumn.flag, [labels.word(for: StockFlag.withinTolerance)]))
        guard let stock = report.stock else {
            sheet.trailer = noInputTrailer
            return sheet
        }
        let separator = labels.isChinese ? "；" : "; "
        for line in stock.lines {
            // The report's percent has two decimals (x100); the sheet stores the fraction.
            let percent = line.variancePercent.map { CellValue.percent(Quantity(micros: $0.micros / 100)) } ?? .empty
            sheet.rows.append([
                .text(line.itemCode), Cell.text(line.itemName), Cell.text(line.spec), Cell.text(line.unit),
                Cell.text(line.location), Cell.quantity(line.openingQty), Cell.quantity(line.receivedQty),
                Cell.quantity(line.issuedQty), Cell.quantity(line.bookQty), Cell.quantity(line.countedQty),
                Cell.quantity(line.variance), percent, Cell.quantity(line.unitCost), .money(line.varianceValue),
                Cell.text(line.flags.map { labels.word(for: $0) }.joined(separator: separator)), .empty,
            ])
        }
        // Largest |variance value| first; ties keep source order (the sort is stable on the index).
        let top = stock.lines.enumerated().filter { !$0.element.varianceValue.isZero }
            .sorted { a, b in
                let (x, y) = (a.element.varianceValue.fen.magnitude, b.element.varianceValue.fen.magnitude)
                return x != y ? x > y : a.offset < b.offset
            }
            .prefix(10)
        if !top.isEmpty {
            sheet.trailer.append(
                TrailerRow(
                    [
                        .text(labels["header.stock.top_variances"]), .text(labels["header.stock.item_name"]),
                        .text(labels["header.stock.variance_value"]),
                    ], bold: true))
            for (_, line) in top {
                sheet.trailer.append(
                    TrailerRow([.text(line.exceptionKey), Cell.text(line.itemName), .money(line.varianceValue)]))
            }
            sheet.charts = [
                ChartModel(
                    kind: .bar, title: labels["chart.stock_top_variances"],
                    seriesName: labels["chart.series.variance_value"],
                    categories: .trailer(rows: 1...top.count, column: 0),
                    values: .trailer(rows: 1...top.count, column: 2),
                    anchorColumn: 4)
            ]
        }
        return sheet
    }

    enum OrdersColumn {
        static let placed = 6
        static let completed = 7
        static let remaining = 8
    }

    /// Every order, marked placed / completed / remaining, so the counts are COUNTIFs over it.
    func ordersSheet(_ report: MonthReport) -> SheetModel {
        var columns = self.columns(
            "header.orders",
            [
                ("order_no", .text), ("order_date", .date), ("customer", .text), ("status", .text),
                ("completed_date", .date), ("amount", .money), ("placed", .text), ("completed", .text),
                ("remaining", .text),
            ])
        columns.append(reviewColumn)
        var sheet = SheetModel(
            id: .orders, name: labels.sheetName(.orders), columns: columns,
            totals: totals(count: columns.count, sums: [5]), highlight: .notEmpty(column: OrdersColumn.remaining))
        guard let orders = report.orders else {
            sheet.trailer = noInputTrailer
            return sheet
        }
        let yes = CellValue.text(labels["flag.yes"])
        // Without a status or completed date, each order's completion is marked unknown, not blank.
        let unknown = orders.completionKnown ? CellValue.empty : CellValue.text(labels["flag.unknown"])
        let placed = Set(orders.placed.map(\.source))
        let completed = Set(orders.completed.map(\.source))
        let remaining = Set(orders.remaining.map(\.source))
        for order in orders.orders {
            sheet.rows.append([
                .text(order.orderNo), .date(order.orderDate), Cell.text(order.customer), Cell.text(order.status),
                Cell.date(order.completedDate), Cell.money(order.amount), placed.contains(order.source) ? yes : .empty,
                completed.contains(order.source) ? yes : unknown, remaining.contains(order.source) ? yes : unknown,
                .empty,
            ])
        }
        return sheet
    }
}
