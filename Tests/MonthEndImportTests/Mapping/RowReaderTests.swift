import Testing

@testable import MonthEndCSV
@testable import MonthEndImport

/// `RowReader` on the courier bill's and slips' cells that sit on the edges of the value readers:
/// the exact records and problems, and the same again when the rows repeat (the cached columns
/// then answer from their memos).
@Suite struct RowReaderTests {
    static func map(_ rows: [[String]]) throws -> (report: InputFileReport, inputs: MonthInputs) {
        var mapper = FileMapper(table: MappingFixture.table, facts: .init(path: "t.csv"))
        for record in MappingFixture.records(rows) { try mapper.consume(record) }
        return try mapper.finish()
    }

    /// The rows twice over read as they read once: the second copy's records, skips and problems
    /// are the first's, `rows.count` lines further down.
    static func expectSameWhenRepeated(header: [String], _ rows: [[String]]) throws {
        let once = try map([header] + rows)
        let twice = try map([header] + rows + rows)
        let shift = rows.count
        func moved(_ line: Int) -> Int { line + shift }
        #expect(once.inputs.billLines.count * 2 == twice.inputs.billLines.count)
        #expect(once.inputs.slips.count * 2 == twice.inputs.slips.count)
        for (first, second) in zip(once.inputs.billLines, twice.inputs.billLines.dropFirst(once.inputs.billLines.count))
        {
            var expected = first
            expected.source = SourceLocation(fileIndex: 0, line: moved(first.source.line))
            #expect(second == expected)
        }
        for (first, second) in zip(once.inputs.slips, twice.inputs.slips.dropFirst(once.inputs.slips.count)) {
            var expected = first
            expected.source = SourceLocation(fileIndex: 0, line: moved(first.source.line))
            #expect(second == expected)
        }
        let reasons = once.report.rejections.map(\.reason)
        #expect(twice.report.rejections.map(\.reason) == reasons + reasons)
        #expect(
            twice.report.rejections.dropFirst(reasons.count).map(\.line)
                == once.report.rejections.map { moved($0.line) })
        #expect(twice.report.skips.count == 2 * once.report.skips.count)
    }

    static let billHeader = ["序号", "日期", "运单号码", "到件地区", "计费重量(公斤)", "服务", "折后运费", "应付金额", "月结卡号", "快递公司"]

    /// Bill rows on the edges: protections, padding, full-width digits, signs and brackets, units,
    /// Excel serials and 年月日 dates, damaged IDs, empty required cells, totals and footers.
    static let trickyBillRows: [[String]] = [
        ["1", "2026-10-01 00:00:00", "SF4668077598867", "湖北省", "31.4", "运费", "642.23", "578.01", "7551234567", "顺丰"],
        ["2", "2026/10/2", "=\"SF0012\"", "湖北省", "1,204.5", "运费", "(12.00)", "-5.00", "'0201234567", "顺丰"],
        ["3", "46300", "'SF0013", "\u{3000}湖北省\u{3000}", "12.5kg", "保价", "¥1,234.50", "￥1,234.50", "7551234567", ""],
        ["4", "2026年10月5日", "SF0014\t", "浙江省", "１２．５", "运费", "１２３４．５０", "1234.50元", "7.55123E+09", "顺丰"],
        ["5", "2026年10月5", "773012345678.0", "", "", "", "", "0", "", ""],
        ["6", "2026-10-05T14:23:01.250", "7.73012E+11", "湖北省", "1", "运费", "1", "2", "1", "顺丰"],
        ["7", "2026-02-30", "SF0016", "湖北省", "1", "运费", "1", "2", "1", "顺丰"],
        ["8", "2026年13月5日", "SF0017", "湖北省", "1", "运费", "1", "2", "1", "顺丰"],
        ["9", "2026-10-05", "", "湖北省", "1", "运费", "1", "2", "1", "顺丰"],
        ["10", "2026-10-05", "SF0019", "湖北省", "1", "运费", "1", "", "1", "顺丰"],
        ["11", "2026-10-05", "SF0020", "湖北省", "1.0000001", "运费", "1.001", "2", "1", "顺丰"],
        ["12", "2026-10-05", "SF0021", "湖北省", "abc", "运费", "1", "2.5.5", "1", "顺丰"],
        ["合计", "", "", "", "", "", "", "1,000.00", "", ""],
        ["13", "", "小计", "", "", "", "", "1", "", ""],
        ["#", "制表人", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", "", ""],
        billHeader,
        ["14", "2026.10.05", "ｓｆ００２２", "湖北省", "5", "运费", "+5", "--", "=\"0201234567\"", "顺丰"],
        ["15", "20261005", "SF0023", "湖北省", "5", "运费", "(¥5)", "−5", "0201234567", "\u{3000}"],
    ]

    @Test func billRowsReadTheSameFromTheMemos() throws {
        try Self.expectSameWhenRepeated(header: Self.billHeader, Self.trickyBillRows)
    }

    @Test func billRowsGiveTheExactRecords() throws {
        let rows = [Self.billHeader] + Array(Self.trickyBillRows.prefix(5))
        let (report, inputs) = try Self.map(rows)
        let day5 = LocalDate(year: 2026, month: 10, day: 5)!
        #expect(
            inputs.billLines == [
                CourierBillLine(
                    source: .at(2), waybill: "SF4668077598867", shipDate: LocalDate(year: 2026, month: 10, day: 1)!,
                    amount: Money(fen: 57_801), freight: Money(fen: 64_223), feeType: "运费",
                    weightKg: Quantity(micros: 31_400_000), destination: "湖北省", account: "7551234567", courier: "顺丰"),
                CourierBillLine(
                    source: .at(3), waybill: "SF0012", shipDate: LocalDate(year: 2026, month: 10, day: 2)!,
                    amount: Money(fen: -500), freight: Money(fen: -1_200), feeType: "运费",
                    weightKg: Quantity(micros: 1_204_500_000), destination: "湖北省", account: "0201234567", courier: "顺丰"),
                CourierBillLine(
                    source: .at(4), waybill: "SF0013", shipDate: day5, amount: Money(fen: 123_450),
                    freight: Money(fen: 123_450), feeType: "保价", weightKg: Quantity(micros: 12_500_000),
                    destination: "湖北省", account: "7551234567", courier: nil),
                CourierBillLine(
                    source: .at(6), waybill: "773012345678", shipDate: day5, amount: .zero, freight: nil, feeType: "",
                    weightKg: nil, destination: nil, account: nil, courier: nil),
            ])
        #expect(
            MappingFixture.rejections(report) == [
                "5:9: account \"7.55123E+09\" is in scientific notation: Excel turned the ID into a number and digits were "
                    + "lost; " + IdentifierText.reexportAdvice
            ])
    }

    static let slipHeader = [
        "寄件日期", "快递公司", "运单号", "月结账号", "客户名称", "收件单位", "订单号", "用途", "重量(kg)", "目的省份", "付款方式", "是否向客户收费", "经办人",
    ]

    static let trickySlipRows: [[String]] = [
        [
            "2026-10-24", "顺丰速运", "SF0001234567891", "0201234567", "佛山材料有限公司", "", "SO2610000000", "发货", "8.1", "安徽",
            "月结", "是", "陈静",
        ],
        [
            "2026年10月2日", "中通", "=\"700033456780\"", "ZT8800123", "", "C0012", "SO2610000001", "发货", "2.4", "广东省",
            "寄付月结", "否", "赵敏",
        ],
        ["2026/10/5", "中通", "'700043456771", "ZT8800123", "", "", "", "寄样", "", "江西省", "寄付", "Y", "孙浩"],
        ["46300", " 顺丰速运 ", "SF1", "", "\u{3000}中山楼宇有限公司\u{3000}", "C1", "SO1.0", "", "", "", "到付", "N", ""],
        ["2026-10-24", "顺丰速运", "SF2", "", "", "", "", "", "", "", "", "看情况", ""],
        ["2026-10-24", "顺丰速运", "SF3", "", "", "", "1E10", "", "", "", "", "", ""],
        ["2026-10-24 14:23", "顺丰速运", "SF4", "", "", "", "", "", "5kg", "", "", "√", ""],
        ["2026-10-24", "顺丰速运", "", "", "", "", "", "", "", "", "", "", ""],
        ["", "顺丰速运", "SF6", "", "", "", "", "", "", "", "", "", ""],
        ["合计", "", "", "", "", "", "", "", "", "", "", "", ""],
    ]

    @Test func slipRowsReadTheSameFromTheMemos() throws {
        try Self.expectSameWhenRepeated(header: Self.slipHeader, Self.trickySlipRows)
    }

    @Test func slipRowsGiveTheExactRecords() throws {
        let rows = [Self.slipHeader] + Array(Self.trickySlipRows.prefix(4))
        let (report, inputs) = try Self.map(rows)
        #expect(report.rejections.isEmpty)
        #expect(
            inputs.slips == [
                CourierSlip(
                    source: .at(2), waybill: "SF0001234567891", shipDate: LocalDate(year: 2026, month: 10, day: 24)!,
                    weightKg: Quantity(micros: 8_100_000), destination: "安徽", account: "0201234567", courier: "顺丰速运",
                    handler: "陈静", customer: "佛山材料有限公司", orderNo: "SO2610000000", purpose: "发货", paymentMode: "月结",
                    chargeCustomer: true),
                CourierSlip(
                    source: .at(3), waybill: "700033456780", shipDate: LocalDate(year: 2026, month: 10, day: 2)!,
                    weightKg: Quantity(micros: 2_400_000), destination: "广东省", account: "ZT8800123", courier: "中通",
                    handler: "赵敏", customer: "C0012", orderNo: "SO2610000001", purpose: "发货", paymentMode: "寄付月结",
                    chargeCustomer: false),
                CourierSlip(
                    source: .at(4), waybill: "700043456771", shipDate: LocalDate(year: 2026, month: 10, day: 5)!,
                    destination: "江西省", account: "ZT8800123", courier: "中通", handler: "孙浩", purpose: "寄样",
                    paymentMode: "寄付", chargeCustomer: true),
                CourierSlip(
                    source: .at(5), waybill: "SF1", shipDate: LocalDate(year: 2026, month: 10, day: 5)!,
                    courier: "顺丰速运", customer: "中山楼宇有限公司", orderNo: "SO1.0", paymentMode: "到付",
                    chargeCustomer: false),
            ])
    }

    /// A memo hands back what the reader gave for the same bytes, and stops looking when the
    /// column does not repeat.
    @Test func theMemoAnswersAsTheReaderDoes() throws {
        let text = { (cell: CellBytes.Bytes) throws(ValueError) -> String? in
            let value = CellBytes.unprotected(cell)
            return value.isEmpty ? nil : CellBytes.string(value)
        }
        let memo = CellMemo<String?>()
        var values: [String?] = []
        for cell in ["广东省", "", "\u{3000}", "广东省", "=\"x\"", "x", "广东省深圳市南山区科技园", "广东省深圳市南山区科技园"] {
            let copy = cell
            values.append(try Cell.with(copy) { try memo.value(0, $0, text) })
        }
        #expect(values == ["广东省", nil, nil, "广东省", "x", "x", "广东省深圳市南山区科技园", "广东省深圳市南山区科技园"])
        let unique = CellMemo<String?>()
        for index in 0..<(CellMemo<String?>.sampleSize + 10) {
            let cell = "SO\(index)"
            #expect(try Cell.with(cell) { try unique.value(0, $0, text) } == "SO\(index)")
        }
        #expect(!unique.isActive())
        #expect(memo.isActive())
        // The memos of one set keep apart: the same bytes read by two columns' readers.
        let pair = CellMemo<String?>(count: 2)
        for _ in 0..<3 {
            #expect(Cell.with("省") { pair.value(0, $0) { _ in "first" } } == "first")
            #expect(Cell.with("省") { pair.value(1, $0) { _ in "second" } } == "second")
        }
    }

    /// A memo knows a cell only by all of its bytes: for every length up to past its word compare
    /// (16 bytes), a cell that differs from a remembered one in any single byte is not a hit.
    @Test func memoHitsOnlyOnEveryByteTheSame() {
        for length in 1...20 {
            let memo = CellMemo<String?>()
            let known = String(repeating: "a", count: length)
            #expect(Cell.with(known) { memo.value(0, $0) { _ in "known" } } == "known")
            #expect(Cell.with(known) { memo.remembered(0, $0) } == .some("known"))
            for position in 0..<length {
                var bytes = Array(known.utf8)
                bytes[position] = UInt8(ascii: "b")
                let other = String(decoding: bytes, as: UTF8.self)
                #expect(Cell.with(other) { memo.remembered(0, $0) } == nil, "length \(length), byte \(position)")
                #expect(Cell.with(other) { memo.value(0, $0) { _ in "other" } } == "other")
            }
        }
    }
}
