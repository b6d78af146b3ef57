import Foundation

/// Reads one sheet's rows on two threads: a parse thread inflates the part and parses it into
/// batches of captured rows (`SheetHandler`), while the calling thread hands each row's captured
/// cells on, in order, to be resolved (`CellResolver`) for the consumer. The consumer runs on the calling
/// thread only; the parse thread stops at its next hand-off once the consumer stops or throws.
struct SheetReader {
    let package: XLSXPackage
    let part: String

    /// Hands each row's number and captured cells (with the arena they index) to `deliver`, which
    /// says whether to go on; what it throws comes back unchanged.
    func read(
        _ deliver: (_ number: Int, _ cells: ArraySlice<CapturedRows.Cell>, _ arena: UnsafeBufferPointer<UInt8>) throws
            -> RowStep
    ) throws -> SheetReadEnd {
        let handOff = RowsHandOff()
        let parse = SheetParseThread(package: package, part: part, handOff: handOff)
        Thread { parse.run() }.start()
        var rowsRead = 0
        var stopped = false
        var failure: (any Error)?
        while true {
            switch handOff.next() {
            case .rows(let batch):
                if !stopped && failure == nil {
                    do {
                        try batch.forEachRow { number, cells, arena in
                            rowsRead += 1
                            stopped = try deliver(number, cells, arena) == .stop
                            return !stopped
                        }
                    } catch {
                        failure = error
                    }
                    if stopped || failure != nil { handOff.cancel() }
                }
                handOff.recycle(batch)
            case .end(let end):
                // The rows already read came before any fault found after them, as when reading
                // on one thread; a fault beyond the point where the consumer stopped is not its concern.
                if let failure { throw failure }
                if !stopped, case .failed(let error) = end.outcome { throw error }
                return SheetReadEnd(
                    rowsRead: rowsRead, complete: !stopped, mergedRanges: end.mergedRanges, dimension: end.dimension)
            }
        }
    }
}

/// The parse thread of a `SheetReader`: used by that one thread from start to `finish`. It starts
/// an inflate thread of its own (ZIPFoundation and zlib's CRC), whose chunks it pulls through
/// libxml2, so inflating and parsing, the two costliest steps, run side by side.
private final class SheetParseThread: @unchecked Sendable {
    let package: XLSXPackage
    let part: String
    let handOff: RowsHandOff

    init(package: XLSXPackage, part: String, handOff: RowsHandOff) {
        self.package = package
        self.part = part
        self.handOff = handOff
    }

    func run() {
        handOff.finish(parse())
    }

    /// Parses the part; the parser, the handler and the inflate thread are gone when this returns,
    /// so after `finish` nothing of the reader's (the archive's file above all) is touched.
    private func parse() -> RowsHandOff.End {
        let handler = SheetHandler(handOff: handOff)
        let chunks = InflatedChunks()
        let inflate = InflateThread(package: package, part: part, chunks: chunks)
        Thread { inflate.run() }.start()
        var parseFailure: SAXFailure?
        do {
            try SAXPullParser.parse(chunks, with: handler)
        } catch {
            parseFailure = error
        }
        let inflateFailure = chunks.close()
        var outcome = RowsHandOff.End.Outcome.complete
        if case .stopped? = parseFailure {
            // The handler stops only when the reader cancelled (it never fails itself).
            outcome = .stopped
        } else {
            // The rows completed before the end (or a fault) go before the outcome.
            handler.flush()
            if let failure = inflateFailure {
                // A damaged entry first: malformed XML after it is only its consequence.
                outcome = .failed(failure)
            } else if let parseFailure, case .read(let failure) = package.translate(parseFailure, part: part) {
                outcome = .failed(failure)
            }
        }
        return RowsHandOff.End(outcome: outcome, mergedRanges: handler.mergedRanges, dimension: handler.dimension)
    }
}

/// Inflates a sheet's part into `chunks` until the end, a damaged entry or the parse thread's close.
private final class InflateThread: @unchecked Sendable {
    let package: XLSXPackage
    let part: String
    let chunks: InflatedChunks

    private struct Closed: Error {}

    init(package: XLSXPackage, part: String, chunks: InflatedChunks) {
        self.package = package
        self.part = part
        self.chunks = chunks
    }

    func run() {
        do {
            try package.inflate(part) { chunk in
                guard chunks.put(chunk) else { throw Closed() }
            }
            chunks.end(failure: nil)
        } catch PartFailure.read(let failure) {
            chunks.end(failure: failure)
        } catch {
            chunks.end(failure: nil)
        }
    }
}
