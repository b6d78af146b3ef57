import Testing

@testable import MonthEndCSV

@Suite("CSV reader: delimiter detection")
struct CSVDelimiterTests {
    typealias S = CSVTestSupport

    private func delimiter(_ text: String) throws -> Character {
        Character(Unicode.Scalar(try S.read(Array(text.utf8)).reader.delimiter))
    }

    @Test func tabFileWhoseCellsHoldCommas() throws {
        let text = "单号\t日期\t金额\nSF1\t2026-10-05\t2,593.60\nSF2\t2026-10-06\t1,000,000.00\nSF3\t2026-10-07\t12.00\n"
        #expect(try delimiter(text) == "\t")
        let records = try S.read(Array(text.utf8)).records
        #expect(records[2].fields == ["SF2", "2026-10-06", "1,000,000.00"])
    }

    @Test func semicolonFile() throws {
        #expect(try delimiter("a;b;c\n1;2,5;3\n4;5;6\n") == ";")
    }

    @Test func quotesAreRespected() throws {
        // Semicolons inside quotes do not split; the comma count is the consistent one.
        #expect(try delimiter("\"a;b;c\",d\n\"e;f;g\",h\n\"i;j\",k\n") == ",")
    }

    @Test func mostCommonCountWinsOverMostFields() throws {
        // Comma's counts vary (3, 2, 4, 2); tab's are 2 in every record.
        #expect(try delimiter("a,b,c\td\ne\tf,g\nh,i,j,k\tl\nm,n\to\n") == "\t")
    }

    @Test func titleLinesBeforeTheTableDoNotCount() throws {
        // Single-field records are left out: the table's 3-field rows decide.
        #expect(try delimiter("对账单\n客户:华东\n\n单号;金额;备注\nSF1;1,00;x\nSF2;2,00;y\n") == ";")
    }

    @Test func tiesGoToCommaThenTabThenSemicolon() throws {
        #expect(try delimiter("a,b;c\n") == ",")
        #expect(try delimiter("a\tb;c\n") == "\t")
        #expect(try delimiter("a,b\tc;d\n1\t2\n3;4\n5,6\n") == ",")
        #expect(try delimiter("only one column\nanother\n") == ",")
    }

    @Test func onlyTheFirstHundredRecordsAreSampled() throws {
        // 100 semicolon records, then 150 comma records: the sample sees only semicolons.
        var text = ""
        for index in 0..<100 { text += "\(index);x\n" }
        for index in 0..<150 { text += "\(index),y\n" }
        let (reader, records) = try S.read(Array(text.utf8), chunkSize: 64)
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(records.count == 250)
        #expect(records[100].fields == ["0,y"])
    }

    @Test func overrideSkipsDetection() throws {
        let (reader, records) = try S.read(Array("a,b;c\n".utf8), delimiter: UInt8(ascii: ";"))
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(S.fields(records) == [["a,b", "c"]])
    }

    @Test func overrideMustBeAUsableByte() {
        let error = S.error { _ = try S.read(Array("a\n".utf8), delimiter: UInt8(ascii: "\"")) }
        #expect(error?.code == .usage)
    }

    @Test func scoreCountsRecordsSharingTheMostCommonCountAboveOne() {
        #expect(DelimiterSniffer.score([1, 1, 1, 3, 3, 2]) == 2)
        #expect(DelimiterSniffer.score([1, 1, 1]) == 0)
        #expect(DelimiterSniffer.score([]) == 0)
    }
}
