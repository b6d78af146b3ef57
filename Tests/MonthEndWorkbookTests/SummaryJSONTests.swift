import Foundation
import Testing

@testable import MonthEndWorkbook

@Suite struct SummaryJSONTests {
    @Test func emptyMonthHasEveryKeyInOrderWithZeros() {
        let report = MonthReport(
            period: Period(year: 2026, month: 10), asOf: LocalDate(year: 2026, month: 10, day: 31)!)
        let expected = """
            {
              "period": "2026-10",
              "as_of": "2026-10-31",
              "inputs": [],
              "courier": {
                "bill_lines": 0,
                "billed_total": "0.00",
                "slips": 0,
                "status_counts": {
                  "matched": 0,
                  "duplicate": 0,
                  "not_shipped": 0,
                  "collect_billed": 0,
                  "weight_mismatch": 0,
                  "fee_mismatch": 0
                },
                "not_billed": 0,
                "disputed_total": "0.00",
                "rebill_total": "0.00"
              },
              "receivables": {
                "invoices": 0,
                "invoiced_in_period": "0.00",
                "payments": 0,
                "received_in_period": "0.00",
                "applied_total": "0.00",
                "unapplied_total": "0.00",
                "unidentified_payments": 0,
                "outstanding_total": "0.00",
                "overdue_total": "0.00",
                "aging": {
                  "current": "0.00",
                  "1-30": "0.00",
                  "31-60": "0.00",
                  "61-90": "0.00",
                  "90+": "0.00"
                },
                "dunning_reminders": 0
              },
              "stock": {
                "items": 0,
                "variance_items": 0,
                "not_counted": 0,
                "not_on_book": 0,
                "shortage_value": "0.00",
                "surplus_value": "0.00",
                "net_variance_value": "0.00"
              },
              "orders": {
                "placed": 0,
                "completed": 0,
                "remaining": 0
              }
            }

            """
        #expect(SummaryJSON.render(report) == expected)
    }

    @Test func fixtureMonthFigures() throws {
        let text = SummaryJSON.render(Fixtures.report())
        let json = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let courier = try #require(json["courier"] as? [String: Any])
        #expect(courier["bill_lines"] as? Int == 4)
        #expect(courier["billed_total"] as? String == "42.50")
        #expect(courier["not_billed"] as? Int == 1)
        #expect(courier["disputed_total"] as? String == "30.50")
        let counts = try #require(courier["status_counts"] as? [String: Int])
        #expect(
            counts == [
                "matched": 1, "duplicate": 1, "not_shipped": 1, "collect_billed": 1, "weight_mismatch": 0,
                "fee_mismatch": 0,
            ])
        let receivables = try #require(json["receivables"] as? [String: Any])
        #expect(receivables["outstanding_total"] as? String == "1100.00")
        #expect(receivables["overdue_total"] as? String == "600.00")
        #expect(receivables["unidentified_payments"] as? Int == 1)
        let stock = try #require(json["stock"] as? [String: Any])
        #expect(stock["shortage_value"] as? String == "5.50")
        #expect(stock["surplus_value"] as? String == "6.00")
        #expect(stock["net_variance_value"] as? String == "0.50")
        let inputs = try #require(json["inputs"] as? [[String: Any]])
        #expect(inputs.count == 2)
        #expect(inputs[0]["rows"] as? Int == 6)
        #expect(inputs[1]["delimiter"] as? String == "\t")
        #expect(text.contains("\"delimiter\": \"\\t\""))
        // Keys of an input in the documented order.
        let keys = [
            "path", "kind", "encoding", "delimiter", "header_line", "sha256", "rows", "accepted", "skipped", "rejected",
        ]
        let positions = keys.map { text.range(of: "\"\($0)\"")!.lowerBound }
        #expect(positions == positions.sorted())
        #expect(SummaryJSON.render(Fixtures.report()) == text)
    }

    @Test func stringsAreEscaped() {
        #expect(JSONWriter.quoted("a\"b\\c\n\u{01}中") == "\"a\\\"b\\\\c\\n\\u0001中\"")
    }
}
