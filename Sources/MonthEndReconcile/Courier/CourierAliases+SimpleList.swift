extension CourierAliases {
    /// Reads the alias table's file format, a subset of YAML that any YAML reader reads the same way:
    ///
    ///     # comment
    ///     顺丰: [顺丰速运, SF, SF Express]
    ///     EMS: []
    ///
    /// One courier per line: its canonical name, a colon and a space, then its other spellings as a
    /// bracketed, comma-separated list (items may be quoted with '' or ""). Blank lines and lines or
    /// tails starting with `#` (after a space) are ignored. Anything else is a `bad-template` error
    /// naming the line.
    public init(parsingSimpleList text: String, path: String = "couriers.yaml") throws(MonthEndError) {
        var entries: [(canonical: String, aliases: [String])] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if lineNumber == 1, line.first == "\u{FEFF}" { line = line.dropFirst() }
            let content = ComparisonText.trimmed(Self.removingComment(String(line)))
            if content.isEmpty { continue }
            guard let entry = Self.entry(content) else {
                throw MonthEndError(
                    .badTemplate, "courier alias line is not `name: [alias, ...]`", path: path, line: lineNumber,
                    hint: "write one courier per line, e.g. `顺丰: [顺丰速运, SF, SF Express]`",
                    sourceLine: String(line))
            }
            entries.append(entry)
        }
        self.init(entries: entries)
    }

    /// `name: [a, b]` -> ("name", ["a", "b"]); nil when the line has another shape.
    private static func entry(_ content: String) -> (canonical: String, aliases: [String])? {
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let canonical = unquoted(ComparisonText.trimmed(String(content[..<colon])))
        let rest = ComparisonText.trimmed(String(content[content.index(after: colon)...]))
        guard !canonical.isEmpty, rest.hasPrefix("["), rest.hasSuffix("]") else { return nil }
        let inner = rest.dropFirst().dropLast()
        if ComparisonText.trimmed(String(inner)).isEmpty { return (canonical, []) }
        var aliases: [String] = []
        for item in items(String(inner)) {
            let alias = unquoted(ComparisonText.trimmed(item))
            guard !alias.isEmpty else { return nil }
            aliases.append(alias)
        }
        return (canonical, aliases)
    }

    /// The list's items, split at commas outside quotes.
    private static func items(_ inner: String) -> [String] {
        var items: [String] = []
        var current = ""
        var quote: Character?
        for character in inner {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "," {
                items.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        items.append(current)
        return items
    }

    /// YAML's comment rule: `#` at the start of the line or after white space.
    private static func removingComment(_ line: String) -> String {
        var previous: Character = " "
        for index in line.indices {
            if line[index] == "#" && previous.isWhitespace { return String(line[..<index]) }
            previous = line[index]
        }
        return line
    }

    private static func unquoted(_ text: String) -> String {
        for quote in ["\"", "'"] where text.count >= 2 && text.hasPrefix(quote) && text.hasSuffix(quote) {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}
