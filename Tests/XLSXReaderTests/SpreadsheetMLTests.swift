import Foundation
import Testing

@testable import XLSXReader

/// XML Spreadsheet 2003 files (SpreadsheetML), as ERP and portal exports write them under an .xls
/// name: told by content, each worksheet a sheet, cells placed by `ss:Index` and `ss:MergeAcross`.
@Suite struct SpreadsheetMLTests {
    static let document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <?mso-application progid="Excel.Sheet"?>
        <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"
         xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
         <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>ERP</Author></DocumentProperties>
         <Styles><Style ss:ID="s21"><NumberFormat ss:Format="yyyy-mm-dd"/></Style></Styles>
         <Worksheet ss:Name="汇总">
          <Table><Row><Cell><Data ss:Type="String">合计</Data></Cell><Cell><Data ss:Type="Number">1523.5</Data></Cell></Row></Table>
         </Worksheet>
         <Worksheet ss:Name="销售订单">
          <Table ss:ExpandedColumnCount="5" ss:ExpandedRowCount="6" x:FullColumns="1">
           <Row><Cell ss:MergeAcross="4"><Data ss:Type="String">销售订单列表 2026年10月</Data></Cell></Row>
           <Row ss:Index="3">
            <Cell><Data ss:Type="String">订单编号</Data></Cell><Cell><Data ss:Type="String">下单日期</Data></Cell>
            <Cell><Data ss:Type="String">客户名称</Data></Cell><Cell><Data ss:Type="String">订单金额</Data></Cell>
            <Cell><Data ss:Type="String">订单状态</Data></Cell>
           </Row>
           <Row>
            <Cell><Data ss:Type="String">SO0012</Data></Cell>
            <Cell ss:StyleID="s21"><Data ss:Type="DateTime">2026-10-05T00:00:00.000</Data></Cell>
            <Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><B>广州</B>甲公司</ss:Data></Cell>
            <Cell><Data ss:Type="Number">1200.5</Data></Cell><Cell><Data ss:Type="String">已完成</Data></Cell>
           </Row>
           <Row>
            <Cell><Data ss:Type="String">SO0013</Data></Cell>
            <Cell><Data ss:Type="DateTime">2026-10-06T14:23:01.000</Data></Cell>
            <Cell ss:Index="4"><Data ss:Type="Number">323</Data></Cell>
            <Cell><Data ss:Type="Boolean">1</Data></Cell>
           </Row>
          </Table>
         </Worksheet>
        </Workbook>
        """

    static func open(_ text: String, in folder: borrowing TemporaryFolder) throws -> any SpreadsheetWorkbook {
        let file = folder.file("销售订单.xls")
        try Data(text.utf8).write(to: file)
        return try openSpreadsheet(file)
    }

    @Test func eachWorksheetIsASheetAndEachCellWhereExcelShowsIt() throws {
        let folder = try TemporaryFolder()
        let workbook = try Self.open(Self.document, in: folder)
        #expect(workbook is SpreadsheetMLWorkbook)
        #expect(isSpreadsheet(folder.file("销售订单.xls")))
        #expect(workbook.sheets.map(\.name) == ["汇总", "销售订单"])
        let rows = try XLSWorkbookTests.rows(workbook, workbook.sheets[1])
        #expect(
            rows == [
                "1: 销售订单列表 2026年10月",
                "3: 订单编号|下单日期|客户名称|订单金额|订单状态",
                "4: SO0012|2026-10-05|广州甲公司|1200.5|已完成",
                "5: SO0013|2026-10-06 14:23:01||323|TRUE",
            ])
    }

    @Test func aTextFileOrAnOtherXMLIsNoSpreadsheet() throws {
        let folder = try TemporaryFolder()
        let csv = folder.file("a.xls")
        try Data("订单编号,金额\nSO1,5\n".utf8).write(to: csv)
        #expect(!SpreadsheetMLWorkbook.sniff(csv))
        let other = folder.file("b.xml")
        try Data("<?xml version=\"1.0\"?><root/>".utf8).write(to: other)
        #expect(!SpreadsheetMLWorkbook.sniff(other))
    }

    @Test func aBrokenDocumentIsRefusedWithItsLine() throws {
        let cut = String(Self.document.prefix(Self.document.count * 2 / 3)) + "</Row></Workbook>"
        let folder = try TemporaryFolder()
        #expect {
            _ = try Self.open(cut, in: folder)
        } throws: { error in
            guard let error = error as? XLSXReadError else { return false }
            return error.kind == .damaged && error.message.hasPrefix("the XML spreadsheet is not well-formed")
        }
    }
}
