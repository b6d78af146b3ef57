internal import CXLSXWriter

extension Workbook {
    /// A workbook-wide name for a formula or range, e.g. `defineName("Rate", formula: "=Data!$B$2")`.
    public mutating func defineName(_ name: String, formula: String) throws(XLSXError) {
        let operation = "define name"
        let handle = try core.open(operation)
        func fail(_ code: XLSXError.Code, _ detail: String) -> XLSXError {
            XLSXError(code, operation: operation, detail: detail)
        }
        if name.isEmpty { throw fail(.parameterValidation, "the name is empty") }
        // 1.1.4 copies the name into a 128-byte buffer with strcpy: check bytes, not characters.
        if name.utf8.count >= XLSXLimits.definedNameLength { throw fail(.stringLengthExceeded128, "name \(name)") }
        if !Self.isValidDefinedName(name) { throw fail(.parameterValidation, "\(name) is not a valid Excel name") }
        if core.foldedDefinedNames.contains(name.lowercased()) {
            throw fail(.parameterValidation, "\(name) is already defined")
        }
        try Self.validateFormula(formula, operation, location: .init())
        if formula.unicodeScalars.count > XLSXLimits.definedNameLength {
            throw fail(.stringLengthExceeded128, "formula of \(name)")
        }
        try check(workbook_define_name(handle, name, formula), operation, detail: name)
        core.foldedDefinedNames.insert(name.lowercased())
    }

    /// Title, author, creation time... Strings are copied by libxlsxwriter during the call.
    public mutating func setProperties(_ properties: DocumentProperties) throws(XLSXError) {
        let operation = "set properties"
        let handle = try core.open(operation)
        let fields = [properties.title, properties.subject, properties.author, properties.company, properties.comments]
        for case let text? in fields where text.utf8.contains(0) {
            throw XLSXError(.parameterValidation, operation: operation, detail: "a property contains NUL")
        }
        let copies = fields.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        var cProperties = lxw_doc_properties()
        cProperties.title = copies[0]
        cProperties.subject = copies[1]
        cProperties.author = copies[2]
        cProperties.company = copies[3]
        cProperties.comments = copies[4]
        if let created = properties.created { cProperties.created = time_t(created) }
        try check(workbook_set_properties(handle, &cProperties), operation)
    }

    /// Letters, digits, `_`, `.` and `\`, starting with a letter, `_` or `\`; not a cell reference
    /// (`A1`, `XFD1048576`, `R1C1`, `R`, `C`), which Excel would read as an address.
    static func isValidDefinedName(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_" || first == "\\" else { return false }
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "\\" }) else {
            return false
        }
        let upper = name.uppercased()
        if upper == "R" || upper == "C" { return false }
        let ascii = Array(upper.utf8)
        let letters = ascii.prefix { (65...90).contains($0) }
        let rest = ascii.dropFirst(letters.count)
        if (1...3).contains(letters.count), !rest.isEmpty, rest.allSatisfy({ (48...57).contains($0) }) { return false }
        if ascii.first == 82, ascii.contains(67) {
            // R1C1-style: R<digits>C<digits>
            let parts = upper.dropFirst().split(separator: "C", omittingEmptySubsequences: false)
            if parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return false }
        }
        return true
    }
}
