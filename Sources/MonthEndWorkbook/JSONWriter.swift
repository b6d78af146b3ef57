/// A small pretty-printing JSON writer (a class: the nested closures write to one buffer) that keeps keys in the order written (two-space indent).
final class JSONWriter {
    private(set) var text = ""
    private var depth = 0
    private var needsComma = false

    func object(_ body: () -> Void) { open("{"); body(); close("}") }

    func object(_ key: String, _ body: () -> Void) {
        self.key(key)
        open("{")
        body()
        close("}")
    }

    func array(_ key: String, _ body: () -> Void) {
        self.key(key)
        open("[")
        body()
        close("]")
    }

    /// An object inside an array.
    func element(_ body: () -> Void) {
        newItem()
        open("{")
        body()
        close("}")
    }

    func field(_ key: String, string value: String) { self.key(key); text += Self.quoted(value) }
    func field(_ key: String, int value: Int) { self.key(key); text += String(value) }
    /// `null` for a figure the inputs do not tell (orders' completion without a status column).
    func field(_ key: String, int value: Int?) {
        self.key(key)
        text += value.map(String.init) ?? "null"
    }
    func field(_ key: String, money value: Money) { self.key(key); text += Self.quoted(value.description) }

    private func key(_ key: String) {
        newItem()
        text += Self.quoted(key) + ": "
    }

    private func newItem() {
        if needsComma { text += "," }
        if depth > 0 { text += "\n" + String(repeating: "  ", count: depth) }
        needsComma = true
    }

    private func open(_ bracket: String) {
        text += bracket
        depth += 1
        needsComma = false
    }

    private func close(_ bracket: String) {
        depth -= 1
        if needsComma { text += "\n" + String(repeating: "  ", count: depth) }
        text += bracket
        needsComma = true
    }

    /// RFC 8259 string: quote, backslash and control characters escaped; everything else as UTF-8.
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
