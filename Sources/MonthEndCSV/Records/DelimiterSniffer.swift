/// Picks the delimiter as INPUTS.md says: over the first 100 records, quotes respected, each
/// candidate's most common field count (among counts above one) is found, and the candidate whose
/// most common count occurs in the most records wins; ties go to comma, then tab, then semicolon.
struct DelimiterSniffer {
    /// In tie-break order.
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: ";")]
    static let sampleRecords = 100

    private var tokenizers = candidates.map { CSVTokenizer(delimiter: $0) }
    private(set) var fieldCounts: [[Int]] = candidates.map { _ in [] }

    /// True once every candidate has seen its 100 records.
    var hasEnough: Bool { fieldCounts.allSatisfy { $0.count >= Self.sampleRecords } }

    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) {
        for index in tokenizers.indices where fieldCounts[index].count < Self.sampleRecords {
            var position = 0
            while position < chunk.count, fieldCounts[index].count < Self.sampleRecords {
                let (next, complete) = tokenizers[index].scan(chunk, from: position)
                position = next
                if complete { fieldCounts[index].append(tokenizers[index].dropRecord()) }
            }
        }
    }

    /// Call at end of input so a last record without a line break is counted.
    mutating func finish() {
        for index in tokenizers.indices where fieldCounts[index].count < Self.sampleRecords {
            if tokenizers[index].finish() { fieldCounts[index].append(tokenizers[index].dropRecord()) }
        }
    }

    /// How many records share the most common field count above one (0 when no record has two fields).
    static func score(_ counts: [Int]) -> Int {
        var occurrences: [Int: Int] = [:]
        for count in counts where count > 1 { occurrences[count, default: 0] += 1 }
        return occurrences.values.max() ?? 0
    }

    /// The winning delimiter; comma when no candidate splits any record.
    var choice: UInt8 {
        var best = 0
        var bestScore = Self.score(fieldCounts[0])
        for index in 1..<Self.candidates.count {
            let score = Self.score(fieldCounts[index])
            if score > bestScore {
                best = index
                bestScore = score
            }
        }
        return Self.candidates[best]
    }
}
