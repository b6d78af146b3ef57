/// Proves from a cell's bytes alone that its marker key (see `FileMapper.markerKey`) cannot start
/// with any total or footer word, so a plain data row (`1`, `2026-10-05`, `SF1234567890`) is told
/// from a 合计 line without making a String. When it cannot prove it, the String path decides.
struct MarkerScreen {
    /// Per word: its leading characters that are single ASCII scalars (up to the first that is
    /// not), and how many characters it has.
    private let words: [(ascii: [UInt8], characters: Int)]

    /// `words` as the table stores them (normalised: NFKC, ASCII lower-cased).
    init(words: [String]) {
        self.words = words.map { word in
            var ascii: [UInt8] = []
            for character in word {
                guard character.unicodeScalars.count == 1, let value = character.asciiValue else { break }
                ascii.append(value)
            }
            return (ascii, word.count)
        }
    }

    @inline(__always)
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// True only when no word can start the cell's marker key. The key of a cell that starts with
    /// a run of ASCII letters and digits starts with that run lower-cased, one character per byte,
    /// except that its last byte may join a combining mark that follows (after white space, or
    /// after a (必填) marker that normalising removes); so only the run's safe part is compared.
    func excludes(_ cell: CellBytes.Bytes) -> Bool {
        let n = cell.count
        if n == 0 { return !words.contains { $0.characters == 0 } }
        guard Self.isAlphanumeric(cell[0]) else { return false }
        var run = 1
        while run < n, Self.isAlphanumeric(cell[run]) { run += 1 }
        var safe = run
        if run < n {
            let next = cell[run]
            let joins =
                next >= 0x80 || next == 0x20 || (0x09...0x0D).contains(next) || next == UInt8(ascii: "(")
                || next == UInt8(ascii: "[")
            if joins { safe -= 1 }
        }
        for word in words {
            let limit = min(safe, word.characters)
            var differs = false
            for index in 0..<limit {
                let lowered = cell[index] >= 0x41 && cell[index] <= 0x5A ? cell[index] + 32 : cell[index]
                if index >= word.ascii.count || word.ascii[index] != lowered {
                    differs = true
                    break
                }
            }
            if !differs { return false }
        }
        return true
    }
}
