/// The open items a run leaves for the next period (issue 16), read off its reports: not-billed
/// slips, disputed bill lines, open invoices, unapplied and unidentified payments, stock items not
/// counted. Each keeps what a later run needs to recognise it and the reason in the words of
/// `phrases` (the run's labels).
public enum OpenItemCollector {
    /// `paymentKeys`: each payment's de-duplication key by its source (`PaymentDeduplication.keys`).
    public static func openItems(
        period: Period, courier: CourierReport?, receivables: ReceivablesReport?, stock: StockReport?,
        paymentKeys: [SourceLocation: String], phrases: ReasonPhrases, fileNames: [String]
    ) -> [OpenItem] {
        var items: [OpenItem] = []
        if let courier {
            for unbilled in courier.notBilled {
                let slip = unbilled.slip
                items.append(
                    OpenItem(
                        kind: .notBilledSlip, period: period, key: slip.waybill, date: slip.shipDate,
                        courier: unbilled.courier, account: unbilled.account,
                        amount: unbilled.expectedFreight ?? .zero,
                        reason: unbilled.reasonText(phrases, fileNames: fileNames),
                        weightKg: slip.weightKg, destination: slip.destination, paymentMode: slip.paymentMode,
                        chargeCustomer: slip.chargeCustomer))
            }
            for line in courier.lines where line.disputed.isPositive {
                items.append(
                    OpenItem(
                        kind: .disputedLine, period: period, key: line.waybill, date: line.shipDate,
                        courier: line.courier, account: line.account, amount: line.disputed,
                        reason: line.reasonText(phrases, fileNames: fileNames), destination: line.destination,
                        feeType: line.feeType, billedWeightKg: line.billedWeightKg,
                        contractWeightKg: line.slipChargeableWeightKg))
            }
        }
        if let receivables {
            for invoice in receivables.invoices where invoice.openBalance.isPositive && !invoice.isCreditNote {
                items.append(
                    OpenItem(
                        kind: .openInvoice, period: period, key: invoice.invoiceNo, date: invoice.invoiceDate,
                        party: invoice.customerName, amount: invoice.openBalance,
                        reason: phrases(
                            "reason.open.invoice",
                            ["open": invoice.openBalance.description, "due": invoice.dueDate.description])))
            }
            for payment in receivables.payments where payment.isUnidentified || payment.unapplied.isPositive {
                let key = paymentKeys[payment.source] ?? "day:\(payment.date)|\(payment.amount)"
                let unidentified = payment.isUnidentified
                items.append(
                    OpenItem(
                        kind: unidentified ? .unidentifiedPayment : .unappliedPayment, period: period, key: key,
                        date: payment.date, party: payment.customerName ?? payment.payer,
                        amount: unidentified ? payment.amount : payment.unapplied,
                        reason: unidentified
                            ? phrases(
                                "reason.open.unidentified",
                                ["reference": payment.reference ?? phrases("reason.open.no_reference")])
                            : phrases("reason.open.overpayment", ["amount": payment.unapplied.description])))
            }
        }
        if let stock {
            for line in stock.lines where !line.isCounted {
                items.append(
                    OpenItem(
                        kind: .stockNotCounted, period: period,
                        key: CarryInReconciler.stockKey(line.itemCode, line.location),
                        party: line.itemName, amount: .zero,
                        reason: phrases("reason.open.not_counted", ["location": line.location])))
            }
        }
        return items
    }
}
