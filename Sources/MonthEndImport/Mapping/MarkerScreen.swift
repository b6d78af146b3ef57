/// Proves from a cell's bytes alone that its marker key (see `FileMapper.markerKey`) cannot start
/// with any total or footer word, so a plain data row (`1`, `2026-10-05`, `SF1234567890`) is told
/// from a 合计 line without making a String. When it cannot prove it, the String path decides.
struct MarkerScreen {
    /// Per word: where its leading characters that are single ASCII scalars (up to the first that
    /// is not) lie in `asciiBytes`, and how many characters it has. Plain Ints, so going through
    /// the words retains nothing (an array per word would be retained for every cell screened).
    private let words: [(start: Int, count: Int, characters: Int)]
    private let asciiBytes: [UInt8]
    /// Per ASCII byte: whether some word's first character is that byte (or no word has a
    /// first character that is ASCII alone, when every cell must be compared in full).
    private let mayStart: [Bool]
    /// The words whose first character is ASCII byte `b` are `leadWords[leadStart[b]..<leadStart[b + 1]]`:
    /// a cell starting with `b` can only fail to differ from those, so most cells are compared
    /// with few words or none.
    private let leadStart: [Int]
    private let leadWords: [Int]
    /// Some word is empty: it starts every key.
    private let hasEmptyWord: Bool
    /// One more than the most characters of any word: no comparison looks further into a cell.
    private let runLimit: Int

    /// `words` as the table stores them (normalised: NFKC, ASCII lower-cased).
    init(words: [String]) {
        var asciiBytes: [UInt8] = []
        self.words = words.map { word in
            let start = asciiBytes.count
            for character in word {
                guard character.unicodeScalars.count == 1, let value = character.asciiValue else { break }
                asciiBytes.append(value)
            }
            return (start, asciiBytes.count - start, word.count)
        }
        self.asciiBytes = asciiBytes
        var mayStart = [Bool](repeating: false, count: 128)
        for word in self.words {
            if word.count > 0 { mayStart[Int(asciiBytes[word.start])] = true }
            if word.characters == 0 { mayStart = [Bool](repeating: true, count: 128) }
        }
        self.mayStart = mayStart
        var leadStart = [Int](repeating: 0, count: 129)
        var leadWords: [Int] = []
        for byte in 0..<128 {
            leadStart[byte] = leadWords.count
            for (index, word) in self.words.enumerated() where word.count > 0 && asciiBytes[word.start] == byte {
                leadWords.append(index)
            }
        }
        leadStart[128] = leadWords.count
        self.leadStart = leadStart
        self.leadWords = leadWords
        hasEmptyWord = self.words.contains { $0.characters == 0 }
        runLimit = (self.words.map(\.characters).max() ?? 0) + 1
    }

    @inline(__always)
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// Whether the character before `byte` may end up joined to a combining mark in the key:
    /// `byte` is not ASCII, is white space, or opens a (必填) marker that normalising removes.
    @inline(__always)
    private static func mayJoin(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == 0x20 || (0x09...0x0D).contains(byte) || byte == UInt8(ascii: "(")
            || byte == UInt8(ascii: "[")
    }

    /// True only when no word can start the cell's marker key. The key of a cell that starts with
    /// a run of ASCII letters and digits starts with that run lower-cased, one character per byte,
    /// except that its last byte may join a combining mark that follows (after white space, or
    /// after a (必填) marker that normalising removes); so only the run's safe part is compared.
    func excludes(_ cell: CellBytes.Bytes) -> Bool {
        let n = cell.count
        if n == 0 { return !hasEmptyWord }
        guard Self.isAlphanumeric(cell[0]) else { return false }
        // No word starts with this character: the first character differs from every word's.
        let lead = cell[0] >= 0x41 && cell[0] <= 0x5A ? cell[0] + 32 : cell[0]
        if !mayStart[Int(lead)] && (n == 1 || Self.isAlphanumeric(cell[1]) || !Self.mayJoin(cell[1])) {
            return true
        }
        // At least two characters are safe when the second byte is a letter or digit and what
        // follows cannot join it: then a word (none is empty) differs unless it starts with `lead`
        // and either has one character or the same second byte; most cells stop here.
        if n >= 2, !hasEmptyWord, Self.isAlphanumeric(cell[1]),
            n == 2 || Self.isAlphanumeric(cell[2]) || !Self.mayJoin(cell[2])
        {
            let second = cell[1] >= 0x41 && cell[1] <= 0x5A ? cell[1] + 32 : cell[1]
            var everyWordDiffers = true
            for candidate in leadStart[Int(lead)]..<leadStart[Int(lead) + 1] {
                let word = words[leadWords[candidate]]
                if word.characters < 2 || (word.count >= 2 && asciiBytes[word.start + 1] == second) {
                    everyWordDiffers = false
                    break
                }
            }
            if everyWordDiffers { return true }
        }
        // The run, followed no further than `runLimit`: a longer run leaves at least `runLimit - 1`
        // safe, which no word's limit exceeds, so every comparison below is the same.
        var run = 1
        while run < n, run < runLimit, Self.isAlphanumeric(cell[run]) { run += 1 }
        let safe = run < n && Self.mayJoin(cell[run]) ? run - 1 : run
        // With nothing safe to compare, no word differs from the key.
        if safe == 0 { return words.isEmpty }
        // Now every word of one character or more is compared at index 0 at least: those that do
        // not start with `lead` differ there.
        if hasEmptyWord { return false }
        for candidate in leadStart[Int(lead)]..<leadStart[Int(lead) + 1] {
            let word = words[leadWords[candidate]]
            let limit = min(safe, word.characters)
            var differs = false
            var index = 1
            while index < limit {
                let lowered = cell[index] >= 0x41 && cell[index] <= 0x5A ? cell[index] + 32 : cell[index]
                if index >= word.count || asciiBytes[word.start + index] != lowered {
                    differs = true
                    break
                }
                index += 1
            }
            if !differs { return false }
        }
        return true
    }
}
