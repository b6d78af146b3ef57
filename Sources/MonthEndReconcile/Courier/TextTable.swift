/// Results by a text's bytes, worked out once each; the last text asked is compared first, since
/// lines come in runs of one courier, account and fee type.
struct TextTable<Value> {
    private var known: [TextBytes: Value] = [:]
    private var last: (text: TextBytes, result: Value)?

    /// The result for `text`, made by `make` the first time it is asked.
    mutating func value(_ text: TextBytes, _ make: () -> Value) -> Value {
        if let last, last.text == text { return last.result }
        let result: Value
        if let found = known[text] {
            result = found
        } else {
            result = make()
            known[text] = result
        }
        last = (text, result)
        return result
    }
}
