import Glibc
import MonthEndCore
import TestSupport
import Testing

@testable import MonthEndCSV

/// Shared helpers for the reader tests: read whole inputs, and make GB18030 bytes independently
/// of the reader (iconv in the encoding direction).
enum CSVTestSupport {
    /// Reads `bytes` sequentially and, to hold the two paths to each other, through the threaded
    /// reader too: the same records, facts and error, or an issue is recorded.
    static func read(_ bytes: [UInt8], chunkSize: Int = 1 << 20, delimiter: UInt8? = nil) throws
        -> (reader: CSVFileReader, records: [CSVRecord])
    {
        let sequential = Result { try readSequential(bytes, chunkSize: chunkSize, delimiter: delimiter) }
        let threaded = Result { try readThreaded(bytes, chunkSize: chunkSize, delimiter: delimiter) }
        switch (sequential, threaded) {
        case (.success(let one), .success(let other)):
            #expect(one.records == other.records)
            #expect(one.reader.unterminatedQuoteLine == other.reader.unterminatedQuoteLine)
            #expect(one.reader.delimiter == other.reader.delimiter)
            #expect(one.reader.encoding == other.reader.encoding)
            #expect(one.reader.sha256 == other.reader.sha256)
            #expect(one.reader.byteCount == other.reader.byteCount)
        case (.failure(let one), .failure(let other)):
            #expect(one as? MonthEndError == other as? MonthEndError)
        default:
            Issue.record("sequential and threaded readers disagree: \(sequential) vs \(threaded)")
        }
        return try sequential.get()
    }

    static func readSequential(_ bytes: [UInt8], name: String = "test.csv", chunkSize: Int, delimiter: UInt8?)
        throws -> (reader: CSVFileReader, records: [CSVRecord])
    {
        let reader = try CSVFileReader(
            source: .memory(bytes), name: name, delimiter: delimiter, chunkSize: chunkSize)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return (reader, records)
    }

    /// Reads as the importer does through the threaded reader: its error picked by
    /// `throwEarlierFailure`, and read again sequentially on `EncodingRestart` (`restarted`).
    static func readThreaded(_ bytes: [UInt8], name: String = "test.csv", chunkSize: Int, delimiter: UInt8?)
        throws -> (reader: CSVFileReader, records: [CSVRecord], restarted: Bool)
    {
        do {
            let reader = try CSVFileReader(
                source: .memory(bytes), name: name, delimiter: delimiter, chunkSize: chunkSize, threaded: true)
            var records: [CSVRecord] = []
            do {
                while let record = try reader.next() { records.append(record) }
            } catch {
                try reader.throwEarlierFailure()
                throw error
            }
            return (reader, records, false)
        } catch is EncodingRestart {
            let (reader, records) = try readSequential(bytes, name: name, chunkSize: chunkSize, delimiter: delimiter)
            return (reader, records, true)
        }
    }

    static func fields(_ records: [CSVRecord]) -> [[String]] { records.map(\.fields) }
    static func lines(_ records: [CSVRecord]) -> [Int] { records.map(\.line) }

    static func gb18030(_ text: String) -> [UInt8] {
        guard let bytes = encodedGB18030(text) else { preconditionFailure("test text must be encodable in GB18030") }
        return bytes
    }

    /// nil when glibc's GB18030 has no code for some scalar of `text`.
    static func encodedGB18030(_ text: String) -> [UInt8]? {
        let converter = iconv_open("GB18030", "UTF-8")
        defer { iconv_close(converter) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let produced = input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPointer: UnsafeMutablePointer<CChar>? = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outPointer: UnsafeMutablePointer<CChar>? = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outRaw.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return result != -1 && inLeft == 0 ? outRaw.count - outLeft : -1
            }
        }
        guard produced >= 0 else { return nil }
        return Array(output.prefix(produced))
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    /// The `MonthEndError` that `body` throws; nil when it throws nothing or something else.
    static func error(_ body: () throws -> Void) -> MonthEndError? { thrownError(MonthEndError.self, body) }
}
