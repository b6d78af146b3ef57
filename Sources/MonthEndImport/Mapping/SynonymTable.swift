import Foundation

/// The header synonyms and recognised words of templates/synonyms.yaml, built in and extended by
/// the user's template folders. Every comparison key is stored normalised (see `HeaderKey`).
public struct SynonymTable: Sendable {
    /// One field of a kind with its synonyms in order of preference.
    struct FieldSpec: Sendable, Hashable {
        var field: Field
        /// As written in the template, for messages.
        var synonyms: [String]
        /// Normalised, same order.
        var keys: [String]
    }

    /// One kind: its fields in assignment order and what it requires.
    struct KindSpec: Sendable, Hashable {
        var kind: FileKind
        var fields: [FieldSpec]
        /// Each entry is satisfied by any one of its fields.
        var required: [[Field]]

        func spec(of field: Field) -> FieldSpec? { fields.first { $0.field == field } }
    }

    /// Where a header fits `kind` and holds a column of one of `when`, the kinds of `over` are no
    /// candidates (a courier bill, with its billed amount, is never taken as our slip register).
    struct KindPreference: Sendable, Hashable {
        var kind: FileKind
        var over: [FileKind]
        var when: [Field]
    }

    var kinds: [FileKind: KindSpec] = [:]
    var headerUnits: [String] = []
    var identifierFields: Set<Field> = []
    var customerCodeKeys: Set<String> = []
    var totalPrefixes: [String] = []
    var totalKeyFields: [Field] = []
    var footerPrefixes: [String] = []
    var voidStatuses: Set<String> = []
    var creditNoteStatuses: [String] = []
    var reversedStatuses: [String] = []
    /// Payments: the words of a direction cell, both ways.
    var directionWords = DirectionWords()
    var yesWords: Set<String> = []
    var noWords: Set<String> = []
    var quantityUnits: [String] = []
    /// Kind detection's preferences (`kind_preferences`), in order.
    var kindPreferences: [KindPreference] = []
    /// Template words dropped from the end of a courier name (`courier_name_tails`), comparable form.
    var courierNameTails: [String] = []
    /// Courier cells that mean no parcel we pay for (`self_pickup_words`), comparable form.
    var selfPickupWords: Set<String> = []
    /// Parts of a header that name money billed (`bill_fee_words`), normalised: a courier header
    /// with such a column nobody maps is no slip register (`FileMapper.refuseUnknownFeeColumn`).
    var billFeeWords: [String] = []

    /// The kinds in the order of FileKind (deterministic candidate lists).
    var kindSpecs: [KindSpec] { FileKind.allCases.compactMap { kinds[$0] } }

    /// The table built into the binary (templates/synonyms.yaml).
    public static func builtIn() throws -> SynonymTable {
        guard let text = EmbeddedTemplates.files[fileName] else {
            throw MonthEndError(
                .badTemplate, "the built-in \(fileName) is missing from this build",
                hint: "rebuild MonthEnd from a source tree whose templates/ folder holds \(fileName)")
        }
        var table = SynonymTable()
        try table.merge(yaml: text, source: fileName, isBase: true)
        return table
    }

    /// The built-in table with `synonyms.yaml` of each folder merged over it, in order.
    /// A folder without that file adds nothing.
    public static func load(templateFolders: [String]) throws -> SynonymTable {
        var table = try builtIn()
        for folder in templateFolders {
            let path = (folder as NSString).appendingPathComponent(fileName)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard let data = FileManager.default.contents(atPath: path), let text = templateText(data) else {
                throw MonthEndError(
                    .badTemplate, "cannot read \(fileName) as UTF-8, GB18030 (GBK) or UTF-16 text", path: path,
                    hint: "save the file as UTF-8 (in Notepad: Save As, encoding UTF-8)")
            }
            try table.merge(yaml: text, source: path, isBase: false)
        }
        return table
    }

    /// A template file as an office saves it: UTF-8 (with or without BOM), UTF-16 with a BOM
    /// (Notepad's "Unicode"), or GB18030 and its subset GBK (Notepad's "ANSI" on Chinese Windows).
    /// Strict UTF-8 is tried first: GBK bytes are never valid UTF-8, while UTF-8 text may decode as
    /// GB18030 without error.
    static func templateText(_ data: Data) -> String? {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            return String(data: data, encoding: .utf16)
        }
        if let text = String(data: data, encoding: .utf8) { return text }
        // GB18030-2000 (CoreFoundation's kCFStringEncodingGB_18030_2000 as an NSStringEncoding).
        return String(data: data, encoding: String.Encoding(rawValue: 0x8000_0632))
    }

    /// The template file name this table is read from.
    public static let fileName = "synonyms.yaml"
}
