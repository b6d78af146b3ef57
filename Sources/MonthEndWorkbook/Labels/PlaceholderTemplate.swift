/// A label with `{name}` placeholders, split once into literal text and slots, so that a text built
/// on every generated row (the dunning plan's invoice lists, built to place and again to write)
/// costs one append per part instead of one search-and-copy pass per placeholder.
struct PlaceholderTemplate: Sendable {
    private enum Part: Sendable {
        case literal(String)
        case slot(Int)
    }

    private let template: String
    private let names: [String]
    /// nil when the template has a brace outside its placeholders: then filling falls back to
    /// replacing one placeholder after the other, as `replacingPlaceholder` always did.
    private let parts: [Part]?

    /// `names` without braces, in the order `filled` receives their values.
    init(_ template: String, names: [String]) {
        self.template = template
        self.names = names
        let marks = names.map { Array(("{" + $0 + "}").utf8) }
        let bytes = Array(template.utf8)
        var parts: [Part] = []
        var literalStart = 0
        var i = 0
        var valid = true
        scan: while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "{"):
                guard let slot = marks.firstIndex(where: { bytes[i...].starts(with: $0) }) else {
                    valid = false
                    break scan
                }
                if literalStart < i { parts.append(.literal(String(decoding: bytes[literalStart..<i], as: UTF8.self))) }
                parts.append(.slot(slot))
                i += marks[slot].count
                literalStart = i
            case UInt8(ascii: "}"):
                valid = false
                break scan
            default:
                i += 1
            }
        }
        if valid && literalStart < bytes.count {
            parts.append(.literal(String(decoding: bytes[literalStart...], as: UTF8.self)))
        }
        self.parts = valid ? parts : nil
    }

    /// The template with each placeholder replaced by its value; the same text as replacing the
    /// placeholders one after the other in `names` order.
    func filled(_ values: [String]) -> String {
        precondition(values.count == names.count, "one value per placeholder")
        // A brace in a value could form a later placeholder when replacing one after the other.
        guard let parts, !values.dropLast().contains(where: { $0.utf8.contains { $0 == 0x7B || $0 == 0x7D } })
        else {
            var text = template
            for (name, value) in zip(names, values) { text = text.replacingPlaceholder("{" + name + "}", with: value) }
            return text
        }
        var text = ""
        for part in parts {
            switch part {
            case .literal(let literal): text += literal
            case .slot(let slot): text += values[slot]
            }
        }
        return text
    }
}
