import Testing

@testable import MonthEndCSV
@testable import MonthEndImport

/// Bank statement layouts: the split amount pairs, the header words of the payer, the date and the
/// id (and the words that are never them), money from our own side, rows of 0.00 and summary lines.
@Suite struct PaymentLayoutTests {
    static let company = PaymentRuleTests.company

    static func map(_ rows: [[String]], ownNames: [String] = [company]) throws -> (
        report: InputFileReport, inputs: MonthInputs
    ) {
        try PaymentRuleTests.map(rows, ownNames: ownNames)
    }

    static func fields(_ headers: [String]) -> [String] { MappingFixture.fields(headers, .payments) }

    // MARK: Split amount pairs

    @Test func theBookedPairIsPreferredToTheTransactionPair() throws {
        let headers = ["交易日期", "交易金额(收入)", "交易金额(支出)", "记账金额(收入)", "记账金额(支出)", "对方户名"]
        #expect(Self.fields(headers) == ["payment_date", "-", "-", "credit_amount", "debit_amount", "payer"])
        let rows = [
            headers,
            ["2026-10-08\t", "-   \t", "-   \t", "29,436.95     \t", "    \t", "佛山南海照明有限公司   \t"],
            ["2026-10-14\t", "-   \t", "-   \t", "    \t", "15,418.86     \t", "中通快递股份有限公司   \t"],
        ]
        let (report, inputs) = try Self.map(rows)
        #expect(inputs.payments.map { "\($0.payer ?? "") \($0.amount)" } == ["佛山南海照明有限公司 29436.95"])
        #expect(MappingFixture.skips(report) == ["3: outgoing"])
        #expect(report.rejections.isEmpty)
    }

    @Test(arguments: [
        ("借方发生额（支取）", "贷方发生额（收入）"), ("借方发生额(支出)", "贷方发生额(收入)"), ("借方发生额/元(支取)", "贷方发生额/元(收入)"),
        ("转出金额", "转入金额"), ("支出金额", "收入金额"), ("取出金额", "存入金额"), ("支出", "收入"), ("借方金额", "贷方金额"),
        ("转出", "转入"), ("借方", "贷方"), ("付款金额", "收款金额"), ("支付金额", "收款金额"),
    ])
    func aSplitPairInEitherBracketWidth(debit: String, credit: String) throws {
        let rows = [
            ["交易时间", debit, credit, "对方户名"],
            ["20261010 20:13:27", "0.00", "14,859.69", "东莞松山湖电子有限公司"],
            ["20261009 11:04:12", "16109.62", "0.00", "国家税务总局深圳市南山区税务局"],
            ["20261011 09:00:00", "--", "+100.00", "甲公司"],
            ["20261012 09:00:00", "200.00", "-", "乙公司"],
        ]
        let (report, inputs) = try Self.map(rows)
        #expect(
            report.columnMapping.map { $0.field ?? "-" } == ["payment_date", "debit_amount", "credit_amount", "payer"])
        #expect(inputs.payments.map(\.amount) == [Money(fen: 1_485_969), Money(fen: 10_000)])
        #expect(MappingFixture.skips(report) == ["3: outgoing", "5: outgoing"])
    }

    @Test func bothSidesFilledCannotBeToldApart() throws {
        let rows = [["交易日期", "借方发生额", "贷方发生额", "对方户名"], ["2026-10-08", "5.00", "7.00", "甲"]]
        let (report, inputs) = try Self.map(rows)
        #expect(inputs.payments.isEmpty)
        #expect(
            MappingFixture.rejections(report) == [
                "2:3: credit_amount \"7.00\" and debit_amount \"5.00\" are both filled: the row's direction cannot be told"
            ])
        #expect(report.rejections.first?.reasonZH == "贷方发生额和借方发生额都有金额，无法判断收支方向")
    }

    // MARK: Header words

    @Test func payerWordsAndOurOwnSideWhichIsNeverThePayer() {
        for payer in ["对方户名", "对手信息", "对方账户名", "对方账号名称", "交易对手名称", "对方单位", "对方单位名称", "收(付)方名称"] {
            let headers = ["交易日期", "账户名称", "户名", "本方账户名称", "本方账号", payer, "交易金额"]
            #expect(Self.fields(headers) == ["payment_date", "-", "-", "-", "-", "payer", "amount"], "\(payer)")
        }
        // Our own side alone is no payer: not a payments header.
        #expect(
            KindDetection.detect(["交易日期", "账户名称", "交易金额"], table: MappingFixture.table, only: .payments) == .none)
    }

    @Test func dateAndIdWords() {
        #expect(
            Self.fields(["流水号", "交易日", "交易时间", "收(付)方名称", "借方金额", "贷方金额"]) == [
                "payment_id", "payment_date", "-", "payer", "debit_amount", "credit_amount",
            ])
        #expect(
            Self.fields(["序号", "记账日", "交易金额", "对方户名"]) == ["-", "payment_date", "amount", "payer"])
        #expect(
            Self.fields(["顺序号", "账户明细编号-交易流水号", "交易时间", "对方户名", "发生额", "借贷标志"]) == [
                "-", "payment_id", "payment_date", "payer", "amount", "direction",
            ])
        // A bilingual header is read by its Chinese part.
        #expect(
            Self.fields(["交易日期[ Transaction Date ]", "交易金额[ Trade Amount ]", "付款人名称[ Payer's Name ]"]) == [
                "payment_date", "amount", "payer",
            ])
    }

    @Test func aTimeOfDayIsNotTheDateWhenTheDayHasItsOwnColumn() throws {
        let rows = [
            ["流水号", "交易日", "交易时间", "收(付)方名称", "借方金额", "贷方金额"],
            ["G1", "20261010", "11:09:41", "佛山南海照明有限公司", "", "39,468.95"],
        ]
        let (_, inputs) = try Self.map(rows)
        #expect(inputs.payments.map(\.paymentDate) == [LocalDate(year: 2026, month: 10, day: 10)!])
    }

    // MARK: Internal transfers

    @Test func moneyFromOurOwnNameOrAccountIsAnInternalTransfer() throws {
        let own = [Self.company, "6222021234567890"]
        let rows = [
            ["交易日期", "借贷", "交易金额", "对方账号", "对方户名"],
            ["2026-10-08", "贷 Cr", "34,909.29", "4077529099324365926", Self.company],
            ["2026-10-08", "贷 Cr", "100.00", "6222021234567890", "华锐基本户"],
            ["2026-10-08", "贷 Cr", "200.00", "", " 深圳市华锐线缆科技有限公司 "],
            ["2026-10-08", "借 Dr", "300.00", "", Self.company],
            ["2026-10-08", "贷 Cr", "28,153.50", "3010293666726133934", "成都天府软件有限公司"],
        ]
        let (report, inputs) = try Self.map(rows, ownNames: own)
        #expect(inputs.payments.map { "\($0.payer ?? "") \($0.amount)" } == ["成都天府软件有限公司 28153.50"])
        #expect(
            MappingFixture.skips(report) == [
                "2: internal transfer", "3: internal transfer", "4: internal transfer", "5: outgoing",
            ])
        // Without our names configured, the same transfers are receipts.
        let (_, unconfigured) = try Self.map(rows, ownNames: [])
        #expect(PaymentRuleTests.received(unconfigured) == "63362.79")
    }

    @Test func aGluedCounterpartyIsComparedAndKeptByItsName() throws {
        let rows = [
            ["记账日期", "货币", "交易金额", "交易摘要", "对手信息"],
            ["2026-10-09", "人民币", "23,851.70", "汇入", "\(Self.company) 4259525714967024958"],
            ["2026-10-09", "人民币", "34,917.04", "汇入", "无锡太湖传感科技有限公司 9460872173161646"],
            ["2026-10-10", "人民币", "5.00", "汇入", "6222021234567890"],
            ["2026-10-10", "人民币", "7.00", "汇入", "张三 138"],
        ]
        let (report, inputs) = try Self.map(rows, ownNames: [Self.company, "6222021234567890"])
        #expect(inputs.payments.map { "\($0.payer ?? "") \($0.amount)" } == ["无锡太湖传感科技有限公司 34917.04", "张三 138 7.00"])
        #expect(MappingFixture.skips(report) == ["2: internal transfer", "4: internal transfer"])
        let (_, byAccount) = try Self.map(Array(rows.prefix(2)), ownNames: ["4259525714967024958"])
        #expect(byAccount.payments.isEmpty)
    }

    // MARK: Zero rows and summary lines

    @Test func aRowOfNoMoneyIsSkippedEvenWithoutAPayer() throws {
        let layouts: [[[String]]] = [
            [["交易时间", "借方发生额（支取）", "贷方发生额（收入）", "对方户名"], ["20261014 12:01:54", "0.00", "0.00", ""]],
            [["交易时间", "转入金额", "转出金额", "对方单位"], ["2026-10-12 04:51:50", "0.00", "", ""]],
            [["交易时间", "支出金额", "收入金额", "对方户名"], ["2026-10-16 05:20:03", "", "+0.00", ""]],
            [["交易日期", "借贷", "交易金额", "对方户名"], ["2026-10-09", "贷 Cr", "0.00", ""]],
            [["交易日期", "借贷", "交易金额", "对方户名"], ["2026-10-09", "", "0.00", ""]],
            [["记账日期", "交易金额", "对手信息"], ["2026-10-12", "0.00", ""]],
        ]
        for rows in layouts {
            let (report, inputs) = try Self.map(rows)
            #expect(inputs.payments.isEmpty)
            #expect(MappingFixture.skips(report) == ["2: zero amount"], "\(rows[0])")
            #expect(report.rejections.isEmpty)
        }
    }

    @Test func summaryLinesAndFootersAreNotPayments() throws {
        let rows = [
            ["序号", "交易日期", "支出金额", "收入金额", "对方户名"],
            ["1", "2026-10-11", "0.00", "23,788.81", "武汉光谷通信设备有限公司"],
            ["收入总金额", "23,788.81", "", "", ""],
            ["支出总金额", "0.00", "", "", ""],
            ["收入合计", "", "", "23,788.81", ""],
            ["人民币合计", "", "0.00", "23,788.81", ""],
            ["以上数据仅供参考，具体内容请以柜台为准", "", "", "", ""],
        ]
        let (report, inputs) = try Self.map(rows)
        #expect(PaymentRuleTests.received(inputs) == "23788.81")
        #expect(MappingFixture.skips(report) == ["3: total", "4: total", "5: total", "6: total", "7: footer"])
    }
}
