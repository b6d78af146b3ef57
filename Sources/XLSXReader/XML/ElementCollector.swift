/// A handler for the small parts (workbook, relationships, styles): it hands each element's local
/// name and attributes to a closure; text is gathered only when asked for.
final class ElementCollector: SAXHandler {
    private let onStart: (XMLName, XMLAttributes, ElementCollector) -> Void
    private let onEnd: (XMLName, ElementCollector) -> Void
    /// Text gathered since `collectText()`.
    private(set) var text: [UInt8] = []
    private var collecting = false
    /// The names of the open elements, outermost first.
    private(set) var path: [String] = []

    init(
        onStart: @escaping (XMLName, XMLAttributes, ElementCollector) -> Void,
        onEnd: @escaping (XMLName, ElementCollector) -> Void = { _, _ in }
    ) {
        self.onStart = onStart
        self.onEnd = onEnd
        super.init()
    }

    func collectText() {
        text.removeAll(keepingCapacity: true)
        collecting = true
    }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        path.append(name.string)
        onStart(name, attributes, self)
    }

    override func endElement(_ name: XMLName) {
        onEnd(name, self)
        collecting = false
        if !path.isEmpty { path.removeLast() }
    }

    override func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if collecting { self.text.append(contentsOf: text) }
    }

    /// The element is inside one with this local name.
    func isInside(_ name: String) -> Bool { path.dropLast().contains(name) }
}
