/// Reads a worksheet part as it streams, on the parse thread: each `<row>` is captured (cells'
/// columns, types, styles and stored text, nothing resolved) into a `CapturedRows` batch, handed
/// over when full, so memory holds a few batches whatever the sheet's size. Merged ranges come
/// after the rows in the part (`<mergeCells>` follows `<sheetData>`) and are gathered on the way.
final class SheetHandler: SAXHandler {
    private let handOff: RowsHandOff
    /// The parse's mutable state, behind a pointer: a class's stored properties would cost a
    /// run-time exclusivity check at each of the millions of accesses a sheet makes.
    private let state: UnsafeMutablePointer<State>

    var mergedRanges: [CellRange] { state.pointee.mergedRanges }
    var dimension: CellRange? { state.pointee.dimension }

    private struct State {
        /// The batch being filled (moved into `spare` and handed over when full).
        var batch = CapturedRows.Storage()
        /// An empty batch whose storage the full one's is exchanged with.
        var spare = CapturedRows()
        /// Rows per batch: 32 at first, doubling to 512, so a header screen that stops after a
        /// few dozen rows has not had thousands parsed ahead of it.
        var rowLimit = 32
        var mergedRanges: [CellRange] = []
        var dimension: CellRange?

        // The row being read.
        var inSheetData = false
        var rowNumber = 0

        // The cell being read. Its `<v>` text goes straight into the batch's bytes from `cellStart`
        // (a later `<v>` replaces it); an inline string's `<t>` runs gather in `inlineText`.
        var column = 0
        var type = CapturedRows.CellType.number
        var style = 0
        var hasFormula = false
        var cellStart = 0
        var inlineText = ByteRun(capacity: 1024)
        var collectingValue = false
        var collectingInline = false
        var inInline = false
        var phoneticDepth = 0
    }

    init(handOff: RowsHandOff) {
        self.handOff = handOff
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        super.init()
    }

    deinit {
        state.pointee.batch.bytes.release()
        state.pointee.inlineText.release()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Hands over the rows captured since the last full batch (at the end of the part, or before
    /// reporting a fault found after them).
    func flush() {
        guard !state.pointee.batch.rows.isEmpty else { return }
        handOver()
    }

    /// Moves the batch's storage into the spare batch, hands that over and takes an empty one back.
    private func handOver() {
        let s = state
        let full = s.pointee.spare
        swap(&full.storage, &s.pointee.batch)
        s.pointee.cellStart = 0
        s.pointee.rowLimit = min(s.pointee.rowLimit * 2, 512)
        if let empty = handOff.publish(full) {
            s.pointee.spare = empty
        } else {
            stop = .finished
        }
    }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        let s = state
        if name.is("c") {
            startCell(attributes)
        } else if name.is("v") {
            s.pointee.collectingValue = true
            s.pointee.batch.bytes.truncate(to: s.pointee.cellStart)
        } else if name.is("f") {
            s.pointee.hasFormula = true
        } else if name.is("is") {
            s.pointee.inInline = true
        } else if name.is("rPh") {
            s.pointee.phoneticDepth += 1
        } else if name.is("t") {
            s.pointee.collectingInline = s.pointee.inInline && s.pointee.phoneticDepth == 0
        } else if name.is("row") {
            let given = attributes.integer("r") ?? 0
            s.pointee.rowNumber = given > 0 && given <= CellReference.maxRow ? given : s.pointee.rowNumber + 1
            s.pointee.column = 0
        } else if name.is("sheetData") {
            s.pointee.inSheetData = true
        } else if name.is("mergeCell") {
            if let ref = attributes.string("ref"), let range = CellRange(a1: ref) {
                s.pointee.mergedRanges.append(range)
            }
        } else if name.is("dimension") {
            if let ref = attributes.string("ref") { s.pointee.dimension = CellRange(a1: ref) }
        }
    }

    private func startCell(_ attributes: XMLAttributes) {
        let s = state
        // One pass over the attributes for the three a cell has (`r`, `s`, `t`).
        var reference: UnsafeBufferPointer<UInt8>?
        var styleText: UnsafeBufferPointer<UInt8>?
        var typeText: UnsafeBufferPointer<UInt8>?
        attributes.forEachSingleLetter { letter, value in
            switch letter {
            case UInt8(ascii: "r"): reference = value
            case UInt8(ascii: "s"): styleText = value
            case UInt8(ascii: "t"): typeText = value
            default: break
            }
        }
        if let reference, let parsed = CellReference.parse(reference) {
            s.pointee.column = parsed.column
        } else {
            s.pointee.column += 1
        }
        s.pointee.style = styleText.flatMap(XMLAttributes.integer) ?? 0
        s.pointee.hasFormula = false
        s.pointee.inInline = false
        s.pointee.batch.bytes.truncate(to: s.pointee.cellStart)
        s.pointee.inlineText.truncate(to: 0)
        s.pointee.type = .number
        if let t = typeText, let first = t.first {
            switch (first, t.count) {
            case (UInt8(ascii: "s"), 1): s.pointee.type = .sharedString
            case (UInt8(ascii: "s"), _): s.pointee.type = .formulaString
            case (UInt8(ascii: "i"), _): s.pointee.type = .inlineString
            case (UInt8(ascii: "b"), _): s.pointee.type = .boolean
            case (UInt8(ascii: "e"), _): s.pointee.type = .error
            case (UInt8(ascii: "d"), _): s.pointee.type = .isoDate
            default: s.pointee.type = .number
            }
        }
    }

    override func endElement(_ name: XMLName) {
        let s = state
        if name.is("v") {
            s.pointee.collectingValue = false
        } else if name.is("c") {
            endCell()
        } else if name.is("t") {
            s.pointee.collectingInline = false
        } else if name.is("row") {
            guard s.pointee.inSheetData, !shared.pointee.stopping else { return }
            s.pointee.batch.rows.append(
                CapturedRows.Row(number: s.pointee.rowNumber, cellEnd: s.pointee.batch.cells.count))
            if s.pointee.batch.isFull(rowLimit: s.pointee.rowLimit) { handOver() }
        } else if name.is("rPh") {
            s.pointee.phoneticDepth -= 1
        } else if name.is("is") {
            s.pointee.inInline = false
        } else if name.is("sheetData") {
            s.pointee.inSheetData = false
        }
    }

    override func characters(_ text: UnsafeBufferPointer<UInt8>) {
        let s = state
        if s.pointee.collectingValue {
            s.pointee.batch.bytes.append(text)
        } else if s.pointee.collectingInline {
            s.pointee.inlineText.append(text)
        }
    }

    /// Keeps the cell just closed unless it stores nothing: an inline string's text, else its `<v>`
    /// (already in the batch's bytes); a cell not kept leaves no bytes behind.
    private func endCell() {
        let s = state
        let start = s.pointee.cellStart
        guard s.pointee.inSheetData, !shared.pointee.stopping else {
            s.pointee.batch.bytes.truncate(to: start)
            return
        }
        if s.pointee.type == .inlineString && s.pointee.inlineText.count > 0 {
            s.pointee.batch.bytes.truncate(to: start)
            s.pointee.batch.bytes.append(s.pointee.inlineText.bytes)
        }
        let end = s.pointee.batch.bytes.count
        guard end > start else { return }
        s.pointee.batch.cells.append(
            CapturedRows.Cell(
                column: s.pointee.column, style: s.pointee.style, type: s.pointee.type,
                isFormula: s.pointee.hasFormula, start: start, end: end))
        s.pointee.cellStart = end
    }
}

/// What the row consumer wants next.
public enum RowStep: Sendable {
    case next
    case stop
}
