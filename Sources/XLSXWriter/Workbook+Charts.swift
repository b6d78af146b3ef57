internal import CXLSXWriter

extension Workbook {
    /// Builds `chart` and places its top-left corner at the given cell of `sheet`.
    public mutating func insertChart(_ chart: Chart, sheet: Worksheet, row: Int, column: Int) throws(XLSXError) {
        let operation = "insert chart"
        let location = XLSXError.Location(sheet: sheet.name, row: row, column: column)
        let ws = try core.cell(sheet, row, column, operation)
        try validate(chart, operation, location: location)
        let handle = try core.open(operation)
        let type: lxw_chart_type
        switch chart.kind {
        case .column: type = LXW_CHART_COLUMN
        case .bar: type = LXW_CHART_BAR
        case .pie: type = LXW_CHART_PIE
        }
        guard let lxwChart = workbook_add_chart(handle, UInt8(type.rawValue)) else {
            throw XLSXError(.memoryMallocFailed, operation: operation, location: location)
        }
        for series in chart.series {
            // Ranges are given as numbers, so no formula string is parsed; the sheet name is copied.
            guard let lxwSeries = chart_add_series(lxwChart, nil, nil) else {
                throw XLSXError(.memoryMallocFailed, operation: operation, location: location)
            }
            let c = series.categories
            let v = series.values
            chart_series_set_categories(
                lxwSeries, series.sheet.name, UInt32(c.firstRow), UInt16(c.firstColumn), UInt32(c.lastRow),
                UInt16(c.lastColumn))
            chart_series_set_values(
                lxwSeries, series.sheet.name, UInt32(v.firstRow), UInt16(v.firstColumn), UInt32(v.lastRow),
                UInt16(v.lastColumn))
            if let name = series.name { chart_series_set_name(lxwSeries, name) }
        }
        if let title = chart.title { chart_title_set_name(lxwChart, title) }
        if let name = chart.xAxisName { chart_axis_set_name(lxwChart.pointee.x_axis, name) }
        if let name = chart.yAxisName { chart_axis_set_name(lxwChart.pointee.y_axis, name) }
        try check(worksheet_insert_chart(ws, UInt32(row), UInt16(column), lxwChart), operation, location: location)
    }

    private func validate(_ chart: Chart, _ operation: String, location: XLSXError.Location) throws(XLSXError) {
        func fail(_ detail: String) -> XLSXError {
            XLSXError(.parameterValidation, operation: operation, detail: detail, location: location)
        }
        if chart.series.isEmpty { throw fail("a chart needs at least one series") }
        if chart.kind == .pie && (chart.xAxisName != nil || chart.yAxisName != nil) {
            throw fail("a pie chart has no axes")
        }
        for text in [chart.title, chart.xAxisName, chart.yAxisName] + chart.series.map(\.name) {
            if let text, text.isEmpty || text.unicodeScalars.count > 255 || text.utf8.contains(0) {
                throw fail("chart titles and names must be 1...255 characters")
            }
        }
        for series in chart.series {
            _ = try core.sheet(series.sheet, operation)
            try Self.validateRange(series.categories, operation, sheet: series.sheet)
            try Self.validateRange(series.values, operation, sheet: series.sheet)
        }
    }
}
