/// Yes/no cells: 是/否, Y/N, yes/no, true/false, 1/0, √/× (the words come from synonyms.yaml).
enum YesNoText {
    static func parse(_ raw: String, yes: Set<String>, no: Set<String>) throws(ValueError) -> Bool? {
        let word = CellText.comparable(raw)
        if word.isEmpty { return nil }
        if yes.contains(word) { return true }
        if no.contains(word) { return false }
        throw ValueError("is not yes or no (是/否, Y/N, yes/no, true/false, 1/0, √/×)")
    }
}
