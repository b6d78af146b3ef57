import Testing

@testable import MonthEndCSV

/// Tiny chunk sizes force every multibyte character, CRLF, quote pair and record across a boundary;
/// the records must not depend on where the boundaries fall.
@Suite("CSV reader: chunk boundaries")
struct CSVChunkBoundaryTests {
    typealias S = CSVTestSupport

    static let text =
        "单号,金额,备注\r\n"
        + "SF001,¥1,234.50,\"易碎\r\n加急\"\r\n"
        + "SF002,\"𠀀\"\"引号\"\"\",\r\n"
        + "\r\n"
        + "SF003,￥12,\"a,b\"\r\n"
        + "合计,€5,end"
    static let expected: [[String]] = [
        ["单号", "金额", "备注"],
        ["SF001", "¥1", "234.50", "易碎\r\n加急"],
        ["SF002", "𠀀\"引号\"", ""],
        [""],
        ["SF003", "￥12", "a,b"],
        ["合计", "€5", "end"],
    ]
    static let expectedLines = [1, 2, 4, 5, 6, 7]

    @Test(arguments: [1, 2, 3, 4, 5, 7, 11, 64])
    func utf8(chunkSize: Int) throws {
        let (reader, records) = try S.read(Array(Self.text.utf8), chunkSize: chunkSize)
        #expect(reader.encoding == .utf8)
        #expect(S.fields(records) == Self.expected)
        #expect(S.lines(records) == Self.expectedLines)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 7, 11, 64])
    func gb18030(chunkSize: Int) throws {
        let bytes = S.gb18030(Self.text)
        #expect(bytes.contains(0x81))  // ¥ as a 4-byte sequence is in the input
        let (reader, records) = try S.read(bytes, chunkSize: chunkSize)
        #expect(reader.encoding == .gb18030)
        #expect(S.fields(records) == Self.expected)
        #expect(S.lines(records) == Self.expectedLines)
    }

    @Test(arguments: [1, 2, 3, 5])
    func utf16(chunkSize: Int) throws {
        let (_, records) = try S.read(S.utf16(Self.text, bigEndian: false), chunkSize: chunkSize)
        #expect(S.fields(records) == Self.expected)
        let (_, recordsBE) = try S.read(S.utf16(Self.text, bigEndian: true), chunkSize: chunkSize)
        #expect(S.fields(recordsBE) == Self.expected)
    }

    @Test func crlfSplitAcrossChunksEndsOneLineOnly() throws {
        // "a,b\r" | "\n" with chunks of 4: the LF must not start a blank record or a new line.
        let (_, records) = try S.read(Array("a,b\r\nc,d\r\n\"e\r\nf\",g\r\n".utf8), chunkSize: 4)
        #expect(S.fields(records) == [["a", "b"], ["c", "d"], ["e\r\nf", "g"]])
        #expect(S.lines(records) == [1, 2, 3])
        for chunkSize in 1...12 {
            let (_, again) = try S.read(Array("a,b\r\nc,d\r\n\"e\r\nf\",g\r\n".utf8), chunkSize: chunkSize)
            #expect(again == records, "chunk size \(chunkSize)")
        }
    }

    @Test func fieldsThatNeedRewritingMidRecordReadTheSameAtEveryChunkSize() throws {
        // Records lying in one chunk are held as offsets into it; a doubled quote or text after a
        // closing quote switches the record to a copy part-way. Both ways must give the same fields.
        let bytes = Array("a,\"b\"\"c\",d\nx,\"ab\"c,y\n\"q\nr\",s,\n,,\nt,\"u\"".utf8)
        let expected = [["a", "b\"c", "d"], ["x", "abc", "y"], ["q\nr", "s", ""], ["", "", ""], ["t", "u"]]
        for chunkSize in [1, 2, 3, 5, 7, 11, 64, 1 << 20] {
            let (_, records) = try S.read(bytes, chunkSize: chunkSize, delimiter: UInt8(ascii: ","))
            #expect(S.fields(records) == expected, "chunk size \(chunkSize)")
            #expect(S.lines(records) == [1, 2, 3, 5, 6], "chunk size \(chunkSize)")
            let reader = try CSVFileReader(
                source: .memory(bytes), name: "t.csv", delimiter: UInt8(ascii: ","), chunkSize: chunkSize)
            var lent: [[String]] = []
            while let record = try reader.nextBytes({ record, _ in record.record() }) { lent.append(record.fields) }
            #expect(lent == expected, "chunk size \(chunkSize)")
        }
    }

    @Test func cp936EuroByteAtAChunkBoundary() throws {
        let bytes = S.gb18030("金额\n") + [0x80] + S.gb18030("额\n")
        for chunkSize in 1...8 {
            let (_, records) = try S.read(bytes, chunkSize: chunkSize)
            #expect(S.fields(records) == [["金额"], ["€额"]], "chunk size \(chunkSize)")
        }
    }
}
