import Testing

@testable import MonthEndCSV

/// `nextBytes` (the importer's path) lends exactly the records `next()` returns, in UTF-8 and
/// GB18030, across chunk boundaries, with the unterminated-quote flag on the last record, read on
/// this thread or from batches tokenized on the decoding thread.
@Suite struct RowViewTests {
    static let text =
        "单号,金额,备注\r\nSF1,\"1,234.50\",\"第一行\r\n第二行\"\r\n\r\n\"SF2\",＝\"00１\",\"5'10\"\" 箱\"\nSF3,,\u{3000}\n"
        + "SF4,\"a\"b,c\rSF5,x,\"never closed\nrest"

    /// `threaded`: the records come in batches tokenized on the decoding thread.
    static func viaBytes(_ bytes: [UInt8], chunkSize: Int, threaded: Bool) throws
        -> (records: [CSVRecord], quoteLines: [Int?])
    {
        let reader = try CSVFileReader(
            source: .memory(bytes), name: "t.csv", delimiter: nil, chunkSize: chunkSize, threaded: threaded)
        var records: [CSVRecord] = []
        var quoteLines: [Int?] = []
        while let record = try reader.nextBytes({ bytes, quoteLine in
            quoteLines.append(quoteLine)
            return bytes.record()
        }) {
            records.append(record)
        }
        return (records, quoteLines)
    }

    @Test(arguments: [1, 3, 7, 64, 1 << 20])
    func bytesGiveTheSameRecordsAsStrings(_ chunkSize: Int) throws {
        for bytes in [Array(Self.text.utf8), CSVTestSupport.gb18030(Self.text)] {
            let expected = try CSVTestSupport.read(bytes, chunkSize: chunkSize).records
            for threaded in [false, true] {
                let (records, quoteLines) = try Self.viaBytes(bytes, chunkSize: chunkSize, threaded: threaded)
                #expect(records == expected, "threaded: \(threaded)")
                #expect(records.count == 7)
                #expect(quoteLines == [nil, nil, nil, nil, nil, nil, 8], "threaded: \(threaded)")
                // The importer's loop lends the same records with the same flags.
                let reader = try CSVFileReader(
                    source: .memory(bytes), name: "t.csv", delimiter: nil, chunkSize: chunkSize, threaded: threaded)
                var lent: [CSVRecord] = []
                var lentQuoteLines: [Int?] = []
                try reader.forEachRow { record, quoteLine in
                    lent.append(record.record())
                    lentQuoteLines.append(quoteLine)
                }
                #expect(lent == expected, "threaded: \(threaded)")
                #expect(lentQuoteLines == quoteLines)
                #expect(reader.unterminatedQuoteLine == 8)
            }
        }
    }

    @Test func fieldsPastTheEndAreEmpty() {
        RowView.with(CSVRecord(fields: ["a", "", "中文"], line: 9)) { record in
            #expect(record.count == 3)
            #expect(record.string(0) == "a")
            #expect(record.field(1).isEmpty)
            #expect(record.string(2) == "中文")
            #expect(record.field(3).isEmpty)
            #expect(record.record() == CSVRecord(fields: ["a", "", "中文"], line: 9))
        }
    }
}
