/// Gathers a worksheet's merged ranges and nothing else (no cell is built), stopping at
/// `</mergeCells>`: for a caller that needs them before the rows, since the part lists them after.
final class MergeCellHandler: SAXHandler {
    private(set) var ranges: [CellRange] = []

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("mergeCell"), let ref = attributes.string("ref"), let range = CellRange(a1: ref) {
            ranges.append(range)
        }
    }

    override func endElement(_ name: XMLName) {
        if name.is("mergeCells") { stop = .finished }
    }
}
