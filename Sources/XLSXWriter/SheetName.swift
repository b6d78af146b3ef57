/// Excel's sheet-name rules, checked in Swift with the same counting as libxlsxwriter 1.1.4
/// (`workbook_validate_sheet_name`), plus the empty name that 1.1.4 does not check.
enum SheetName {
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    static func validate(_ name: String, existing: Set<String>) throws(XLSXError) {
        let location = XLSXError.Location(sheet: name)
        let operation = "add worksheet"
        if name.isEmpty {
            throw XLSXError(
                .parameterValidation, operation: operation, detail: "the sheet name is empty", location: location)
        }
        let length = name.unicodeScalars.count
        if length > XLSXLimits.sheetNameLength {
            throw XLSXError(
                .sheetNameLengthExceeded, operation: operation, detail: "\(length) characters", location: location)
        }
        if let bad = name.first(where: { forbidden.contains($0) }) {
            throw XLSXError(
                .invalidSheetNameCharacter, operation: operation, detail: "contains \(bad)", location: location)
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw XLSXError(.sheetNameStartEndApostrophe, operation: operation, location: location)
        }
        if name.utf8.contains(0) {
            throw XLSXError(
                .parameterValidation, operation: operation, detail: "contains a NUL character", location: location)
        }
        if existing.contains(folded(name)) {
            throw XLSXError(.sheetNameAlreadyUsed, operation: operation, location: location)
        }
    }

    /// Excel compares sheet names without regard to case (for all scripts, wider than C's strcasecmp).
    static func folded(_ name: String) -> String { name.lowercased() }
}
