import Foundation
import Testing
import XLSXReader

/// Portals' ".xls" files that are HTML pages (Excel opens them as a sheet): told by content, read
/// row by row with each cell where Excel shows it.
@Suite struct HTMLTableTests {
    /// The shape Java portals write as an Excel download: Office namespaces, a charset in a meta
    /// tag, text cells marked `mso-number-format:"\@"`, a title row spanning the table.
    static let page = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
        <head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
        <style>.text{mso-number-format:"\\@";}</style></head>
        <body><table border=1>
        <tr><td colspan=5 class=xl24>交易明细&nbsp;2026年10月</td></tr>
        <tr><th rowspan=2>交易流水号</th><th rowspan=2>交易时间</th><th rowspan=2>对方户名</th><th colspan=2>发生额</th></tr>
        <tr><th>借方</th><th>贷方</th></tr>
        <tr><td class=text>0012001</td><td>2026-10-08 10:01</td><td>广州甲<br>公司</td><td></td><td x:num>1,200.00</td></tr>
        <tr><td class=text>0012002</td><td>2026-10-09</td><td>供应商 &amp; 乙</td><td>300.00</td><td></td></tr>
        </table></body></html>
        """

    static func rows(_ text: String, encoding: String.Encoding = .utf8, readAs: String? = nil) throws -> [String] {
        let folder = try TemporaryFolder()
        let file = folder.file("明细.xls")
        try #require(text.data(using: encoding)).write(to: file)
        var rows: [String] = []
        try HTMLTable.readRows(file, encoding: readAs) { number, cells in
            rows.append("\(number): " + cells.joined(separator: "|"))
        }
        return rows
    }

    @Test func rowsAndCellsAsExcelShowsThem() throws {
        #expect(
            try Self.rows(Self.page) == [
                "1: 交易明细\u{A0}2026年10月||||",
                "2: 交易流水号|交易时间|对方户名|发生额|",
                "3: |||借方|贷方",
                "4: 0012001|2026-10-08 10:01|广州甲\n公司||1,200.00",
                "5: 0012002|2026-10-09|供应商 & 乙|300.00|",
            ])
    }

    @Test func thePageIsToldByContentAndItsCharsetRead() throws {
        let folder = try TemporaryFolder()
        let html = folder.file("a.xls")
        try Data(Self.page.utf8).write(to: html)
        #expect(HTMLTable.sniff(html)?.charset == "utf-8")
        let gbk = folder.file("b.xls")
        try Data("\u{FEFF}  <table><meta charset=\"GBK\"><tr><td>x</td></tr></table>".utf8).write(to: gbk)
        #expect(HTMLTable.sniff(gbk)?.isChinese == true)
        let xhtml = folder.file("x.xls")
        try Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><table><tr><td>x</td></tr></table></body></html>".utf8).write(to: xhtml)
        #expect(HTMLTable.sniff(xhtml) != nil)
        let spreadsheet = folder.file("s.xls")
        try Data("<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet><Table/></Worksheet></Workbook>".utf8).write(to: spreadsheet)
        #expect(HTMLTable.sniff(spreadsheet) == nil)
        let csv = folder.file("c.xls")
        try Data("交易日期,金额\n2026-10-01,5\n".utf8).write(to: csv)
        #expect(HTMLTable.sniff(csv) == nil)
    }

    /// 对方户名 and 贷方金额 in GBK.
    static let gbkHeader: [UInt8] = [0xB6, 0xD4, 0xB7, 0xBD, 0xBB, 0xA7, 0xC3, 0xFB]
    static let gbkCredit: [UInt8] = [0xB4, 0xFB, 0xB7, 0xBD, 0xBD, 0xF0, 0xB6, 0xEE]

    static func gbkRows(_ head: String, readAs: String? = nil) throws -> [String] {
        let folder = try TemporaryFolder()
        let file = folder.file("gbk.xls")
        let bytes = Array(head.utf8) + Array("<table><tr><td>".utf8) + gbkHeader + Array("</td><td>".utf8) + gbkCredit
            + Array("</td></tr></table>".utf8)
        try Data(bytes).write(to: file)
        var rows: [String] = []
        try HTMLTable.readRows(file, encoding: readAs) { number, cells in
            rows.append("\(number): " + cells.joined(separator: "|"))
        }
        return rows
    }

    @Test func aGBKPageIsReadInItsCodePage() throws {
        let declared = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head>"
        #expect(try Self.gbkRows(declared) == ["1: 对方户名|贷方金额"])
        // No charset named: the reader is told the code page.
        #expect(try Self.gbkRows("", readAs: "GB18030") == ["1: 对方户名|贷方金额"])
    }

    @Test func unclosedCellsAndRowsEndWhereHTMLEndsThem() throws {
        let loose = "<table><tr><td>a<td>b<tr><td>c</table><p>after</p>"
        #expect(try Self.rows(loose) == ["1: a|b", "2: c"])
    }

    @Test func anErrorOfTheConsumerStopsTheRead() throws {
        struct Enough: Error {}
        let folder = try TemporaryFolder()
        let file = folder.file("a.xls")
        try Data(Self.page.utf8).write(to: file)
        var seen = 0
        #expect(throws: Enough.self) {
            try HTMLTable.readRows(file) { _, _ in
                seen += 1
                if seen == 2 { throw Enough() }
            }
        }
        #expect(seen == 2)
    }

    @Test func truncatedAndDamagedPagesNeverCrash() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("fuzz.xls")
        let page = Array(Self.page.utf8)
        var generator = SystemRandomNumberGenerator()
        var rowsSeen = 0
        for round in 0..<300 {
            var bytes = Array(page.prefix(Int.random(in: 0...page.count, using: &generator)))
            for _ in 0..<(round % 7) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            try Data(bytes).write(to: file)
            try? HTMLTable.readRows(file) { _, cells in rowsSeen += cells.isEmpty ? 0 : 1 }
        }
        // The whole page (round lengths reach it) gives its rows; damaged ones give what they can.
        #expect(rowsSeen > 0)
    }
}
