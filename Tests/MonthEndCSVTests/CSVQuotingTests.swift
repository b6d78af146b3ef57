import Testing

@testable import MonthEndCSV

@Suite("CSV reader: quoting and line breaks")
struct CSVQuotingTests {
    typealias S = CSVTestSupport

    private func parse(_ text: String) throws -> [CSVRecord] {
        try S.read(Array(text.utf8), delimiter: UInt8(ascii: ",")).records
    }

    @Test func quotedLineBreaksKeepTheirBytesAndCountAsPhysicalLines() throws {
        let records = try parse("a,b\n1,\"x\ny\"\n2,\"p\r\nq\"\r\n3,\"r\rs\"\r4,t")
        #expect(S.fields(records) == [["a", "b"], ["1", "x\ny"], ["2", "p\r\nq"], ["3", "r\rs"], ["4", "t"]])
        #expect(S.lines(records) == [1, 2, 4, 6, 8])
    }

    @Test func doubledQuotes() throws {
        let records = try parse("\"ha \"\"ha\"\" ha\",\"\"\"\",\"\"\n")
        #expect(S.fields(records) == [["ha \"ha\" ha", "\"", ""]])
    }

    @Test func lineEndingsCRLFLFAndCROnlyMixed() throws {
        let records = try parse("a,b\r\nc,d\ne,f\rg,h\r\n")
        #expect(S.fields(records) == [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]])
        #expect(S.lines(records) == [1, 2, 3, 4])
    }

    @Test func missingFinalNewline() throws {
        #expect(S.fields(try parse("a,b\n1,2")) == [["a", "b"], ["1", "2"]])
        #expect(S.fields(try parse("a,b\n1,")) == [["a", "b"], ["1", ""]])
        #expect(S.fields(try parse("a,b\n1,\"2\"")) == [["a", "b"], ["1", "2"]])
    }

    @Test func blankLinesAreRecordsOfOneEmptyField() throws {
        let records = try parse("title\n\na,b\r\n\r\n1,2\n\n")
        #expect(S.fields(records) == [["title"], [""], ["a", "b"], [""], ["1", "2"], [""]])
        #expect(S.lines(records) == [1, 2, 3, 4, 5, 6])
        #expect(records[1].isBlank)
    }

    @Test func bareQuotesInsideUnquotedFieldsAreKept() throws {
        let records = try parse("5'10\" 箱,1\n=\"0012345\",2\n1, \"x,y\"\n")
        #expect(S.fields(records) == [["5'10\" 箱", "1"], ["=\"0012345\"", "2"], ["1", " \"x", "y\""]])
    }

    @Test func textAfterAClosingQuoteJoinsTheFieldLikePythonCSV() throws {
        let records = try parse("\"ab\"c,d\n\"ab\" ,x\n\"a\"\"b\"c\"d,e\n")
        #expect(S.fields(records) == [["abc", "d"], ["ab ", "x"], ["a\"bc\"d", "e"]])
    }

    @Test func unterminatedQuoteYieldsTheRestOfTheFileAndIsFlagged() throws {
        let (reader, records) = try S.read(Array("a,b\n1,2\n3,\"oops\n4,5\n".utf8))
        #expect(S.fields(records) == [["a", "b"], ["1", "2"], ["3", "oops\n4,5\n"]])
        #expect(S.lines(records) == [1, 2, 3])
        #expect(reader.unterminatedQuoteLine == 3)
    }

    @Test func theFlagIsSetWhenTheAffectedLastRecordIsReturned() throws {
        // The importer checks the flag after each record: only the last one may carry it.
        let reader = try CSVFileReader(bytes: Array("a,b\n1,\"x\n2,3".utf8), name: "open.csv")
        #expect(try reader.next() == CSVRecord(fields: ["a", "b"], line: 1))
        #expect(reader.unterminatedQuoteLine == nil)
        #expect(try reader.next() == CSVRecord(fields: ["1", "x\n2,3"], line: 2))
        #expect(reader.unterminatedQuoteLine == 2)
        #expect(try reader.next() == nil)
    }

    @Test func terminatedQuotesLeaveNoFlag() throws {
        let (reader, _) = try S.read(Array("a,\"b\n\"\n".utf8))
        #expect(reader.unterminatedQuoteLine == nil)
    }

    @Test func emptyFieldsAndTrailingDelimiters() throws {
        let records = try parse(",\n,,\na,\n,b\n")
        #expect(S.fields(records) == [["", ""], ["", "", ""], ["a", ""], ["", "b"]])
    }

    @Test func spacesAndIdeographicSpacesAreNotTrimmed() throws {
        let records = try parse(" a ,\u{3000}１２３４．５０\u{3000}, \"b\" \n")
        #expect(S.fields(records) == [[" a ", "\u{3000}１２３４．５０\u{3000}", " \"b\" "]])
    }

    @Test func nulBytesAreContent() throws {
        let (_, records) = try S.read([0x61, 0x00, 0x2C, 0x62, 0x0A])
        #expect(S.fields(records) == [["a\u{0}", "b"]])
    }
}
