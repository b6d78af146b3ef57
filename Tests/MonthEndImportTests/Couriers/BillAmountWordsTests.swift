import Testing

@testable import MonthEndCSV
@testable import MonthEndImport

/// Courier bills name their billed amount many ways (总运费, 运费合计, 应付运费 ...): each is read
/// as a bill, and a header with a money column nobody knows stops instead of being read as our
/// own slip register (a bill read as slips would count money billed as parcels sent).
@Suite struct BillAmountWordsTests {
    @Test(arguments: ["总运费", "运费合计", "运费总额", "应付运费", "应付费用", "实付金额", "结算运费", "计费金额", "账单金额", "快递费"])
    func aBillsAmountWordMakesItABill(_ word: String) throws {
        let rows = [["运单编号", "揽收时间", "目的省份", "计费重量(kg)", word], ["JT0001", "2026-10-05", "广东省", "1.5", "12.00"]]
        let (report, inputs) = try MappingFixture.map(rows)
        #expect(report.kind == .courierBill)
        #expect(report.columnMapping.last?.field == "amount")
        #expect(inputs.billLines.map(\.amount.description) == ["12.00"])
    }

    @Test func aMoneyColumnNobodyKnowsStopsTheFile() throws {
        let rows = [["面单号", "寄件时间", "到达省份", "结算重量", "优惠后运费"], ["JT0001", "2026-10-05", "广东省", "1.5", "12.00"]]
        let error = MappingFixture.error { _ = try MappingFixture.map(rows) }
        #expect(error?.code == .ambiguousKind)
        #expect(error?.line == 1)
        #expect(
            error?.message
                == "this header reads as a courier slip register, but its column 优惠后运费 looks like money billed: it "
                + "may be a courier bill whose amount word MonthEnd does not know")
        #expect(error?.hint?.contains("--map courier_bill.amount=优惠后运费") == true)
        // Named, it is read as the user says.
        let (report, _) = try MappingFixture.map(rows, kind: .courierSlips)
        #expect(report.kind == .courierSlips)
        #expect(report.accepted == 1)
    }

    @Test func ourRegistersOwnColumnsAreNoMoney() throws {
        let rows = [
            ["寄件日期", "快递公司", "运单号", "客户名称", "用途", "重量(kg)", "目的省份", "付款方式", "是否向客户收费", "经办人"],
            ["2026/10/9", "中通", "704925899139", "无锡太湖传感科技有限公司", "文件", "3.80", "浙江省", "寄付月结", "N", "陈静"],
        ]
        // A register's declared value, collect amount or estimate is no bill.
        for extra in ["保价金额", "到付金额", "寄件费用", "预估运费"] {
            let (withExtra, _) = try MappingFixture.map([rows[0] + [extra], rows[1] + ["12.00"]])
            #expect(withExtra.kind == .courierSlips, "\(extra)")
        }
        let (report, _) = try MappingFixture.map(rows)
        #expect(report.kind == .courierSlips)
    }
}
