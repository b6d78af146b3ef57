/// The words of the reasons the reports give (exceptions, the courier sheet's reason column), in
/// the workbook's language: templates with `{name}` slots from templates/labels.<lang>.yaml, keys
/// `reason.*`. The reports fill in their codes' figures and names; no sentence is written here.
public struct ReasonPhrases: Sendable, Hashable {
    public var templates: [String: String]

    /// `templates` by key; keys that are not `reason.*` are ignored.
    public init(_ templates: [String: String]) {
        self.templates = templates.filter { $0.key.hasPrefix("reason.") }
    }

    /// Between two reasons in one cell: `；` or `; `.
    public var separator: String { self("reason.separator") }

    /// The template of `key` with each `{name}` slot filled in one pass (a value that itself holds
    /// braces is left as it is); the key itself when the labels lack it.
    public func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        guard let template = templates[key] else { return key }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            out += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
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
