import Foundation
import Testing

@testable import MonthEndImport

/// The bank statements of Fixtures/real-exports/banks (13 banks in their real layouts), each read
/// alone as a run reads it with the corpus's company (monthend.yaml): every row's fate by line and
/// the money received, as EXPECTED.yaml states them.
@Suite struct BankStatementTests {
    static let banks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/real-exports/banks")
    static let company = "深圳市华锐线缆科技有限公司"

    static func importer(ownNames: [String] = [company]) throws -> Importer {
        var importer = try Importer()
        importer.context = ImportContext(ownNames: ownNames)
        return importer
    }

    static func path(_ name: String) -> String { banks.appendingPathComponent(name).path }

    struct Statement: Sendable, CustomTestStringConvertible {
        var file: String
        var headerLine: Int
        var accepted: Int
        var received: String
        /// "line: reason" of every skipped row.
        var skips: [String]
        var rejectedLines: [Int]
        var testDescription: String { file }
    }

    static let statements: [Statement] = [
        Statement(
            file: "工商银行_明细查询文件下载_202610.csv", headerLine: 7, accepted: 7, received: "169160.95",
            skips: [
                "9: zero amount", "11: internal transfer", "12: outgoing", "17: outgoing", "19: outgoing",
                "20: outgoing",
                "21: blank", "22: total",
            ], rejectedLines: []),
        Statement(
            file: "工商银行_企业网银_历史明细_202610.csv", headerLine: 2, accepted: 5, received: "104470.87",
            skips: ["4: outgoing", "6: outgoing", "7: internal transfer", "9: zero amount", "10: outgoing"],
            rejectedLines: []),
        Statement(
            file: "工商银行_对公明细_借贷标志_202610.csv", headerLine: 4, accepted: 6, received: "167760.14",
            skips: [
                "5: outgoing", "6: outgoing", "8: outgoing", "10: zero amount", "13: outgoing", "14: internal transfer",
                "17: total",
            ], rejectedLines: []),
        Statement(
            file: "建设银行_账户明细_202610.csv", headerLine: 6, accepted: 6, received: "151054.57",
            skips: [
                "7: outgoing", "8: outgoing", "10: internal transfer", "12: zero amount", "17: outgoing", "18: footer",
            ],
            rejectedLines: []),
        Statement(
            file: "招商银行_企业网银_交易明细_202610.csv", headerLine: 6, accepted: 7, received: "167515.33",
            skips: [
                "8: internal transfer", "10: outgoing", "14: zero amount", "15: outgoing", "16: outgoing",
                "17: outgoing",
            ],
            rejectedLines: []),
        Statement(
            file: "招商银行_交易明细_对手信息_202610.csv", headerLine: 5, accepted: 6, received: "113546.55",
            skips: [
                "7: internal transfer", "9: outgoing", "13: zero amount", "14: outgoing", "15: outgoing",
                "17: outgoing",
            ],
            rejectedLines: []),
        Statement(
            file: "农业银行_账户明细_202610.csv", headerLine: 3, accepted: 5, received: "114684.70",
            skips: [
                "5: outgoing", "7: outgoing", "8: zero amount", "12: outgoing", "13: internal transfer", "15: total",
            ],
            rejectedLines: [14]),
        Statement(
            file: "交通银行_账户明细_202610.csv", headerLine: 4, accepted: 6, received: "144778.54",
            skips: [
                "5: outgoing", "7: zero amount", "8: internal transfer", "9: outgoing", "10: outgoing", "15: outgoing",
            ],
            rejectedLines: []),
        Statement(
            file: "邮储银行_账户交易明细_202610.csv", headerLine: 6, accepted: 6, received: "93123.09",
            skips: ["7: outgoing", "14: outgoing", "15: internal transfer", "16: outgoing", "17: zero amount"],
            rejectedLines: []),
        Statement(
            file: "民生银行_交易明细_202610.csv", headerLine: 4, accepted: 5, received: "125163.29",
            skips: ["7: outgoing", "10: internal transfer", "12: zero amount", "13: outgoing", "14: outgoing"],
            rejectedLines: []),
        Statement(
            file: "平安银行_交易明细_202610.csv", headerLine: 1, accepted: 6, received: "109517.25",
            skips: ["2: outgoing", "6: internal transfer", "7: outgoing", "9: zero amount", "12: outgoing"],
            rejectedLines: []),
        Statement(
            file: "浦发银行_账户明细_202610.csv", headerLine: 2, accepted: 5, received: "131936.00",
            skips: ["3: outgoing", "5: outgoing", "7: outgoing", "9: internal transfer", "10: zero amount"],
            rejectedLines: []),
        Statement(
            file: "中信银行_账户明细_202610.txt", headerLine: 4, accepted: 6, received: "151542.73",
            skips: [
                "6: internal transfer", "8: zero amount", "10: outgoing", "12: outgoing", "13: outgoing",
                "14: outgoing",
                "17: total",
            ], rejectedLines: []),
        Statement(
            file: "兴业银行_交易明细_202610.csv", headerLine: 4, accepted: 5, received: "85072.45",
            skips: [
                "5: outgoing", "6: zero amount", "10: outgoing", "12: outgoing", "13: internal transfer", "15: footer",
            ],
            rejectedLines: []),
        Statement(
            file: "华夏银行_账户明细_202610.csv", headerLine: 5, accepted: 6, received: "135737.53",
            skips: [
                "6: internal transfer", "7: outgoing", "11: outgoing", "12: outgoing", "13: zero amount", "17: blank",
                "18: footer",
            ], rejectedLines: []),
    ]

    @Test(arguments: statements)
    func everyRowOfAStatementHasItsFate(_ statement: Statement) throws {
        let result = try Self.importer().run(paths: [Self.path(statement.file)])
        let report = try #require(result.inputs.files.first)
        #expect(report.kind == .payments)
        #expect(report.headerLine == statement.headerLine)
        #expect(report.accepted == statement.accepted)
        #expect(MappingFixture.skips(report) == statement.skips)
        #expect(report.rejections.map(\.line) == statement.rejectedLines)
        #expect(result.inputs.payments.reduce(Money.zero) { $0 + $1.amount }.description == statement.received)
        // Only money in is received: no payer of an accepted row is a tax office, a supplier or us.
        for payment in result.inputs.payments {
            let payer = payment.payer ?? ""
            #expect(!["税务", "顺丰", "中通", "供电", "社会保险", "铜材", Self.company].contains { payer.contains($0) })
        }
    }

    @Test func theImpossibleDateOfTheAgriculturalBankIsRejectedByName() throws {
        let result = try Self.importer().run(paths: [Self.path("农业银行_账户明细_202610.csv")])
        #expect(
            result.inputs.files.first.map(MappingFixture.rejections) == [
                "14:1: payment_date \"2026-09-31 10:00:00\" is a date that does not exist"
            ])
    }

    @Test func aGluedCounterpartyIsReadAsItsName() throws {
        let result = try Self.importer().run(paths: [Self.path("招商银行_交易明细_对手信息_202610.csv")])
        #expect(result.inputs.payments.first?.payer == "郑州中原弱电工程有限公司")
        #expect(result.inputs.payments.compactMap(\.payer).allSatisfy { !$0.contains(" ") })
    }

    @Test func withoutTheCompanyTheTransferFromOurOwnAccountIsAReceipt() throws {
        let result = try Self.importer(ownNames: []).run(paths: [Self.path("交通银行_账户明细_202610.csv")])
        #expect(result.inputs.files.first?.accepted == 7)
        #expect(result.inputs.payments.reduce(Money.zero) { $0 + $1.amount }.description == "179687.83")
    }

    @Test func theRuralBanksDirectionColumnUnderAnUnknownHeaderStopsTheFile() throws {
        let error = MappingFixture.error { _ = try Self.importer().run(paths: [Self.path("农村商业银行_对账单_202610.csv")]) }
        #expect(error?.code == .directionNotUnderstood)
        #expect(error?.line == 3)
        #expect(error?.column == 4)
        #expect(error?.message.hasPrefix("column '标志' holds direction words (借, 贷)") == true)
        #expect(error?.hint?.contains("--map payments.direction=标志") == true)
    }

    @Test func theBankOfChinasTransactionTypeStopsTheFileToo() throws {
        let error = MappingFixture.error {
            _ = try Self.importer().run(paths: [Self.path("中国银行_企业网银_交易明细_202610.csv")])
        }
        #expect(error?.code == .directionNotUnderstood)
        #expect(error?.line == 1)
        #expect(error?.column == 1)
        #expect(error?.message.hasPrefix("column '交易类型[ Transaction Type ]' holds direction words (往账, 来账)") == true)
        #expect(error?.hint?.contains("--map payments.direction=交易类型,") == true)
    }

    @Test func mappedAsTheErrorSaysTheRefusedStatementsAreRead() throws {
        var rural = try Importer(columnMaps: ["payments.direction=标志"])
        rural.context = ImportContext(ownNames: [Self.company])
        let ruralResult = try rural.run(paths: [Self.path("农村商业银行_对账单_202610.csv")])
        #expect(ruralResult.inputs.payments.reduce(Money.zero) { $0 + $1.amount }.description == "96479.88")
        #expect(
            ruralResult.inputs.files.first.map(MappingFixture.skips) == [
                "4: outgoing", "5: zero amount", "8: outgoing", "9: outgoing",
            ])
        var china = try Importer(columnMaps: ["payments.direction=交易类型"])
        china.context = ImportContext(ownNames: [Self.company])
        let chinaResult = try china.run(paths: [Self.path("中国银行_企业网银_交易明细_202610.csv")])
        #expect(chinaResult.inputs.payments.map(\.payer).contains(Self.company) == false)
        #expect(
            chinaResult.inputs.files.first.map(MappingFixture.skips) == [
                "2: outgoing", "5: outgoing", "8: internal transfer", "10: outgoing",
            ])
        #expect(chinaResult.inputs.payments.reduce(Money.zero) { $0 + $1.amount }.description == "135149.89")
    }

    @Test func inspectShowsTheDirectionRole() throws {
        let inspection = try Self.importer().inspect(path: Self.path("交通银行_账户明细_202610.csv"))
        let roles = inspection.report.columnMapping.compactMap { column in column.field.map { "\(column.header)=\($0)" }
        }
        #expect(
            roles == [
                "交易日期=payment_date", "借贷=direction", "交易金额=amount", "对方账号=payer_account", "对方户名=payer",
                "摘要=memo",
            ])
        #expect(
            inspection.skipCounts.map { "\($0.reason.rawValue) \($0.count)" } == [
                "outgoing 4", "internal transfer 1", "zero amount 1",
            ])
    }
}
