/// The workbook's shared string table (`xl/sharedStrings.xml`), as Strings: a cell that refers to
/// one shares it (a retain) instead of decoding its bytes again; IDs of up to 15 bytes (`SF` and 13
/// digits) are stored inline in the String, with no allocation of their own.
struct SharedStrings {
    private(set) var strings: [String] = []

    var count: Int { strings.count }

    mutating func append(_ text: [UInt8]) {
        strings.append(String(decoding: text, as: UTF8.self))
    }

    func string(at index: Int) -> String? {
        guard index >= 0, index < strings.count else { return nil }
        return strings[index]
    }
}

/// Reads `<sst>`: each `<si>` is one string, the concatenation of its `<t>` runs (plain or rich
/// text `<r>`), leaving out `<rPh>` phonetic guides.
final class SharedStringsHandler: SAXHandler {
    private(set) var table = SharedStrings()
    private var current: [UInt8] = []
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("si") {
            inItem = true
            current.removeAll(keepingCapacity: true)
        } else if name.is("rPh") {
            phoneticDepth += 1
        } else if name.is("t"), inItem, phoneticDepth == 0 {
            inText = true
        }
    }

    override func endElement(_ name: XMLName) {
        if name.is("si") {
            table.append(StringText.decoded(current))
            inItem = false
        } else if name.is("rPh") {
            phoneticDepth -= 1
        } else if name.is("t") {
            inText = false
        }
    }

    override func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if inText { current.append(contentsOf: text) }
    }
}
