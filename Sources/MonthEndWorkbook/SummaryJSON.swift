/// The JSON summary of OUTPUTS.md, written by hand so the keys come in the documented order and
/// the bytes are the same on every run: amounts as two-decimal strings, counts as integers, every
/// key present (zeros for an area without input).
public enum SummaryJSON {
    public static func render(_ report: MonthReport) -> String {
        let json = JSONWriter()
        json.object {
            json.field("period", string: report.period.description)
            json.field("as_of", string: report.asOf.description)
            json.array("inputs") {
                for file in report.inputs {
                    json.element {
                        json.field("path", string: file.path)
                        json.field("kind", string: file.kind.rawValue)
                        json.field("encoding", string: file.encoding.rawValue)
                        json.field("delimiter", string: file.delimiter)
                        json.field("header_line", int: file.headerLine)
                        json.field("sha256", string: file.sha256)
                        json.field("rows", int: file.rows)
                        json.field("accepted", int: file.accepted)
                        json.field("skipped", int: file.skipped)
                        json.field("rejected", int: file.rejected)
                    }
                }
            }
            let courier = report.courier?.figures ?? CourierFigures()
            json.object("courier") {
                json.field("bill_lines", int: courier.billLines)
                json.field("billed_total", money: courier.billedTotal)
                json.field("slips", int: courier.slips)
                json.object("status_counts") {
                    for status in CourierStatus.allCases {
                        json.field(status.rawValue, int: courier.count(status))
                    }
                }
                json.field("not_billed", int: courier.notBilled)
                json.field("disputed_total", money: courier.disputedTotal)
                json.field("rebill_total", money: courier.rebillTotal)
            }
            let receivables = report.receivables?.figures ?? ReceivablesFigures()
            json.object("receivables") {
                json.field("invoices", int: receivables.invoices)
                json.field("invoiced_in_period", money: receivables.invoicedInPeriod)
                json.field("payments", int: receivables.payments)
                json.field("received_in_period", money: receivables.receivedInPeriod)
                json.field("applied_total", money: receivables.appliedTotal)
                json.field("unapplied_total", money: receivables.unappliedTotal)
                json.field("unidentified_payments", int: receivables.unidentifiedPayments)
                json.field("outstanding_total", money: receivables.outstandingTotal)
                json.field("overdue_total", money: receivables.overdueTotal)
                json.object("aging") {
                    for label in ["current", "1-30", "31-60", "61-90", "90+"] {
                        json.field(label, money: receivables.aging.amount(for: label) ?? .zero)
                    }
                }
                json.field("dunning_reminders", int: receivables.dunningReminders)
            }
            let stock = report.stock?.figures
            json.object("stock") {
                json.field("items", int: stock?.items ?? 0)
                json.field("variance_items", int: stock?.varianceItems ?? 0)
                json.field("not_counted", int: stock?.notCounted ?? 0)
                json.field("not_on_book", int: stock?.notOnBook ?? 0)
                json.field("shortage_value", money: stock?.shortageValue ?? .zero)
                json.field("surplus_value", money: stock?.surplusValue ?? .zero)
                json.field("net_variance_value", money: stock?.netVarianceValue ?? .zero)
            }
            json.object("orders") {
                json.field("placed", int: report.orders?.placedCount ?? 0)
                // null: the orders export says nothing of completion (no status, no completed date).
                json.field("completed", int: report.orders.map { $0.completedCount } ?? 0)
                json.field("remaining", int: report.orders.map { $0.remainingCount } ?? 0)
            }
            if let carried = report.carried { renderCarried(carried, into: json) }
        }
        return json.text + "\n"
    }
}
