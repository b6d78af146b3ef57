/// The CSV state machine over UTF-8 bytes, resumable at any byte so records may straddle chunks.
///
/// It follows Python's csv reader with `strict=False` (the reference its tests compare with):
/// RFC 4180 quoting with doubled quotes and quoted line breaks; a bare quote inside an unquoted field
/// is kept; text after a closing quote (`"ab"c`) is appended to the field. Two deliberate differences:
/// a blank line is a record with one empty field (Python yields no fields), and CR, LF and CRLF each
/// end a physical line, counted even inside quotes so `CSVRecord.line` is the line a user sees.
struct CSVTokenizer {
    enum State: UInt8 {
        case startRecord, startField, unquoted, quoted, quoteInQuoted
    }

    static let quote = UInt8(ascii: "\"")
    static let carriageReturn = UInt8(ascii: "\r")
    static let lineFeed = UInt8(ascii: "\n")

    let delimiter: UInt8
    private(set) var state = State.startRecord
    /// The previous byte was a CR: an LF now completes that line break rather than starting one.
    private var afterCarriageReturn = false
    /// 1-based physical line of the next byte.
    private(set) var line = 1
    private(set) var recordLine = 1
    private var quoteLine = 0
    /// Set by `finish()` when the input ended inside a quoted field: the line where that field opened.
    private(set) var unterminatedQuoteLine: Int?
    /// Each completed field's start and end offsets, interleaved: into `recordBase` (the chunk the
    /// record lies in) or, once `copying`, into `bytes`.
    private let spans = FieldSpans()
    /// Where the open field's text starts (in the chunk, or in `bytes` once copying).
    private var fieldStart = 0
    /// The closing quote of the last quoted field, in the chunk: where its text ends.
    private var closingQuote = 0
    /// The pending record is held in `bytes`: it straddled a chunk end or a field needed rewriting.
    private var copying = false
    /// The chunk a complete record that is not copying lies in.
    private var recordBase: UnsafePointer<UInt8>?
    /// The pending record's field contents, back to back, when it had to be copied.
    private let bytes = RecordBytes()
    /// Byte patterns for an eight-at-a-time search for the bytes that end a run of field text.
    private let delimiterPattern: UInt64
    init(delimiter: UInt8) {
        self.delimiter = delimiter
        delimiterPattern = Self.pattern(delimiter)
    }

    /// Reads `chunk` from `start` until a record ends or the chunk runs out. Returns the index after
    /// the last byte consumed and whether a record is complete (then call `takeRecord()` or `dropRecord()`
    /// before `chunk` changes: a complete record may point into it).
    ///
    /// A record that starts in `chunk` is held as offsets into it (no copy); it is copied into the
    /// record buffer only when it runs past the chunk's end or a field needs rewriting (a doubled quote,
    /// text after a closing quote).
    mutating func scan(_ chunk: UnsafeBufferPointer<UInt8>, from start: Int) -> (next: Int, complete: Bool) {
        let n = chunk.count
        guard start < n, let p = chunk.baseAddress else { return (n, false) }
        if copying { return scanCopying(p, from: start, n) }
        let delimiter = self.delimiter
        let quote = Self.quote
        let cr = Self.carriageReturn
        let lf = Self.lineFeed
        var i = start
        if afterCarriageReturn {
            // Not copying, so the CR ended the previous record: skip the LF of its CRLF.
            afterCarriageReturn = false
            if p[i] == lf { i += 1 }
        }
        while i < n {
            switch state {
            case .startRecord:
                beginRecord()
            case .startField:
                let byte = p[i]
                if byte == quote {
                    openQuote()
                    i += 1
                    fieldStart = i
                } else if byte == delimiter {
                    spans.append(i, i)
                    i += 1
                } else if byte == lf || byte == cr {
                    spans.append(i, i)
                    recordBase = UnsafePointer(p)
                    return (endLine(byte, p, i + 1, n), true)
                } else {
                    state = .unquoted
                    fieldStart = i
                }
            case .unquoted:
                // Field after unquoted field without going back through the switch: most records
                // hold no quotes at all.
                var j = i
                while true {
                    j = Self.firstMatch(
                        p, from: j, n, delimiterPattern, Self.lineFeedPattern, Self.carriageReturnPattern)
                    if j == n {
                        startCopying(p, partialEnd: n)
                        return (n, false)
                    }
                    let byte = p[j]
                    spans.append(fieldStart, j)
                    guard byte == delimiter else {
                        recordBase = UnsafePointer(p)
                        return (endLine(byte, p, j + 1, n), true)
                    }
                    j += 1
                    guard j < n else { break }
                    let next = p[j]
                    if next == quote || next == delimiter || next == lf || next == cr { break }
                    fieldStart = j
                }
                state = .startField
                i = j
            case .quoted:
                let j = Self.firstMatch(
                    p, from: i, n, Self.quotePattern, Self.lineFeedPattern, Self.carriageReturnPattern)
                if j == n {
                    startCopying(p, partialEnd: n)
                    return (n, false)
                }
                let byte = p[j]
                i = j + 1
                if byte == quote {
                    state = .quoteInQuoted
                    closingQuote = j
                } else {
                    // A line break inside quotes is content (already in place), and a new physical line.
                    line += 1
                    if byte == cr {
                        if i == n {
                            startCopying(p, partialEnd: n)
                            afterCarriageReturn = true
                            return (n, false)
                        } else if p[i] == lf {
                            i += 1
                        }
                    }
                }
            case .quoteInQuoted:
                let byte = p[i]
                if byte == quote {
                    // A doubled quote: the field's text is no longer one run of the chunk.
                    startCopying(p, partialEnd: closingQuote)
                    bytes.append(quote)
                    state = .quoted
                    return scanCopying(p, from: i + 1, n)
                } else if byte == delimiter {
                    spans.append(fieldStart, closingQuote)
                    state = .startField
                    i += 1
                } else if byte == lf || byte == cr {
                    spans.append(fieldStart, closingQuote)
                    recordBase = UnsafePointer(p)
                    return (endLine(byte, p, i + 1, n), true)
                } else {
                    // `"ab"c`: the rest joins the field, as Python's csv does.
                    startCopying(p, partialEnd: closingQuote)
                    state = .unquoted
                    return scanCopying(p, from: i, n)
                }
            }
        }
        // The chunk ended between fields (after a delimiter or a closing quote): keep what we have.
        startCopying(p, partialEnd: state == .quoteInQuoted ? closingQuote : n)
        return (n, false)
    }

    /// Switches the pending record to the record buffer: copies its completed fields out of the chunk
    /// at `p`, then the open field's text from `fieldStart` to `partialEnd` (nothing when no field is open).
    private mutating func startCopying(_ p: UnsafePointer<UInt8>, partialEnd: Int) {
        copying = true
        bytes.removeAll()
        var k = 0
        while k < spans.count {
            let s = spans[k]
            let e = spans[k + 1]
            spans[k] = bytes.count
            bytes.append(p + s, count: e - s)
            spans[k + 1] = bytes.count
            k += 2
        }
        let copiedStart = bytes.count
        switch state {
        case .unquoted, .quoted, .quoteInQuoted:
            if partialEnd > fieldStart { bytes.append(p + fieldStart, count: partialEnd - fieldStart) }
        case .startRecord, .startField:
            break
        }
        fieldStart = copiedStart
    }

    /// A record begins on the current line.
    @inline(__always)
    private mutating func beginRecord() {
        recordLine = line
        state = .startField
    }

    /// A field opens with a quote on the current line (named if the file ends inside it).
    @inline(__always)
    private mutating func openQuote() {
        state = .quoted
        quoteLine = line
    }

    /// Ends the open field of a record held in the record buffer.
    @inline(__always)
    private mutating func endCopiedField() {
        spans.append(fieldStart, bytes.count)
        fieldStart = bytes.count
    }

    /// `scan` for a record already in the record buffer: every byte of field text is appended there.
    private mutating func scanCopying(_ p: UnsafePointer<UInt8>, from start: Int, _ n: Int) -> (
        next: Int, complete: Bool
    ) {
        let delimiter = self.delimiter
        let quote = Self.quote
        let cr = Self.carriageReturn
        let lf = Self.lineFeed
        var i = start
        if afterCarriageReturn, i < n {
            afterCarriageReturn = false
            if p[i] == lf {
                // The LF of a CRLF whose CR was the last byte seen: no new line.
                if state == .quoted { bytes.append(lf) }
                i += 1
            }
        }
        while i < n {
            switch state {
            case .startField:
                // The delimiter, CR, LF and quote are four different bytes: the order of the tests is free.
                let byte = p[i]
                if byte == delimiter {
                    endCopiedField()
                    i += 1
                } else if byte == lf || byte == cr {
                    endCopiedField()
                    return (endLine(byte, p, i + 1, n), true)
                } else if byte == quote {
                    openQuote()
                    i += 1
                } else {
                    state = .unquoted
                }
            case .startRecord:
                beginRecord()
            case .unquoted:
                let j = Self.firstMatch(
                    p, from: i, n, delimiterPattern, Self.lineFeedPattern, Self.carriageReturnPattern)
                if j > i { bytes.append(p + i, count: j - i) }
                if j == n { return (n, false) }
                let byte = p[j]
                endCopiedField()
                if byte == delimiter {
                    state = .startField
                    i = j + 1
                } else {
                    return (endLine(byte, p, j + 1, n), true)
                }
            case .quoted:
                let j = Self.firstMatch(
                    p, from: i, n, Self.quotePattern, Self.lineFeedPattern, Self.carriageReturnPattern)
                if j > i { bytes.append(p + i, count: j - i) }
                if j == n { return (n, false) }
                let byte = p[j]
                i = j + 1
                if byte == quote {
                    state = .quoteInQuoted
                } else {
                    // A line break inside quotes is content, and still a new physical line.
                    bytes.append(byte)
                    line += 1
                    if byte == cr {
                        if i == n {
                            afterCarriageReturn = true
                        } else if p[i] == lf {
                            bytes.append(lf)
                            i += 1
                        }
                    }
                }
            case .quoteInQuoted:
                let byte = p[i]
                if byte == quote {
                    bytes.append(quote)
                    state = .quoted
                    i += 1
                } else if byte == delimiter {
                    endCopiedField()
                    state = .startField
                    i += 1
                } else if byte == lf || byte == cr {
                    endCopiedField()
                    return (endLine(byte, p, i + 1, n), true)
                } else {
                    state = .unquoted  // `"ab"c`: the rest joins the field, as Python's csv does
                }
            }
        }
        return (n, false)
    }

    /// Ends the record at a line break found just before `next`; swallows the LF of a CRLF.
    private mutating func endLine(_ byte: UInt8, _ p: UnsafePointer<UInt8>, _ next: Int, _ n: Int) -> Int {
        line += 1
        state = .startRecord
        guard byte == Self.carriageReturn else { return next }
        if next == n {
            afterCarriageReturn = true
            return next
        }
        return p[next] == Self.lineFeed ? next + 1 : next
    }

    /// At end of input: completes a record left open by a missing final line break. Returns true when
    /// a record is ready; sets `unterminatedQuoteLine` when the input ended inside quotes.
    mutating func finish() -> Bool {
        afterCarriageReturn = false
        switch state {
        case .startRecord:
            return false
        case .quoted:
            unterminatedQuoteLine = quoteLine
        case .startField, .unquoted, .quoteInQuoted:
            break
        }
        // A record left open at a chunk's end was copied, so it is in `bytes` now.
        assert(copying)
        endCopiedField()
        state = .startRecord
        return true
    }

    /// The completed record's bytes, valid until the next `scan`.
    private var recordBytes: UnsafePointer<UInt8> {
        copying ? UnsafePointer(bytes.base) : recordBase ?? UnsafePointer(bytes.base)
    }

    private mutating func clearRecord() {
        bytes.removeAll()
        spans.removeAll()
        copying = false
        recordBase = nil
    }

    /// The completed record as Swift strings; clears it for the next one.
    mutating func takeRecord() -> CSVRecord {
        let record = withRecordBytes { $0.record() }
        return record
    }

    /// Lends the completed record's bytes to `body` (no Strings made); clears it for the next one.
    mutating func withRecordBytes<R>(_ body: (RowView) throws -> R) rethrows -> R {
        defer { clearRecord() }
        let base = recordBytes
        let line = recordLine
        return try body(RowView(base: base, spans: spans.buffer, line: line))
    }

    /// Moves the completed record into `batch`, whose text is the chunk last scanned; clears it for
    /// the next one.
    mutating func moveRecord(into batch: RecordBatch) {
        defer { clearRecord() }
        if copying {
            batch.appendCopied(UnsafePointer(bytes.base), count: bytes.count, spans.buffer, line: recordLine)
        } else {
            batch.appendInPlace(spans.buffer, line: recordLine)
        }
    }

    /// Discards the completed record, returning its field count (delimiter sniffing needs no strings).
    mutating func dropRecord() -> Int {
        let count = spans.count / 2
        clearRecord()
        return count
    }
}
