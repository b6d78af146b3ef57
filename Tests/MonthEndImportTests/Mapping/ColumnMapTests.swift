import Foundation
import MonthEndCore
import Testing

@testable import MonthEndImport

/// `--map KIND.FIELD=HEADER` and the configuration's `map:`: the user names the column a layout's
/// field is in, before any built-in word.
@Suite struct ColumnMapTests {
    @Test func aMappedHeaderServesItsFieldBeforeAnyBuiltInWord() throws {
        let map = try ColumnMap(parsing: "payments.direction=标志", table: MappingFixture.table)
        #expect(map.description == "payments.direction=标志")
        let table = MappingFixture.table.applying([map])
        #expect(table.kinds[.payments]?.spec(of: .direction)?.synonyms.first == "标志")
        let headers = ["交易日期", "对方户名", "标志", "交易金额"]
        #expect(MappingFixture.fields(headers, .payments) == ["payment_date", "payer", "-", "amount"])
        let mapping = HeaderMapping(headers: headers, spec: try #require(table.kinds[.payments]), table: table)
        #expect(mapping.column(.direction) == 2)
    }

    @Test func aMapThatNamesNoKindOrFieldIsRefusedWithTheFieldsThereAre() {
        let cases: [(String, String)] = [
            ("payments.direction", "--map payments.direction: no '=' between the field and the header"),
            ("bank.direction=标志", "--map bank.direction=标志: 'bank.direction' does not name a kind and a field"),
            ("payments.waybill=单号", "--map payments.waybill=单号: payments has no field 'waybill'"),
            ("payments.payer=  ", "--map payments.payer=  : the header is empty"),
        ]
        for (text, message) in cases {
            let error = MappingFixture.error { _ = try ColumnMap(parsing: text, table: MappingFixture.table) }
            #expect(error?.code == .usage)
            #expect(error?.message == message)
        }
        let error = MappingFixture.error { _ = try ColumnMap(parsing: "payments.waybill=单号", table: MappingFixture.table) }
        #expect(error?.hint?.hasPrefix("fields of payments: payment_id, payment_date") == true)
    }

    /// A user's synonyms.yaml saved by Notepad on Chinese Windows is GBK ("ANSI"), or UTF-16 ("Unicode").
    @Test func aSynonymsFileSavedAsGBKOrUTF16IsRead() throws {
        let yaml = "kinds:\n  courier_bill:\n    fields:\n      waybill: [快件编号]\n"
        let gbk = try #require(yaml.data(using: String.Encoding(rawValue: 0x8000_0632)))
        #expect(String(data: gbk, encoding: .utf8) == nil)
        for data in [gbk, try #require(yaml.data(using: .utf16))] {
            let folder = try ImporterTests.folder([:])
            defer { try? FileManager.default.removeItem(atPath: folder) }
            try data.write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent("synonyms.yaml")))
            let table = try SynonymTable.load(templateFolders: [folder])
            #expect(table.kinds[.courierBill]?.spec(of: .waybill)?.synonyms.first == "快件编号")
        }
    }
}
