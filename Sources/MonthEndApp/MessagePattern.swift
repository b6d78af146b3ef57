/// An English terminal message with `{name}` slots, as the catalog keys it (gettext's way: the
/// English text is the key), matched against a message as printed to pull out the slots' values.
struct MessagePattern: Sendable {
    private enum Part: Sendable {
        case literal(String)
        case slot(String)
    }

    private let parts: [Part]
    /// Literal characters: of two patterns that match, the one with more says more.
    let specificity: Int

    init(_ template: String) {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = rest[rest.index(after: open)..<close]
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" }) else {
                literal += rest[...open]
                rest = rest[rest.index(after: open)...]
                continue
            }
            literal += rest[..<open]
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
            parts.append(.slot(String(name)))
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
        specificity = parts.reduce(0) {
            if case .literal(let text) = $1 { return $0 + text.count }
            return $0
        }
    }

    /// The slots' values when `message` has this shape; a slot takes the shortest text that lets
    /// the literal after it follow.
    func match(_ message: String) -> [String: String]? {
        var values: [String: String] = [:]
        var rest = Substring(message)
        for (index, part) in parts.enumerated() {
            switch part {
            case .literal(let text):
                guard rest.hasPrefix(text) else { return nil }
                rest = rest.dropFirst(text.count)
            case .slot(let name):
                if index + 1 < parts.count, case .literal(let next) = parts[index + 1] {
                    guard let found = rest.range(of: next) else { return nil }
                    values[name] = String(rest[..<found.lowerBound])
                    rest = rest[found.lowerBound...]
                } else {
                    values[name] = String(rest)
                    rest = ""
                }
            }
        }
        return rest.isEmpty ? values : nil
    }

    /// `template` with each `{name}` replaced by its value, in one pass (a value holding braces is
    /// left as it is).
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            out += values[String(rest[rest.index(after: open)..<close])] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
