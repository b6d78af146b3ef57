/// templates/couriers.yaml: the alias table (section `aliases:`) and each courier's default weight
/// rule (section `weights:`). A file without section lines is all aliases, as before weights were
/// added, so a user's older couriers.yaml still reads.
///
///     aliases:
///       顺丰: [顺丰速运, SF, SF Express]
///     weights:
///       EMS: {first_weight_kg: 0.5, step_kg: 0.5}
public struct CourierTemplateFile: Sendable {
    public var aliases: CourierAliases
    /// In file order, names as written: resolve them through the run's whole alias table.
    public var weightRules: [(courier: String, rule: CourierWeightRule)]

    private enum Section { case aliases, weights }

    public init(parsing text: String, path: String = "couriers.yaml") throws(MonthEndError) {
        var aliasLines: [Substring] = []
        var rules: [(courier: String, rule: CourierWeightRule)] = []
        var section = Section.aliases
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = lineNumber == 1 && rawLine.first == "\u{FEFF}" ? rawLine.dropFirst() : rawLine
            let content = ComparisonText.trimmed(String(Self.uncommented(line)))
            let startsAtMargin = line.first.map { !$0.isWhitespace } ?? false
            if startsAtMargin && (content == "aliases:" || content == "weights:") {
                section = content == "aliases:" ? .aliases : .weights
                aliasLines.append("")
                continue
            }
            // The alias reader sees every line, the others blanked, so its errors name the right line.
            guard section == .weights else {
                aliasLines.append(line)
                continue
            }
            aliasLines.append("")
            if content.isEmpty { continue }
            guard let rule = Self.weightRule(content) else {
                throw MonthEndError(
                    .badTemplate, "courier weight line is not `name: {first_weight_kg: N, step_kg: N}`", path: path,
                    line: lineNumber,
                    hint:
                        "write one courier per line with both weights in kg above 0, e.g. `EMS: {first_weight_kg: 0.5, step_kg: 0.5}`",
                    sourceLine: String(line))
            }
            rules.append(rule)
        }
        aliases = try CourierAliases(parsingSimpleList: aliasLines.joined(separator: "\n"), path: path)
        weightRules = rules
    }

    /// `name: {first_weight_kg: 1, step_kg: 0.5}` -> ("name", rule); nil for any other shape.
    private static func weightRule(_ content: String) -> (courier: String, rule: CourierWeightRule)? {
        guard let brace = content.firstIndex(of: "{"), content.hasSuffix("}") else { return nil }
        let head = ComparisonText.trimmed(String(content[..<brace]))
        guard head.hasSuffix(":") else { return nil }
        var courier = ComparisonText.trimmed(String(head.dropLast()))
        if courier.count >= 2, let quote = courier.first, quote == "\"" || quote == "'", courier.last == quote {
            courier = String(courier.dropFirst().dropLast())
        }
        guard !courier.isEmpty else { return nil }
        var values: [String: Quantity] = [:]
        for pair in content[content.index(after: brace)..<content.index(before: content.endIndex)].split(separator: ",")
        {
            let parts = pair.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let value = Quantity(plain: ComparisonText.trimmed(String(parts[1]))),
                value > .zero
            else { return nil }
            values[ComparisonText.trimmed(String(parts[0]))] = value
        }
        guard values.count == 2, let first = values["first_weight_kg"], let step = values["step_kg"] else { return nil }
        return (courier, CourierWeightRule(firstWeightKg: first, stepKg: step))
    }

    /// The line up to a `#` that starts it or follows white space (YAML's comment rule).
    private static func uncommented(_ line: Substring) -> Substring {
        var afterSpace = true
        for index in line.indices {
            if line[index] == "#", afterSpace { return line[..<index] }
            afterSpace = line[index].isWhitespace
        }
        return line
    }
}
