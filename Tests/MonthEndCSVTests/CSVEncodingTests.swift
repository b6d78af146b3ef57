import Glibc
import Testing

@testable import MonthEndCSV

@Suite("CSV reader: encodings")
struct CSVEncodingTests {
    typealias S = CSVTestSupport

    @Test func plainUTF8() throws {
        let (reader, records) = try S.read(Array("单号,金额\nSF001,\"1,234.50\"\n".utf8))
        #expect(reader.encoding == .utf8)
        #expect(reader.delimiter == UInt8(ascii: ","))
        #expect(S.fields(records) == [["单号", "金额"], ["SF001", "1,234.50"]])
        #expect(S.lines(records) == [1, 2])
    }

    @Test func utf8WithByteOrderMarkDropsTheMark() throws {
        let (reader, records) = try S.read([0xEF, 0xBB, 0xBF] + Array("运单号,金额\r\nSF1,12.50\r\n".utf8))
        #expect(reader.encoding == .utf8BOM)
        #expect(S.fields(records) == [["运单号", "金额"], ["SF1", "12.50"]])
        #expect(records[0].fields[0].unicodeScalars.first == "运")
    }

    @Test func gb18030WithFourByteSequences() throws {
        // ¥ U+00A5 and 𠀀 U+20000 need GB18030's 4-byte form; 单号/金额 are 2-byte GBK.
        let bytes: [UInt8] =
            [0xB5, 0xA5, 0xBA, 0xC5, 0x2C, 0xBD, 0xF0, 0xB6, 0xEE, 0x0D, 0x0A]
            + [0x53, 0x46, 0x31, 0x2C, 0x81, 0x30, 0x84, 0x36, 0x31, 0x32, 0x2E, 0x35, 0x30, 0x0D, 0x0A]
            + [0x95, 0x32, 0x82, 0x36, 0x2C, 0xA3, 0xA4, 0x35, 0x0D, 0x0A]
        let (reader, records) = try S.read(bytes)
        #expect(reader.encoding == .gb18030)
        #expect(S.fields(records) == [["单号", "金额"], ["SF1", "¥12.50"], ["𠀀", "￥5"]])
        #expect(S.lines(records) == [1, 2, 3])
    }

    @Test func everyScalarRoundTripsThroughGB18030() throws {
        // The two-byte table and the iconv path together must decode every code GB18030 has: all of
        // the BMP (two- and four-byte codes) and a sample of the supplementary planes.
        var text = ""
        var scalarsInLine = 0
        let candidates =
            (0x80..<0xD800).lazy.map { UInt32($0) } + (0xE000...0xFFFF).map { UInt32($0) }
            + stride(from: UInt32(0x10000), through: 0x10FFFF, by: 997)
        var unencodable = 0
        for value in candidates {
            let scalar = Unicode.Scalar(value)!
            guard S.encodedGB18030(String(scalar)) != nil else {
                unencodable += 1
                continue
            }
            text.unicodeScalars.append(scalar)
            scalarsInLine += 1
            if scalarsInLine == 64 {
                text += "\n"
                scalarsInLine = 0
            }
        }
        #expect(unencodable < 100)  // glibc leaves only a handful of code points without a code
        let expected = text.split(separator: "\n", omittingEmptySubsequences: false).map { [String($0)] }
        for chunkSize in [1 << 20, 7] {
            let (reader, records) = try S.read(S.gb18030(text + "\n"), chunkSize: chunkSize)
            #expect(reader.encoding == .gb18030)
            #expect(S.fields(records) == expected)
        }
    }

    @Test func gbkIsReadAsGB18030() throws {
        let text = "顺丰,备注\n\"SF1\",\"易碎, 加急\"\n"
        let (reader, records) = try S.read(S.gb18030(text))
        #expect(reader.encoding == .gb18030)
        #expect(S.fields(records) == [["顺丰", "备注"], ["SF1", "易碎, 加急"]])
    }

    @Test func loneByte0x80IsTheEuroSignOfCodePage936() throws {
        // Excel on Chinese Windows writes € as 0x80 (cp936); glibc's GB18030 alone rejects it.
        let bytes = S.gb18030("金额,币种\n") + [0x80, 0x31, 0x30, 0x2C] + S.gb18030("欧元\n")
        let (reader, records) = try S.read(bytes)
        #expect(reader.encoding == .gb18030)
        #expect(S.fields(records) == [["金额", "币种"], ["€10", "欧元"]])
    }

    @Test func utf16LittleEndianTabSeparated() throws {
        let text = "单号\t金额\r\nSF1\t2,593.60\r\n𠀀一\t5\r\n"
        let (reader, records) = try S.read(S.utf16(text, bigEndian: false))
        #expect(reader.encoding == .utf16LE)
        #expect(reader.delimiter == UInt8(ascii: "\t"))
        #expect(S.fields(records) == [["单号", "金额"], ["SF1", "2,593.60"], ["𠀀一", "5"]])
    }

    @Test func utf16BigEndianTabSeparated() throws {
        let text = "单号\t金额\nSF1\t2,593.60\n"
        let (reader, records) = try S.read(S.utf16(text, bigEndian: true))
        #expect(reader.encoding == .utf16BE)
        #expect(reader.delimiter == UInt8(ascii: "\t"))
        #expect(S.fields(records) == [["单号", "金额"], ["SF1", "2,593.60"]])
    }

    @Test func gbkByteAfterAMegabyteOfASCIIMakesTheWholeFileGB18030() throws {
        // Strict UTF-8 is judged on the whole file, not a prefix.
        var text = "waybill,amount\n"
        for index in 0..<70_000 { text += "SF\(index),\(index).50\n" }
        #expect(text.utf8.count > 1 << 20)
        let bytes = Array(text.utf8) + S.gb18030("合计,100.00\n")
        let (reader, records) = try S.read(bytes, chunkSize: 65_536)
        #expect(reader.encoding == .gb18030)
        #expect(records.count == 70_002)
        #expect(records.last == CSVRecord(fields: ["合计", "100.00"], line: 70_002))
    }

    @Test func utf8ChineseIsNotMistakenForGB18030() throws {
        // The same bytes would "decode" as GB18030 mojibake; strict UTF-8 comes first.
        let (reader, records) = try S.read(Array("顺丰速运,金额,合计\n".utf8))
        #expect(reader.encoding == .utf8)
        #expect(S.fields(records) == [["顺丰速运", "金额", "合计"]])
    }

    @Test func sha256OfTheFileBytes() throws {
        let (reader, _) = try S.read(Array("abc".utf8))
        #expect(reader.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(reader.byteCount == 3)
    }

    @Test func readsFromAPath() throws {
        let path = "/tmp/monthend-csv-reader-\(getpid()).csv"
        let bytes = [0xEF, 0xBB, 0xBF] + Array("a;b\n1;2".utf8)
        #expect(FileManagerLite.write(bytes, to: path))
        defer { unlink(path) }
        let reader = try CSVFileReader(path: path)
        #expect(reader.path == path)
        #expect(reader.encoding == .utf8BOM)
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(try reader.next() == CSVRecord(fields: ["a", "b"], line: 1))
        #expect(try reader.next() == CSVRecord(fields: ["1", "2"], line: 2))
        #expect(try reader.next() == nil)
        #expect(try reader.next() == nil)
    }
}
