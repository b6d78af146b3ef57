/// The workbook's shared string table (`xl/sharedStrings.xml`), kept as one UTF-8 buffer and the
/// offsets into it: a bill of 100k distinct waybills costs its text, not 100k String objects.
struct SharedStrings {
    private(set) var bytes: [UInt8] = []
    /// `offsets[i]..<offsets[i + 1]` is string i.
    private(set) var offsets: [Int] = [0]

    var count: Int { offsets.count - 1 }

    mutating func append(_ text: [UInt8]) {
        bytes.append(contentsOf: text)
        offsets.append(bytes.count)
    }

    func string(at index: Int) -> String? {
        guard index >= 0, index < count else { return nil }
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[offsets[index]..<offsets[index + 1]]), as: UTF8.self)
        }
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
    var stop: SAXStop?

    func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("si") {
            inItem = true
            current.removeAll(keepingCapacity: true)
        } else if name.is("rPh") {
            phoneticDepth += 1
        } else if name.is("t"), inItem, phoneticDepth == 0 {
            inText = true
        }
    }

    func endElement(_ name: XMLName) {
        if name.is("si") {
            table.append(StringText.decoded(current))
            inItem = false
        } else if name.is("rPh") {
            phoneticDepth -= 1
        } else if name.is("t") {
            inText = false
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if inText { current.append(contentsOf: text) }
    }
}
