import Testing

@testable import MonthEndCSV

@Suite("CSV reader: file-level errors")
struct CSVFileErrorTests {
    typealias S = CSVTestSupport

    @Test func undecodableByteGivesOffsetLineAndHint() {
        // 0xFF fits neither UTF-8 nor GB18030; it is at byte offset 16, on line 3.
        let bytes = S.gb18030("单号,金额\n") + Array("SF1,2\n".utf8) + [0xFF] + Array(",3\n".utf8)
        #expect(bytes.count - 4 == 16)
        let error = S.error { _ = try S.read(bytes) }
        #expect(error?.code == .undecodable)
        #expect(error?.line == 3)
        #expect(error?.path == "test.csv")
        #expect(error?.message == "bytes 0xFF 0x2C 0x33 0xA at byte offset 16, line 3 are neither UTF-8 nor GB18030")
        #expect(error?.hint?.contains("re-save the file as UTF-8") == true)
    }

    @Test func undecodableBytesPastTheSniffedPrefixAreThrownByNext() throws {
        var bytes = S.gb18030("单号,金额\n")
        for index in 0..<150 { bytes += Array("SF\(index),\(index)\n".utf8) }
        let offset = bytes.count
        bytes += [0x81, 0x20] + Array(",x\n".utf8)  // a GB18030 lead byte with an impossible trail
        let reader = try CSVFileReader(source: .memory(bytes), name: "late.csv", delimiter: nil, chunkSize: 256)
        var count = 0
        let error = S.error {
            while try reader.next() != nil { count += 1 }
        }
        #expect(error?.code == .undecodable)
        #expect(error?.line == 152)
        #expect(error?.message.contains("at byte offset \(offset), line 152") == true)
        #expect(count > 100 && count <= 151)
        // The error sticks: the reader does not resume past bytes it could not read.
        #expect(S.error { _ = try reader.next() } == error)
    }

    @Test func fileCutInsideAMultibyteSequence() {
        let bytes = S.gb18030("单号\n金") + [0xB6]
        let error = S.error { _ = try S.read(bytes, chunkSize: 3) }
        #expect(error?.code == .undecodable)
        #expect(error?.line == 2)
        #expect(error?.message.contains("at byte offset 7,") == true)
    }

    @Test func utf8ByteOrderMarkWithInvalidUTF8IsAnError() {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8) + [0xC0, 0xAF] + Array("\n".utf8)
        let error = S.error { _ = try S.read(bytes) }
        #expect(error?.code == .undecodable)
        #expect(error?.line == 2)
        #expect(
            error?.message
                == "bytes 0xC0 0xAF 0xA at byte offset 7, line 2 are not UTF-8, though the file starts with a UTF-8 byte-order mark"
        )
    }

    @Test func damagedUTF8IsAnErrorNotGB18030Mojibake() {
        // Plainly UTF-8 Chinese, then one Latin-1 byte: GB18030 would "decode" all of it, garbled.
        let bytes = Array("运单号,收件人,金额\nSF1,张三,12.50\n".utf8) + [0xE9] + Array(",x\n".utf8)
        let error = S.error { _ = try S.read(bytes, chunkSize: 5) }
        #expect(error?.code == .undecodable)
        #expect(error?.line == 3)
        #expect(error?.message.hasPrefix("bytes 0xE9 0x2C 0x78 0xA at byte offset 44, line 3 are not UTF-8") == true)
    }

    @Test func aFewUTF8LookalikesDoNotOutweighGBK() throws {
        // E4 B8 AD E6 96 87 is valid UTF-8 ("中文") and GB18030 (涓, a private-use code, 枃): two
        // look-alike characters, then plain GBK, stay GB18030.
        let bytes: [UInt8] = [0xE4, 0xB8, 0xAD, 0xE6, 0x96, 0x87, 0x0A] + S.gb18030("单号,金额\n")
        let (reader, records) = try S.read(bytes)
        #expect(reader.encoding == .gb18030)
        #expect(S.fields(records) == [["涓\u{E15F}枃"], ["单号", "金额"]])
    }

    @Test func unpairedSurrogateInUTF16() {
        let bytes = S.utf16("a\tb\n", bigEndian: false) + [0x00, 0xDC] + [0x0A, 0x00]
        let error = S.error { _ = try S.read(bytes) }
        #expect(error?.code == .undecodable)
        #expect(error?.line == 2)
        #expect(error?.message.contains("0x0 0xDC at byte offset 10, line 2 are not UTF-16LE") == true)
    }

    @Test func oddLengthUTF16() {
        let error = S.error { _ = try S.read(S.utf16("a\tb", bigEndian: true) + [0x00]) }
        #expect(error?.code == .undecodable)
        #expect(error?.message.contains("byte offset 8") == true)
    }

    @Test func emptyFile() {
        let error = S.error { _ = try S.read([]) }
        #expect(error?.code == .emptyFile)
        #expect(error?.message == "the file is empty")
    }

    @Test(arguments: [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]] as [[UInt8]])
    func fileOfOnlyAByteOrderMark(bom: [UInt8]) {
        let error = S.error { _ = try S.read(bom) }
        #expect(error?.code == .emptyFile)
        #expect(error?.message == "the file holds only a byte-order mark")
    }

    @Test func missingFile() {
        let error = S.error { _ = try CSVFileReader(path: "/nonexistent/monthend/bill.csv") }
        #expect(error?.code == .unreadableFile)
        #expect(error?.path == "/nonexistent/monthend/bill.csv")
    }
}
