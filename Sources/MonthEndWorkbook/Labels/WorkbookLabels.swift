/// The words of the workbook in one language: sheet names, headers, flags, sign-off words.
///
/// Parsed from `templates/labels.<lang>.yaml`, a flat file of `key: value` lines (a subset of YAML
/// read by hand so this target needs no YAML library): `#` starts a comment line, blank lines are
/// ignored, a value may be wrapped in double quotes (then `\"` and `\\` are its escapes), and every
/// key of `WorkbookLabels.requiredKeys` must be present.
public struct WorkbookLabels: Sendable, Hashable {
    /// `zh` or `en`: also picks the language of the reasons the reports write.
    public var language: String
    public var values: [String: String]

    public init(language: String, values: [String: String]) {
        self.language = language
        self.values = values
    }

    public var isChinese: Bool { language != "en" }

    /// The label for `key`; the key itself when missing (parsing guarantees the required ones).
    public subscript(_ key: String) -> String { values[key] ?? key }

    public func sheetName(_ id: SheetID) -> String { self["sheet." + id.rawValue] }

    /// Parses the flat `key: value` text; `path` names the file in errors.
    public static func parse(_ text: String, path: String = "labels") throws(MonthEndError) -> WorkbookLabels {
        var values: [String: String] = [:]
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed == "---" { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw MonthEndError(
                    .badTemplate, "expected `key: value`", path: path, line: lineNumber, sourceLine: String(line))
            }
            let key = String(line[..<colon]).trimmingSpaces()
            let rawValue = String(line[line.index(after: colon)...]).trimmingSpaces()
            guard !key.isEmpty, !key.contains(" ") else {
                throw MonthEndError(.badTemplate, "bad key", path: path, line: lineNumber, sourceLine: String(line))
            }
            guard values[key] == nil else {
                throw MonthEndError(
                    .badTemplate, "duplicate key \(key)", path: path, line: lineNumber, sourceLine: String(line))
            }
            guard let value = unquoted(rawValue) else {
                throw MonthEndError(
                    .badTemplate, "unterminated quoted value", path: path, line: lineNumber, sourceLine: String(line))
            }
            values[key] = value
        }
        let missing = (requiredKeys + storeKeys).filter { values[$0] == nil }
        guard missing.isEmpty else {
            throw MonthEndError(
                .badTemplate, "missing labels: " + missing.joined(separator: ", "), path: path,
                hint: "every key of templates/labels.zh.yaml must be present")
        }
        guard let language = values["language"], language == "zh" || language == "en" else {
            throw MonthEndError(.badTemplate, "`language` must be zh or en", path: path)
        }
        return WorkbookLabels(language: language, values: values)
    }

    private static func unquoted(_ value: String) -> String? {
        guard value.hasPrefix("\"") else { return value }
        var out = ""
        var escaped = false
        var closed = false
        for ch in value.dropFirst() {
            if closed { return nil }
            if escaped {
                out.append(ch == "n" ? "\n" : ch)
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else if ch == "\"" {
                closed = true
            } else {
                out.append(ch)
            }
        }
        return closed ? out : nil
    }
}

extension String {
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
