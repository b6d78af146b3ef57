import Foundation
import MonthEndCore
import Testing

@testable import MonthEndCSV

/// The threaded reader (`DecodingPipeline`) against the sequential one: the same records, facts
/// and errors, the
/// GB18030 file found only past the first chunk, and readers dropped part-way.
@Suite("CSV reader: decoding thread")
struct DecodingPipelineTests {
    typealias S = CSVTestSupport

    /// ASCII for `asciiRows` rows, then GB18030 Chinese: UTF-8 until well past the start.
    static func lateGB18030(asciiRows: Int) -> [UInt8] {
        var bytes = Array("waybill,amount\n".utf8)
        for index in 0..<asciiRows { bytes += Array("SF\(index),\(index).50\n".utf8) }
        return bytes + S.gb18030("SF顺丰,1.00\n张三,2\n")
    }

    @Test func gb18030PastTheFirstChunkIsReadAgainAndReadsTheSame() throws {
        // More rows than the delimiter sniffer holds back (100), so records go out before the GB18030.
        let bytes = Self.lateGB18030(asciiRows: 300)
        let sequential = try S.readSequential(bytes, chunkSize: 64, delimiter: nil)
        #expect(sequential.reader.encoding == .gb18030)
        #expect(sequential.records.count == 303)
        #expect(sequential.records[301].fields == ["SF顺丰", "1.00"])
        // Small chunks: the first non-UTF-8 byte comes after records were handed over as UTF-8.
        let small = try S.readThreaded(bytes, chunkSize: 64, delimiter: nil)
        #expect(small.restarted)
        #expect(small.records == sequential.records)
        // Within the text held back for sniffing: decided before anything is handed over.
        let early = Self.lateGB18030(asciiRows: 40)
        let heldBack = try S.readThreaded(early, chunkSize: 64, delimiter: nil)
        #expect(!heldBack.restarted)
        #expect(heldBack.reader.encoding == .gb18030)
        #expect(heldBack.records == (try S.readSequential(early, chunkSize: 64, delimiter: nil)).records)
        // One chunk: decided before anything is handed over, so the thread reads it as GB18030 itself.
        let whole = try S.readThreaded(bytes, chunkSize: 1 << 20, delimiter: nil)
        #expect(!whole.restarted)
        #expect(whole.records == sequential.records)
        #expect(whole.reader.encoding == .gb18030)
        #expect(whole.reader.sha256 == sequential.reader.sha256)
        #expect(whole.reader.byteCount == bytes.count)
    }

    @Test func everyEncodingGivesTheSameRecordsAndFactsAtEveryChunkSize() throws {
        let text = "单号,金额,备注\nSF1,\"1,234.50\",\"两行\n备注\"\nSF2,3,\"引号\"\"里\"\n"
        let inputs: [(TextEncoding, [UInt8])] = [
            (.utf8, Array(text.utf8)), (.utf8BOM, [0xEF, 0xBB, 0xBF] + Array(text.utf8)),
            (.gb18030, S.gb18030(text)), (.utf16LE, S.utf16(text, bigEndian: false)),
            (.utf16BE, S.utf16(text, bigEndian: true)),
        ]
        for (encoding, bytes) in inputs {
            for chunkSize in [1, 2, 3, 5, 8, 13, 64, 1 << 20] {
                let sequential = try S.readSequential(bytes, chunkSize: chunkSize, delimiter: nil)
                let threaded = try S.readThreaded(bytes, chunkSize: chunkSize, delimiter: nil)
                #expect(!threaded.restarted)
                #expect(threaded.records == sequential.records, "\(encoding) chunk size \(chunkSize)")
                #expect(threaded.records.count == 3)
                #expect(threaded.reader.encoding == encoding)
                #expect(threaded.reader.sha256 == sequential.reader.sha256)
                #expect(threaded.reader.byteCount == bytes.count)
            }
        }
    }

    @Test func recordsPastTheSniffedTextAreDecodedIntoTheBatchesAlike() throws {
        // Far more records than sniffing holds back, so most chunks are decoded straight into the
        // batches; odd chunk sizes cut multibyte sequences and records everywhere.
        var text = "单号,收件人,金额,备注\r\n"
        for index in 0..<300 { text += "SF\(index),张三\(index % 7),\"1,\(index).50\",\"两行\r\n备注\"\"€\"\r\n" }
        let inputs: [(TextEncoding, [UInt8])] = [
            (.utf8, Array(text.utf8)), (.utf8BOM, [0xEF, 0xBB, 0xBF] + Array(text.utf8)),
            (.gb18030, S.gb18030(text)), (.utf16LE, S.utf16(text, bigEndian: false)),
        ]
        for (encoding, bytes) in inputs {
            for chunkSize in [1, 5, 97, 4096] {
                let sequential = try S.readSequential(bytes, chunkSize: chunkSize, delimiter: nil)
                let threaded = try S.readThreaded(bytes, chunkSize: chunkSize, delimiter: nil)
                #expect(!threaded.restarted)
                #expect(threaded.records == sequential.records, "\(encoding) chunk size \(chunkSize)")
                #expect(threaded.records.count == 301)
                #expect(
                    threaded.records[300] == CSVRecord(fields: ["SF299", "张三5", "1,299.50", "两行\r\n备注\"€"], line: 600))
                #expect(threaded.reader.encoding == encoding)
                #expect(threaded.reader.sha256 == sequential.reader.sha256)
            }
        }
    }

    @Test func damagedUTF8FoundLateIsTheSameErrorAsBefore() {
        var bytes = Array("运单号,收件人,金额,备注\n".utf8)
        for index in 0..<200 { bytes += Array("SF\(index),李四,\(index),x\n".utf8) }
        let offset = bytes.count
        bytes += [0xE9] + Array(",x\n".utf8)
        for chunkSize in [16, 4096, 1 << 20] {
            let sequential = S.error { _ = try S.readSequential(bytes, chunkSize: chunkSize, delimiter: nil) }
            let threaded = S.error { _ = try S.readThreaded(bytes, chunkSize: chunkSize, delimiter: nil) }
            #expect(sequential?.code == .undecodable)
            #expect(sequential?.line == 202)
            #expect(sequential?.message.contains("at byte offset \(offset), line 202") == true)
            #expect(threaded == sequential, "chunk size \(chunkSize)")
        }
    }

    @Test func emptyAndMarkOnlyFilesFailAtOpeningAsBefore() {
        for bytes: [UInt8] in [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE]] {
            let sequential = S.error { _ = try S.readSequential(bytes, chunkSize: 2, delimiter: nil) }
            let threaded = S.error {
                _ = try CSVFileReader(
                    source: .memory(bytes), name: "test.csv", delimiter: nil, chunkSize: 2, threaded: true)
            }
            #expect(sequential?.code == .emptyFile)
            #expect(threaded == sequential)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func readersDroppedPartWayStopTheirThreads() throws {
        // Far more chunks than the hand-off holds: the thread waits for buffers that only the
        // dropped reader would free, and must stop instead.
        var bytes = Array("waybill,amount\n".utf8)
        for index in 0..<20_000 { bytes += Array("SF\(index),\(index)\n".utf8) }
        for round in 0..<40 {
            let reader = try CSVFileReader(
                source: .memory(bytes), name: "big.csv", delimiter: nil, chunkSize: 512, threaded: true)
            for _ in 0..<(round * 7) { _ = try reader.next() }
        }
        let whole = try S.readThreaded(bytes, chunkSize: 512, delimiter: nil)
        #expect(whole.records.count == 20_001)
    }
}
