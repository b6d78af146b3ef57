import Foundation
import MonthEndWorkbook

/// A small hand-made month: every area with a few rows, reconciled by the real reconcilers, so the
/// workbook is checked against the same reports the JSON summary is rendered from.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func labels(_ language: String) throws -> WorkbookLabels {
        let path = root.appendingPathComponent("templates/labels.\(language).yaml").path
        return try WorkbookLabels.parse(String(contentsOfFile: path, encoding: .utf8), path: path)
    }

    static let period = Period(year: 2026, month: 10)
    static let asOf = LocalDate(year: 2026, month: 10, day: 31)!
    static let injection = "=HYPERLINK(\"http://evil.example\",\"click\")"

    static func date(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: 2026, month: month, day: day)! }
    static func at(_ file: Int, _ line: Int) -> SourceLocation { SourceLocation(fileIndex: file, line: line) }
    static func kg(_ micros: Int64) -> Quantity { Quantity(micros: micros) }

    /// The month; with `undercharge`, two more freight lines on slips we pay for, both `fee_mismatch`:
    /// SF004 billed 1.00 under the rate card (shown on its line, not disputed) and SF005 2.00 over it.
    static func report(undercharge: Bool = false) -> MonthReport {
        var slips = [
            CourierSlip(
                source: at(1, 2), waybill: "SF001", shipDate: date(10, 3), weightKg: kg(1_200_000), destination: "广东省",
                account: "A1", courier: "顺丰", paymentMode: "寄付", chargeCustomer: true),
            CourierSlip(
                source: at(1, 3), waybill: "SF002", shipDate: date(10, 4), weightKg: kg(1_000_000), destination: "广东",
                account: "A1", courier: "顺丰", paymentMode: "到付"),
            CourierSlip(
                source: at(1, 4), waybill: "SF003", shipDate: date(10, 5), weightKg: kg(2_000_000), destination: "广东",
                account: "A1", courier: "顺丰", paymentMode: "寄付"),
        ]
        var bill = [
            CourierBillLine(
                source: at(0, 2), waybill: "SF001", shipDate: date(10, 3), amount: Money(fen: 1200),
                weightKg: kg(2_000_000),
                destination: "广东", account: "A1", courier: "顺丰"),
            CourierBillLine(
                source: at(0, 3), waybill: "SF001", shipDate: date(10, 3), amount: Money(fen: 1200),
                weightKg: kg(2_000_000),
                destination: "广东", account: "A1", courier: "顺丰"),
            CourierBillLine(
                source: at(0, 4), waybill: "SF002", shipDate: date(10, 4), amount: Money(fen: 800),
                weightKg: kg(1_000_000),
                destination: "广东", account: "A1", courier: "顺丰"),
            CourierBillLine(
                source: at(0, 5), waybill: "SF009", shipDate: date(10, 6), amount: Money(fen: 1050),
                weightKg: kg(1_000_000),
                destination: injection, account: "A2", courier: "顺丰"),
        ]
        if undercharge {
            for (line, waybill, fen) in [(5, "SF004", Int64(900)), (6, "SF005", Int64(1200))] {
                slips.append(
                    CourierSlip(
                        source: at(1, line), waybill: waybill, shipDate: date(10, 7), weightKg: kg(1_000_000),
                        destination: "广东", account: "A1", courier: "顺丰", paymentMode: "寄付"))
                bill.append(
                    CourierBillLine(
                        source: at(0, line + 1), waybill: waybill, shipDate: date(10, 7), amount: Money(fen: fen),
                        weightKg: kg(1_000_000), destination: "广东", account: "A1", courier: "顺丰"))
            }
        }
        let rates = [
            RateCardRow(
                source: at(2, 2), courier: nil, destination: "广东", firstPrice: Quantity(10),
                additionalPrice: Quantity(2))
        ]
        let courier = CourierReconciler(aliases: CourierAliases()).reconcile(
            billLines: bill, slips: slips, rateCards: rates, period: period)

        let invoices = [
            Invoice(
                source: at(3, 2), invoiceNo: "INV1", invoiceDate: date(9, 1), customerCode: "C1", customerName: "甲公司",
                amount: Money(fen: 100_000), terms: .days(30), salesperson: "王"),
            Invoice(
                source: at(3, 3), invoiceNo: "INV2", invoiceDate: date(10, 10), customerCode: "C2", customerName: "乙公司",
                amount: Money(fen: 50_000), terms: .days(30), salesperson: "李"),
        ]
        let payments = [
            Payment(
                source: at(4, 2), paymentId: "P1", paymentDate: date(10, 15), amount: Money(fen: 40_000),
                customerCode: "C1"),
            Payment(
                source: at(4, 3), paymentId: "P2", paymentDate: date(10, 16), amount: Money(fen: 5_000), payer: "无名氏"),
        ]
        let receivables = ReceivablesReconciler().reconcile(
            invoices: invoices, payments: payments, customers: [], period: period, asOf: asOf)

        let stock = StockReport(
            rows: [
                StockCountRow(
                    source: at(5, 2), itemCode: "W1", itemName: "电线", unit: "卷", bookQty: Quantity(10),
                    countedQty: Quantity(9),
                    unitCost: Quantity(micros: 5_500_000)),
                StockCountRow(source: at(5, 3), itemCode: "T1", itemName: "胶带", unit: "米", bookQty: Quantity(100)),
                StockCountRow(
                    source: at(5, 4), itemCode: "X1", itemName: "线轴", unit: "个", countedQty: Quantity(3),
                    unitCost: Quantity(2)),
            ], settings: StockSettings())

        let orders = OrdersReport(
            orders: [
                Order(
                    source: at(6, 2), orderNo: "O1", orderDate: date(10, 2), completedDate: date(10, 20),
                    fileHasCompletedDate: true),
                Order(source: at(6, 3), orderNo: "O2", orderDate: date(10, 5), fileHasCompletedDate: true),
            ], period: period)

        let inputs = [
            InputFileReport(
                path: "bill.csv", kind: .courierBill, encoding: .gb18030, delimiter: ",", headerLine: 2, sha256: "ab12",
                accepted: 4, skips: [RowSkip(line: 7, reason: .total)],
                rejections: [
                    RowRejection(
                        path: "bill.csv", line: 6, column: 3, rawText: injection,
                        reason: "amount \"x\" is not a number",
                        reasonZH: "金额“x”不是数字")
                ]),
            InputFileReport(
                path: "slips.csv", kind: .courierSlips, encoding: .utf8, delimiter: "\t", headerLine: 1, sha256: "cd34",
                accepted: 3),
        ]
        let phrases = (try? labels("zh"))?.reasonPhrases ?? ReasonPhrases([:])
        var exceptions = courier.exceptions(phrases, fileNames: inputs.map(\.path))
        exceptions += receivables.exceptions(phrases)
        exceptions += stock.exceptions(phrases)
        var company = CompanySettings()
        company.name = "示例 & 公司"
        company.preparedBy = "张三"
        company.reviewedBy = "李四"
        return MonthReport(
            period: period, asOf: asOf, company: company, inputs: inputs, courier: courier, receivables: receivables,
            stock: stock, orders: orders, exceptions: exceptions)
    }
}
