internal import CXLSXWriter

extension Workbook {
    /// Highlights the cells of `range` that satisfy `rule` with `format` (font, fill, border, number format).
    public mutating func addConditionalFormat(
        _ rule: ConditionalRule, range: CellRange, format: CellFormat, sheet: Worksheet
    ) throws(XLSXError) {
        let operation = "conditional format"
        let ws = try core.sheet(sheet, operation)
        try Self.validateRange(range, operation, sheet: sheet)
        let location = XLSXError.Location(sheet: sheet.name, row: range.firstRow, column: range.firstColumn)
        var options = lxw_conditional_format()
        options.format = try core.conditionalFormat(format, operation)
        let text: String?
        switch rule {
        case .cell(let comparison, let value):
            try Self.validateFinite(value, operation, sheet: sheet, row: range.firstRow, column: range.firstColumn)
            options.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            options.criteria = Self.criteria(comparison)
            options.value = value
            text = nil
        case .between(let low, let high):
            try Self.validateFinite(low, operation, sheet: sheet, row: range.firstRow, column: range.firstColumn)
            try Self.validateFinite(high, operation, sheet: sheet, row: range.firstRow, column: range.firstColumn)
            options.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            options.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_BETWEEN.rawValue)
            options.min_value = Swift.min(low, high)
            options.max_value = Swift.max(low, high)
            text = nil
        case .textContains(let needle):
            if needle.isEmpty || needle.unicodeScalars.count > 255 || needle.utf8.contains(0) {
                throw XLSXError(
                    .parameterValidation, operation: operation, detail: "the text must be 1...255 characters",
                    location: location)
            }
            options.type = UInt8(LXW_CONDITIONAL_TYPE_TEXT.rawValue)
            options.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING.rawValue)
            text = needle
        case .formula(let formula):
            try Self.validateFormula(formula, operation, location: location)
            options.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
            text = formula
        }
        let result: lxw_error
        if let text {
            // libxlsxwriter copies value_string during the call.
            result = text.withCString { cText in
                options.value_string = UnsafeMutablePointer(mutating: cText)
                return worksheet_conditional_format_range(
                    ws, UInt32(range.firstRow), UInt16(range.firstColumn), UInt32(range.lastRow),
                    UInt16(range.lastColumn),
                    &options)
            }
        } else {
            result = worksheet_conditional_format_range(
                ws, UInt32(range.firstRow), UInt16(range.firstColumn), UInt32(range.lastRow), UInt16(range.lastColumn),
                &options)
        }
        try check(result, operation, location: location)
    }

    /// A drop-down list of `items` on every cell of `range`; other entries are rejected by Excel.
    /// Items may not contain commas or quotes, and together (comma-joined) fit 255 characters.
    public mutating func addListValidation(_ items: [String], range: CellRange, sheet: Worksheet) throws(XLSXError) {
        let operation = "list validation"
        let ws = try core.sheet(sheet, operation)
        try Self.validateRange(range, operation, sheet: sheet)
        let location = XLSXError.Location(sheet: sheet.name, row: range.firstRow, column: range.firstColumn)
        guard !items.isEmpty,
            items.allSatisfy({ !$0.isEmpty && !$0.contains(",") && !$0.contains("\"") && !$0.utf8.contains(0) })
        else {
            throw XLSXError(
                .parameterValidation, operation: operation, detail: "items must be non-empty, without commas or quotes",
                location: location)
        }
        let joinedLength = items.reduce(items.count - 1) { $0 + $1.unicodeScalars.count }
        if joinedLength > XLSXLimits.validationListLength {
            throw XLSXError(
                .stringLengthExceeded255, operation: operation, detail: "\(joinedLength) characters", location: location
            )
        }
        // A NULL-terminated char ** that lives for the call; libxlsxwriter copies the list into its own CSV.
        let cStrings = items.map { strdup($0) }
        defer { cStrings.forEach { free($0) } }
        var list: [UnsafeMutablePointer<CChar>?] = cStrings + [nil]
        var validation = lxw_data_validation()
        validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
        let result = list.withUnsafeMutableBufferPointer { buffer in
            validation.value_list = buffer.baseAddress
            return worksheet_data_validation_range(
                ws, UInt32(range.firstRow), UInt16(range.firstColumn), UInt32(range.lastRow), UInt16(range.lastColumn),
                &validation)
        }
        try check(result, operation, location: location)
    }

    static func criteria(_ comparison: ConditionalRule.Comparison) -> UInt8 {
        let value: lxw_conditional_criteria
        switch comparison {
        case .equal: value = LXW_CONDITIONAL_CRITERIA_EQUAL_TO
        case .notEqual: value = LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO
        case .greaterThan: value = LXW_CONDITIONAL_CRITERIA_GREATER_THAN
        case .lessThan: value = LXW_CONDITIONAL_CRITERIA_LESS_THAN
        case .greaterThanOrEqual: value = LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO
        case .lessThanOrEqual: value = LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO
        }
        return UInt8(value.rawValue)
    }
}
