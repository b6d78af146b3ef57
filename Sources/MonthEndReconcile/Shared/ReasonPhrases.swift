/// The words of the reasons the reports give (exceptions, the courier sheet's reason column), in
/// the workbook's language: templates with `{name}` slots from templates/labels.<lang>.yaml, keys
/// `reason.*`. The reports fill in their codes' figures and names; no sentence is written here.
public struct ReasonPhrases: Sendable, Hashable {
    public let templates: [String: String]
    /// Each template cut once into its text and its `{name}` slots: a month's courier sheet fills
    /// a reason for every line, twice (once to measure the sheet, once to write it).
    private let pieces: [String: [Piece]]

    private enum Piece: Sendable, Hashable {
        case text(String)
        case slot(String)
    }

    /// `templates` by key; keys that are not `reason.*` are ignored.
    public init(_ templates: [String: String]) {
        self.templates = templates.filter { $0.key.hasPrefix("reason.") }
        self.pieces = self.templates.mapValues(Self.pieces)
    }

    /// `{name}` slots between texts; a `{` without its `}` is text. Braces are ASCII, so the
    /// template is cut on its UTF-8 bytes.
    private static func pieces(_ template: String) -> [Piece] {
        let bytes = Array(template.utf8)
        var pieces: [Piece] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) {
                if start < index { pieces.append(.text(String(decoding: bytes[start..<index], as: UTF8.self))) }
                pieces.append(.slot(String(decoding: bytes[(index + 1)..<close], as: UTF8.self)))
                index = close + 1
                start = index
            } else {
                index += 1
            }
        }
        if start < bytes.count { pieces.append(.text(String(decoding: bytes[start...], as: UTF8.self))) }
        return pieces
    }

    /// Between two reasons in one cell: `；` or `; `.
    public var separator: String { self("reason.separator") }

    /// The template of `key` with each `{name}` slot filled in one pass (a value that itself holds
    /// braces is left as it is); the key itself when the labels lack it. The values are pairs, not a
    /// dictionary: a reason is filled for every courier line that has one, and a handful of names is
    /// found faster by comparing than by hashing them into a table built for one call.
    public func callAsFunction(_ key: String, _ values: KeyValuePairs<String, String> = [:]) -> String {
        guard let pieces = pieces[key] else { return key }
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .slot(let name): out += values.first { $0.key == name }?.value ?? "{" + name + "}"
            }
        }
        return out
    }

    /// Every key the reports use, for the labels files' required keys.
    public static let keys: [String] =
        ["reason.separator", "reason.place.file", "reason.place.index"]
        + [
            "duplicate", "duplicate_fee", "not_shipped", "collect_billed", "weight_over", "freight_above",
            "freight_below", "not_billed", "destination_differs", "not_priced", "unknown_courier",
            "unknown_destination", "slip_without_weight", "bill_without_weight", "undercharged",
        ].map { "reason.courier." + $0 }
        + [
            "variance", "within_tolerance", "not_counted", "not_counted_no_book", "not_on_book", "no_unit_cost",
            "book_does_not_add_up",
        ].map { "reason.stock." + $0 }
        + ["no_payer", "unidentified", "overpayment", "unapplied_credit_note", "overdue"].map {
            "reason.receivables." + $0
        }
        + ["invoice", "unidentified", "no_reference", "overpayment", "not_counted"].map { "reason.open." + $0 }
}
