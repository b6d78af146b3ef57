import Testing

@testable import MonthEndCSV

/// The decoding thread's side of the threaded reader: a batch holds in-place and copied records
/// with their lines, and the batcher hands over the delimiter before any record, holds the first
/// chunks back until it is sniffed, and ends with the record a missing line break left open.
@Suite struct RecordBatchTests {
    /// Everything the hand-off received, in order, the batches read out as strings.
    enum Handed: Equatable {
        case delimiter(UInt8)
        case batch([CSVRecord], unterminatedQuoteLine: Int?)
    }

    static func drain(_ handOff: BatchHandOff, items: Int) -> [Handed] {
        (0..<items).map { _ in
            let (item, batch) = handOff.next()
            switch item {
            case .delimiter(let delimiter): return .delimiter(delimiter)
            case .batch(let index):
                let records = (0..<batch!.count).map { batch!.record($0).record() }
                let quoteLine = batch!.unterminatedQuoteLine
                handOff.release(index)
                return .batch(records, unterminatedQuoteLine: quoteLine)
            default:
                Issue.record("unexpected item \(item)")
                return .delimiter(0)
            }
        }
    }

    @Test func aBatchHoldsRecordsInPlaceAndCopiedWithTheirLines() {
        let batch = RecordBatch()
        var tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ";"))
        // The first chunk ends inside a record: that record is copied; the second is in place.
        for chunk in ["a;b\n\"x\"\"y\";", "2\nc;d"] {
            Array(chunk.utf8).withUnsafeBufferPointer { batch.reset(text: $0) }
            let text = batch.textBuffer
            var position = 0
            while position < text.count {
                let (next, complete) = tokenizer.scan(text, from: position)
                position = next
                if complete { tokenizer.moveRecord(into: batch) }
            }
            if chunk.hasPrefix("a") {
                #expect(batch.count == 1)
                #expect(batch.record(0).record() == CSVRecord(fields: ["a", "b"], line: 1))
            }
        }
        #expect(batch.count == 1)
        #expect(batch.record(0).record() == CSVRecord(fields: ["x\"y", "2"], line: 2))
        #expect(batch.entries.map(\.isCopied) == [true])
        let ended = tokenizer.finish()
        #expect(ended)
        tokenizer.moveRecord(into: batch)
        #expect(batch.count == 2)
        #expect(batch.record(1).record() == CSVRecord(fields: ["c", "d"], line: 3))
    }

    @Test func theDelimiterComesFirstAndTheSniffedTextIsNotLost() throws {
        let handOff = BatchHandOff()
        let batcher = RecordBatcher(handOff: handOff, delimiter: nil)
        // 150 tab-separated records (a comma in every other one) in chunks of 100 bytes: sniffing
        // holds back 100 records. Then a last record that opens a quote and never closes it.
        let rows = (0..<150).map { "r\($0)\t\($0)\tx" + ($0.isMultiple(of: 2) ? ",5\n" : "\n") }
        let text = Array((rows.joined() + "end\t\"open").utf8)
        var handed: [Handed] = []
        for start in stride(from: 0, to: text.count, by: 100) {
            let wasSniffing = batcher.isSniffing
            let chunk = Array(text[start..<min(text.count, start + 100)])
            #expect(chunk.withUnsafeBufferPointer { batcher.take($0) })
            // Taken synchronously: nothing while sniffing, then the delimiter and the held-back text.
            let published = wasSniffing ? (batcher.isSniffing ? 0 : 2) : 1
            handed += Self.drain(handOff, items: published)
        }
        #expect(batcher.finish())
        handed += Self.drain(handOff, items: 1)

        #expect(handed.first == .delimiter(UInt8(ascii: "\t")))
        #expect(handed.dropFirst().allSatisfy { if case .batch = $0 { true } else { false } })
        var records: [CSVRecord] = []
        var quoteLines: [Int?] = []
        for case .batch(let batchRecords, let quoteLine) in handed {
            records += batchRecords
            quoteLines.append(quoteLine)
        }
        #expect(quoteLines.dropLast().allSatisfy { $0 == nil })
        #expect(quoteLines.last == 151)
        let sequential = try CSVTestSupport.readSequential(text, chunkSize: 100, delimiter: nil)
        #expect(records == sequential.records)
        #expect(records.count == 151)
        #expect(records[100] == CSVRecord(fields: ["r100", "100", "x,5"], line: 101))
        #expect(records[150] == CSVRecord(fields: ["end", "open"], line: 151))
    }

    @Test func aGivenDelimiterIsHandedOverAtTheFirstChunk() {
        let handOff = BatchHandOff()
        let batcher = RecordBatcher(handOff: handOff, delimiter: UInt8(ascii: ";"))
        let chunk = Array("a;b\nc;d\n".utf8)
        #expect(chunk.withUnsafeBufferPointer { batcher.take($0) })
        #expect(
            Self.drain(handOff, items: 2) == [
                .delimiter(UInt8(ascii: ";")),
                .batch(
                    [CSVRecord(fields: ["a", "b"], line: 1), CSVRecord(fields: ["c", "d"], line: 2)],
                    unterminatedQuoteLine: nil),
            ])
        #expect(batcher.finish())
    }
}
