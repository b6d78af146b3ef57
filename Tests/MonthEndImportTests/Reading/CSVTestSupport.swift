import Glibc
import Testing

@testable import MonthEndImport

/// Shared helpers for the reader tests: read whole inputs, and make GB18030 bytes independently
/// of the reader (iconv in the encoding direction).
enum CSVTestSupport {
    static func read(_ bytes: [UInt8], chunkSize: Int = 1 << 20, delimiter: UInt8? = nil) throws
        -> (reader: CSVFileReader, records: [CSVRecord])
    {
        let reader = try CSVFileReader(
            source: .memory(bytes), name: "test.csv", delimiter: delimiter, chunkSize: chunkSize)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return (reader, records)
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

    /// Runs `body` expecting a MonthEndError and returns it.
    static func error(_ body: () throws -> Void) -> MonthEndError? {
        do {
            try body()
            return nil
        } catch let error as MonthEndError {
            return error
        } catch {
            return nil
        }
    }
}
