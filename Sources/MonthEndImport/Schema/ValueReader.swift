/// How the cells of one field are read into a value: one byte-level parser per value type, and
/// for the identifier-like fields which of the field's columns are read and how.
enum ValueReader: Sendable, Hashable {
    /// The cell as written, without padding or Excel's protections; nil when empty.
    case text
    /// The cell as it stands, untrimmed (a direction word compared by the kind's rule).
    case raw
    /// A courier's name like `text`, without what exports add to it (`RowReader.courierName`:
    /// 百世快递(拼多多) is 百世快递, 顺丰热敏(线下) is 顺丰); cached, a repeating name is cut once.
    case courierName
    /// An ID (`IdentifierText`): leading zeros kept, Excel's damage undone or refused. An
    /// identifier field (synonyms.yaml `identifier_fields`) falls back on its next column with a
    /// value when the chosen cell is empty.
    case identifier
    /// The field's columns in turn like `identifier`, each read as `text` (a payer's name).
    case identifierText
    /// The field's columns in turn like `identifier`, a column whose header is a customer-code word
    /// (synonyms.yaml `customer_code_headers`) read as an ID, any other as text.
    case codeOrName
    /// Money (`MoneyText`): two decimals exactly.
    case money
    /// A quantity or weight (`QuantityText`), a unit of synonyms.yaml `quantity_units` allowed.
    case quantity
    /// A price per unit (`QuantityText.parsePrice`): currency marks and `元/kg` allowed.
    case price
    /// A date (`DateText`).
    case date
    /// A yes/no word of synonyms.yaml `yes_words` / `no_words`.
    case yesNo
    /// Payment terms in days (`TermsText`).
    case terms
}

/// One field of a kind's schema: what reads it, whether a row needs it, and whether its column
/// reader remembers repeating texts (provinces, couriers, handlers, 是/否: each String made once).
struct FieldRule: Sendable, Hashable {
    var field: Field
    var reader: ValueReader
    /// A row whose cell (and fallback cells) is empty, or that has no such column, is rejected.
    var required: Bool
    /// The column reader remembers the last values by their bytes (`CellMemo`).
    var cached: Bool

    init(_ field: Field, _ reader: ValueReader, required: Bool = false, cached: Bool = false) {
        self.field = field
        self.reader = reader
        self.required = required
        self.cached = cached
    }
}
