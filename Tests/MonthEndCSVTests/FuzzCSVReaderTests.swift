import MonthEndCore
import Testing

@testable import MonthEndCSV

/// Seeded mutation fuzzing over the corpus and the chunk-boundary sample (UTF-8 and GB18030):
/// bit flips, inserted quotes, CR, LF, delimiters, 0x80, 0xFF, NUL, deletions, duplications and
/// truncations. Every input must end (no hang), never crash, and obey checkable invariants.
@Suite("CSV reader: fuzz")
struct FuzzCSVReaderTests {
    typealias S = CSVTestSupport

    /// SplitMix64: a fixed seed gives the same inputs on every run and machine.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
    }

    static let interesting: [UInt8] = [0x22, 0x22, 0x0D, 0x0A, 0x2C, 0x3B, 0x09, 0x80, 0xFF, 0x00, 0x81, 0x30]

    static func seeds() throws -> [[UInt8]] {
        var seeds = try CSVCorpusTests.cases.map { try CSVCorpusTests.bytes($0.file) }
        seeds.append(Array(CSVChunkBoundaryTests.text.utf8))
        seeds.append(S.gb18030(CSVChunkBoundaryTests.text))
        seeds.append(Array("单号\t金额\r\nSF1\t\"2,593.60\"\r\n".utf8))
        return seeds
    }

    static func mutate(_ input: [UInt8], _ random: inout Generator) -> [UInt8] {
        var bytes = input
        for _ in 0...random.below(4) {
            let position = random.below(bytes.count + 1)
            switch random.below(6) {
            case 0 where !bytes.isEmpty:
                bytes[min(position, bytes.count - 1)] ^= UInt8(1 << random.below(8))
            case 1, 2:
                bytes.insert(interesting[random.below(interesting.count)], at: position)
            case 3 where !bytes.isEmpty:
                bytes.remove(at: min(position, bytes.count - 1))
            case 4:
                let end = min(bytes.count, position + random.below(16))
                bytes.insert(contentsOf: bytes[position..<end], at: position)
            default:
                bytes.removeLast(random.below(min(bytes.count, 8) + 1))
            }
        }
        return bytes
    }

    enum Outcome: Equatable {
        case records(
            [CSVRecord], unterminatedQuoteLine: Int?, encoding: TextEncoding, delimiter: UInt8, sha256: String)
        case failure(MonthEndError.Code, line: Int?, message: String)

        var withoutMessage: Outcome {
            guard case .failure(let code, let line, _) = self else { return self }
            return .failure(code, line: line, message: "")
        }
    }

    /// `threaded`: through the decoding thread, as the importer reads (see `CSVTestSupport.readThreaded`).
    static func outcome(_ bytes: [UInt8], chunkSize: Int, threaded: Bool = false) -> Outcome {
        do {
            let (reader, records) =
                threaded
                ? try { () throws -> (CSVFileReader, [CSVRecord]) in
                    let read = try S.readThreaded(bytes, name: "fuzz.csv", chunkSize: chunkSize, delimiter: nil)
                    return (read.reader, read.records)
                }()
                : try S.readSequential(bytes, name: "fuzz.csv", chunkSize: chunkSize, delimiter: nil)
            // Progress: a record consumes at least one byte or line break, so there are never more.
            if records.count > bytes.count + 1 { Issue.record("reader does not progress") }
            return .records(
                records, unterminatedQuoteLine: reader.unterminatedQuoteLine, encoding: reader.encoding,
                delimiter: reader.delimiter, sha256: reader.sha256)
        } catch let error as MonthEndError {
            return .failure(error.code, line: error.line, message: error.message)
        } catch {
            Issue.record("unexpected error \(error)")
            return .failure(.usage, line: nil, message: "\(error)")
        }
    }

    /// Quotes every field, so any field survives a second parse unchanged.
    static func serialise(_ records: [CSVRecord], delimiter: UInt8) -> [UInt8] {
        var bytes: [UInt8] = []
        for record in records {
            for (index, field) in record.fields.enumerated() {
                if index > 0 { bytes.append(delimiter) }
                bytes.append(0x22)
                for byte in field.utf8 {
                    if byte == 0x22 { bytes.append(0x22) }
                    bytes.append(byte)
                }
                bytes.append(0x22)
            }
            bytes += [0x0D, 0x0A]
        }
        return bytes
    }

    @Test(.timeLimit(.minutes(1)))
    func mutatedInputsKeepTheInvariants() throws {
        var random = Generator(state: 20_261_005)
        let seeds = try Self.seeds()
        var checked = (records: 0, errors: 0, byteAccounts: 0)
        for iteration in 0..<4000 {
            let input = Self.mutate(seeds[iteration % seeds.count], &random)
            let whole = Self.outcome(input, chunkSize: 1 << 20)
            // Chunk boundaries must not change anything, errors included.
            // (The bytes an undecodable error shows may end at a chunk's end.)
            let chunkSize = 1 + random.below(13)
            let chunked = Self.outcome(input, chunkSize: chunkSize)
            #expect(whole.withoutMessage == chunked.withoutMessage, "iteration \(iteration)")
            // Nor the decoding thread, message and digest included, at either chunk size.
            #expect(whole == Self.outcome(input, chunkSize: 1 << 20, threaded: true), "iteration \(iteration)")
            #expect(chunked == Self.outcome(input, chunkSize: chunkSize, threaded: true), "iteration \(iteration)")
            guard case .records(let records, let unterminated, let encoding, let delimiter, _) = whole else {
                checked.errors += 1
                continue
            }
            checked.records += 1
            // Lines strictly increase from 1; an open quote names a line no later than the last record's.
            let lines = records.map(\.line)
            #expect(lines.first == 1 || input.count <= 3)
            #expect(zip(lines, lines.dropFirst()).allSatisfy { $0 < $1 }, "iteration \(iteration)")
            if let unterminated { #expect(unterminated >= (lines.last ?? 1)) }
            // Re-serialising and re-reading gives the same fields.
            if !records.isEmpty {
                let again = try S.read(Self.serialise(records, delimiter: delimiter), delimiter: delimiter)
                #expect(S.fields(again.records) == S.fields(records), "iteration \(iteration)")
            }
            // Every byte accounted for: in a UTF-8 file, each byte that is not a quote, the delimiter,
            // CR or LF is field content exactly once; structural bytes appear in fields at most as often.
            if encoding == .utf8 {
                checked.byteAccounts += 1
                var inFile = [Int](repeating: 0, count: 256)
                var inFields = [Int](repeating: 0, count: 256)
                for byte in input { inFile[Int(byte)] += 1 }
                for record in records {
                    for field in record.fields { for byte in field.utf8 { inFields[Int(byte)] += 1 } }
                }
                let structural: Set<Int> = [0x22, 0x0D, 0x0A, Int(delimiter)]
                for value in 0..<256 {
                    if structural.contains(value) {
                        #expect(inFields[value] <= inFile[value], "iteration \(iteration) byte \(value)")
                    } else {
                        #expect(inFields[value] == inFile[value], "iteration \(iteration) byte \(value)")
                    }
                }
            }
        }
        // The mutations reach every path: readable files, UTF-8 ones, and undecodable ones.
        #expect(checked.records > 2000)
        #expect(checked.byteAccounts > 1000)
        #expect(checked.errors > 100)
    }
}
