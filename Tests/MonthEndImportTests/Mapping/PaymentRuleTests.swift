import Testing

@testable import MonthEndCSV
@testable import MonthEndImport

/// The payments rules of INPUTS.md on small statements in the shapes banks export: direction words
/// both ways, split amount pairs, payer, date and id words, internal transfers, zero rows, and the
/// direction column under a header MonthEnd does not know.
@Suite struct PaymentRuleTests {
    static let company = "深圳市华锐线缆科技有限公司"

    static func map(_ rows: [[String]], ownNames: [String] = [company], table: SynonymTable = MappingFixture.table)
        throws -> (report: InputFileReport, inputs: MonthInputs)
    {
        try FileMapper.map(
            MappingFixture.records(rows), table: table, facts: .init(path: "bank.csv"),
            context: ImportContext(ownNames: ownNames))
    }

    static func received(_ inputs: MonthInputs) -> String {
        inputs.payments.reduce(Money.zero) { $0 + $1.amount }.description
    }

    // MARK: Direction words

    @Test(arguments: [
        ("借贷标志", "贷", "借"), ("借贷", "贷 Cr", "借 Dr"), ("借贷标记", "C", "D"), ("收支", "收", "支"),
        ("交易方向", "收入", "支出"), ("借/贷", "贷方", "借方"), ("收支方向", "转入", "转出"), ("借贷方向", "CR", "DR"),
        ("收付标志", "来账", "往账"), ("借贷标识", "贷记", "借记"),
    ])
    func aDirectionColumnDecidesTheSign(header: String, incoming: String, outgoing: String) throws {
        let rows = [
            ["交易日期", header, "交易金额", "对方户名"],
            ["2026-10-08", incoming, "1,200.50", "甲公司"],
            ["2026-10-09", outgoing, "300.00", "国家税务总局深圳市南山区税务局"],
            ["2026-10-10", " \(incoming) ", "99.50", "乙公司"],
            ["2026-10-11", outgoing, "5,000.00", "顺丰速运有限公司"],
        ]
        let (report, inputs) = try Self.map(rows)
        #expect(report.columnMapping.map { $0.field ?? "-" } == ["payment_date", "direction", "amount", "payer"])
        #expect(inputs.payments.map { "\($0.payer ?? "") \($0.amount)" } == ["甲公司 1200.50", "乙公司 99.50"])
        #expect(MappingFixture.skips(report) == ["3: outgoing", "5: outgoing"])
        #expect(Self.received(inputs) == "1300.00")
    }

    @Test func aChineseAndALatinPartAreReadWhenTheyAgree() throws {
        let rows = [
            ["交易日期", "借贷", "交易金额", "对方户名"],
            ["2026-10-08", "贷(CR)", "10.00", "甲"],
            ["2026-10-08", "借方 Dr", "20.00", "乙"],
            ["2026-10-08", "借 Cr", "30.00", "丙"],
        ]
        let (report, inputs) = try Self.map(rows)
        #expect(inputs.payments.map(\.amount) == [Money(fen: 1000)])
        #expect(MappingFixture.skips(report) == ["3: outgoing"])
        #expect(report.rejections.map(\.line) == [4])
    }

    @Test func anUnknownDirectionWordRejectsItsRowAndSaysWhy() throws {
        let rows = [
            ["交易日期", "借贷标志", "发生额", "对方单位"],
            ["2026-10-08", "冲正", "100.00", "甲"],
            ["2026-10-08", "/", "200.00", "乙"],
            ["2026-10-08", "", "300.00", "丙"],
            ["2026-10-08", "贷", "400.00", "丁"],
        ]
        let (report, inputs) = try Self.map(rows)
        #expect(inputs.payments.map(\.amount) == [Money(fen: 40_000)])
        #expect(report.skips.isEmpty)
        let words = "(贷, 收, 收入, 贷 Cr, C …)"
        let outWords = "(借, 支, 支出, 借 Dr, D …)"
        #expect(
            MappingFixture.rejections(report) == [
                "2:2: direction \"冲正\" is neither money in \(words) nor money out \(outWords); "
                    + "add it to incoming_directions or outgoing_directions in synonyms.yaml",
                "3:2: direction \"/\" is neither money in \(words) nor money out \(outWords); "
                    + "add it to incoming_directions or outgoing_directions in synonyms.yaml",
                "4:2: direction is empty",
            ])
        #expect(
            report.rejections.first?.reasonZH
                == "借贷标志“冲正”不是已知的收入或支出方向词；请在 synonyms.yaml 的 incoming_directions 或 outgoing_directions 中加入")
    }

    @Test func aUsersWordsExtendTheListsAndAWordCannotGoBothWays() throws {
        var table = MappingFixture.table
        try table.merge(
            yaml: "incoming_directions: [到账]\noutgoing_directions: [冲正]\n", source: "mine.yaml", isBase: false)
        let rows = [
            ["交易日期", "借贷标志", "发生额", "对方单位"], ["2026-10-08", "到账", "100.00", "甲"], ["2026-10-08", "冲正", "200.00", "乙"],
        ]
        let (report, inputs) = try Self.map(rows, table: table)
        #expect(inputs.payments.map(\.amount) == [Money(fen: 10_000)])
        #expect(MappingFixture.skips(report) == ["3: outgoing"])

        var clash = MappingFixture.table
        let error = MappingFixture.error {
            try clash.merge(yaml: "incoming_directions: [借]\n", source: "mine.yaml", isBase: false)
        }
        #expect(error?.code == .badTemplate)
        #expect(error?.message == "'借' is both an incoming and an outgoing direction word")
    }

    @Test func noRowPaidOutIsEverReceivedWhateverTheLayout() throws {
        let layouts: [[[String]]] = [
            [["交易日期", "借贷", "交易金额", "对方户名"], ["2026-10-08", "借 Dr", "14,606.54", "顺丰速运有限公司"]],
            [["交易日期", "收入", "支出", "对方户名"], ["2026-10-08", "", "14606.54", "顺丰速运有限公司"]],
            [["记账日期", "交易金额", "对手信息"], ["2026-10-08", "-14,606.54", "顺丰速运有限公司 4256440576523083"]],
            [["交易时间", "借贷标记", "交易金额", "对方账户名"], ["20261008", "D", "14,606.54", "顺丰速运有限公司"]],
        ]
        for rows in layouts {
            let (report, inputs) = try Self.map(rows)
            #expect(inputs.payments.isEmpty)
            #expect(MappingFixture.skips(report) == ["2: outgoing"])
        }
    }

    // MARK: A direction column under an unknown header

    @Test func wordsOfDirectionUnderAnUnknownHeaderStopTheFile() {
        let rows = [
            ["日期", "摘要", "发生额", "标志", "余额", "对方户名"],
            ["2026/10/10", "运费", "17082.89", "借", "454523.27", "中通快递股份有限公司"],
            ["2026/10/12", "往来款", "26265.15", "贷", "480788.42", "无锡太湖传感科技有限公司"],
            ["2026/10/13", "利息税", "0.00", "", "480788.42", ""],
        ]
        let error = MappingFixture.error { _ = try Self.map(rows) }
        #expect(error?.code == .directionNotUnderstood)
        #expect(error?.path == "bank.csv")
        #expect(error?.line == 1)
        #expect(error?.column == 4)
        #expect(
            error?.message
                == "column '标志' holds direction words (借, 贷) but is not a known direction column, and '发生额' has no sign "
                + "on those rows: which rows are money received cannot be told")
        #expect(
            error?.hint
                == "if '标志' is the direction, map it for this run with --map payments.direction=标志, or add 标志 to "
                + "kinds.payments.fields.direction in synonyms.yaml of a template folder; MonthEnd never guesses a sign"
        )
        #expect(error?.sourceLine == "日期,摘要,发生额,标志,余额,对方户名")
    }

    @Test func aTransactionTypeOfIncomingAndOutgoingStopsTheFile() {
        let rows = [
            ["交易类型", "付款人名称", "交易日期", "交易金额", "用途"],
            ["往账", Self.company, "20261008", "8203.00", "付款"],
            ["来账", "苏州工业园区恒达线缆有限公司", "20261009", "32151.43", "付货款"],
        ]
        let error = MappingFixture.error { _ = try Self.map(rows) }
        #expect(error?.code == .directionNotUnderstood)
        #expect(error?.column == 1)
        #expect(error?.message.hasPrefix("column '交易类型' holds direction words (往账, 来账)") == true)
    }

    @Test func aColumnThatAgreesWithTheSignIsNoReasonToStop() throws {
        let receipts = [
            ["收款日期", "客户名称", "收款金额", "类别"],
            ["2026-10-08", "甲公司", "100.00", "收款"],
            ["2026-10-09", "乙公司", "200.00", "收款"],
        ]
        #expect(Self.received(try Self.map(receipts).inputs) == "300.00")
        let signed = [
            ["记账日期", "交易金额", "对方户名", "标志"],
            ["2026-10-08", "100.00", "甲公司", "贷"],
            ["2026-10-09", "-200.00", "乙公司", "借"],
        ]
        let (report, inputs) = try Self.map(signed)
        #expect(Self.received(inputs) == "100.00")
        #expect(MappingFixture.skips(report) == ["3: outgoing"])
    }

    @Test func aCodeColumnBesideSignedAmountsIsNoReasonToStop() throws {
        let rows = [
            ["记账日期", "交易金额", "对方户名", "账户类别"],
            ["2026-10-08", "100.00", "甲公司", "C"],
            ["2026-10-09", "-200.00", "乙公司", "C"],
        ]
        let (report, inputs) = try Self.map(rows)
        #expect(Self.received(inputs) == "100.00")
        #expect(MappingFixture.skips(report) == ["3: outgoing"])
    }

    @Test func aWalletBillWithItsSlashForNeitherWay() throws {
        let rows = [
            ["交易时间", "交易类型", "交易对方", "商品", "收/支", "金额(元)", "支付方式", "当前状态", "交易单号", "备注"],
            ["2026-10-08 10:00:00", "转账", "甲公司", "/", "收入", "¥1,000.00", "/", "已存入零钱", "1000001", "/"],
            ["2026-10-09 11:00:00", "商户消费", "顺丰速运", "运费", "支出", "¥20.00", "零钱", "支付成功", "1000002", "/"],
            ["2026-10-10 12:00:00", "零钱提现", "招商银行", "/", "/", "¥500.00", "/", "提现已到账", "1000003", "/"],
        ]
        let (report, inputs) = try Self.map(rows)
        #expect(
            inputs.payments.map { "\($0.paymentId ?? "") \($0.payer ?? "") \($0.amount)" } == ["1000001 甲公司 1000.00"])
        #expect(MappingFixture.skips(report) == ["3: outgoing"])
        #expect(report.rejections.map { "\($0.line):\($0.column) \($0.rawText)" } == ["4:5 /"])
    }

    @Test func aKnownDirectionOrSplitColumnsNeedNoWatch() throws {
        // 类型 holds 借/贷 beside a known 借贷标志 and beside split columns: nothing to stop for.
        let withDirection = [
            ["交易日期", "借贷标志", "类型", "发生额", "对方单位"], ["2026-10-08", "贷", "借", "100.00", "甲"],
        ]
        #expect(Self.received(try Self.map(withDirection).inputs) == "100.00")
        let split = [["交易日期", "类型", "收入", "支出", "对方户名"], ["2026-10-08", "借", "100.00", "", "甲"]]
        #expect(Self.received(try Self.map(split).inputs) == "100.00")
    }
}
