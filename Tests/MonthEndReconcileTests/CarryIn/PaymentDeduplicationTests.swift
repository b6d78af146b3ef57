import MonthEndCore
import Testing

@testable import MonthEndReconcile

/// The stated key: the bank reference; else date, amount, payer and occurrence within the file.
@Suite("Carry-in: payment de-duplication")
struct PaymentDeduplicationTests {
    static func payment(_ file: Int, _ line: Int, _ reference: String?, _ day: String, _ fen: Int64, _ payer: String)
        -> Payment
    {
        Payment(
            source: SourceLocation(fileIndex: file, line: line), paymentId: reference,
            paymentDate: LocalDate(iso: day)!, amount: Money(fen: fen), payer: payer)
    }

    @Test func keysAreTheReferenceElseDateAmountPayerAndOccurrenceInTheFile() {
        let keys = PaymentDeduplication.keys([
            Self.payment(0, 4, " B0005 ", "2026-10-28", 400_000, "东海照明"),
            Self.payment(0, 5, nil, "2026-10-31", 80_000, "李四"),
            Self.payment(0, 6, "", "2026-10-31", 80_000, "李四"),
            Self.payment(1, 4, nil, "2026-10-31", 80_000, "李四"),
        ])
        #expect(
            keys == [
                "ref:b0005", "day:2026-10-31|800.00|李四|#1", "day:2026-10-31|800.00|李四|#2",
                "day:2026-10-31|800.00|李四|#1",
            ])
    }

    @Test func twoEqualReceiptsInOneFileStayTwoAndTheSameExportedTwiceCountsOnce() {
        // October's statement exported twice (files 0 and 1), and one receipt an earlier period took.
        let statement = [
            Self.payment(0, 4, nil, "2026-10-31", 80_000, "李四"), Self.payment(0, 5, nil, "2026-10-31", 80_000, "李四"),
            Self.payment(0, 6, "B0009", "2026-10-30", 5_000, "王五"),
        ]
        let again = statement.map { payment in
            var copy = payment
            copy.source.fileIndex = 1
            return copy
        }
        let (kept, dropped) = PaymentDeduplication.apply(again + statement, seen: ["ref:b0009": Period("2026-09")!])
        #expect(kept.map(\.source) == [SourceLocation(fileIndex: 0, line: 4), SourceLocation(fileIndex: 0, line: 5)])
        #expect(
            dropped.map(\.payment.source) == [
                SourceLocation(fileIndex: 0, line: 6), SourceLocation(fileIndex: 1, line: 4),
                SourceLocation(fileIndex: 1, line: 5), SourceLocation(fileIndex: 1, line: 6),
            ])
        #expect(dropped[0].earlierPeriod == Period("2026-09"))
        #expect(dropped[1].firstAt == SourceLocation(fileIndex: 0, line: 4))
        #expect(dropped[2].firstAt == SourceLocation(fileIndex: 0, line: 5))
        #expect(dropped.map(\.payment.amount).sum() == Money(fen: 170_000))
    }
}
