import Testing

@testable import MonthEndCSV

/// The first pass's validator against the standard library's UTF-8 parser: same verdict and same
/// offset of the first bad sequence, whatever the chunking.
@Suite("CSV reader: UTF-8 validation")
struct UTF8ValidatorTests {
    /// Offset of the first ill-formed sequence per Swift's own parser, or nil when all is valid.
    static func referenceFirstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    static func validate(_ bytes: [UInt8], chunkSize: Int) -> UTF8Validator {
        var validator = UTF8Validator()
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            while start < all.count {
                let end = min(all.count, start + chunkSize)
                validator.feed(UnsafeBufferPointer(rebasing: all[start..<end]), at: start)
                start = end
            }
        }
        validator.finish()
        return validator
    }

    @Test func agreesWithTheStandardLibraryOnMutatedText() {
        var random = FuzzCSVReaderTests.Generator(state: 7)
        let pieces: [[UInt8]] =
            ["a", "中", "文", "é", "𠀀", "¥", "\u{E000}", "\u{FFFF}", "\u{D7FF}", "\u{10FFFF}"].map { Array($0.utf8) }
            + [
                [0xC0, 0xAF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0x80],
                [0xE4, 0xB8],
            ]
        for iteration in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<random.below(40) {
                let piece = pieces[random.below(pieces.count)]
                // Invalid pieces are rare, so most inputs are valid far into the text.
                if piece.count < 2 || piece[0] < 0xF5 || random.below(8) == 0 { bytes += piece }
            }
            if random.below(4) == 0, !bytes.isEmpty { bytes[random.below(bytes.count)] = UInt8(random.below(256)) }
            let expected = Self.referenceFirstInvalidOffset(bytes)
            for chunkSize in [1 << 20, 1 + random.below(9)] {
                let validator = Self.validate(bytes, chunkSize: chunkSize)
                #expect(validator.firstInvalidOffset == expected, "iteration \(iteration) \(bytes)")
            }
        }
    }

    @Test func countsValidMultibyteCharactersBeforeTheFirstError() {
        let validator = Self.validate(Array("ab中文é𠀀".utf8) + [0xFF] + Array("中".utf8), chunkSize: 3)
        #expect(validator.multibyteSequences == 4)
        #expect(validator.firstInvalidOffset == 14)
    }
}
