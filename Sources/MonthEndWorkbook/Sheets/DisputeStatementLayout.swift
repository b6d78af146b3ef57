/// The dispute statement (快递对账异议单, issue 16): per courier account with disputed lines, a
/// small workbook to send the courier before the 15th: the account and period, each disputed
/// waybill with its date, billed and contract weight, amount, what we accept, the difference and
/// the reason, the total, and our company and contact. Named so it can be attached as is.
public struct DisputeStatementLayout: Sendable {
    public struct Statement: Sendable, Hashable {
        /// `快递对账异议单-顺丰-0201234567-2026-10.xlsx`: no folder, no character a file system refuses.
        public var fileName: String
        public var courier: String
        public var account: String
        public var lines: Int
        public var disputedTotal: Money
        /// Placed, ready for `WorkbookExporter.write`.
        public var model: WorkbookModel
    }

    public var labels: WorkbookLabels

    public init(labels: WorkbookLabels) { self.labels = labels }

    /// One statement per (courier, account) with a positive disputed amount, sorted by courier, then account.
    public func statements(for report: MonthReport) -> [Statement] {
        guard let courier = report.courier else { return [] }
        var groups: [String: [CourierLineResult]] = [:]
        var order: [(courier: String, account: String)] = []
        for line in courier.lines where line.disputed.isPositive {
            let key = line.courier + "\u{1F}" + line.account
            if groups[key] == nil { order.append((line.courier, line.account)) }
            groups[key, default: []].append(line)
        }
        // Lines of this run that repeat an earlier dispute, with the period it was first raised.
        var raisedIn: [SourceLocation: Period] = [:]
        for result in report.carried?.items ?? [] where result.outcome == .repeatClaim {
            if let at = result.matchedAt { raisedIn[at] = result.item.period }
        }
        return order.sorted { ($0.courier, $0.account) < ($1.courier, $1.account) }.map { group in
            let lines = groups[group.courier + "\u{1F}" + group.account] ?? []
            return Statement(
                fileName: fileName(courier: group.courier, account: group.account, period: report.period),
                courier: group.courier, account: group.account, lines: lines.count,
                disputedTotal: lines.map(\.disputed).sum(),
                model: model(
                    lines, courier: group.courier, account: group.account, report: report, raisedIn: raisedIn))
        }
    }

    func fileName(courier: String, account: String, period: Period) -> String {
        let name = labels.filled(
            "dispute.file",
            [
                "courier": courier.isEmpty ? "-" : courier, "account": account.isEmpty ? "-" : account,
                "period": period.description,
            ])
        let refused = Set("/\\:*?\"<>|")
        return String(name.map { refused.contains($0) || $0.isNewline || $0 == "\t" ? "_" : $0 }) + ".xlsx"
    }

    private func model(
        _ lines: [CourierLineResult], courier: String, account: String, report: MonthReport,
        raisedIn: [SourceLocation: Period]
    ) -> WorkbookModel {
        let phrases = labels.reasonPhrases
        let columns: [ColumnModel] = [
            ("waybill", ColumnKind.text), ("date", .date), ("fee_type", .text), ("billed_weight", .quantity),
            ("contract_weight", .quantity), ("amount", .money), ("accepted", .money), ("difference", .money),
            ("reason", .text), ("repeat", .text),
        ].map { ColumnModel(labels["header.dispute." + $0.0], $0.1) }
        let period = report.period.description
        var sheet = SheetModel(
            id: .courier, name: labels["dispute.sheet"],
            title: "\(labels["dispute.title"]) \(courier) \(account) \(period)", columns: columns,
            totals: (0..<columns.count).map {
                $0 == 0 ? .label(labels["total"]) : ([5, 6, 7].contains($0) ? .sum : .none)
            })
        sheet.autofilter = false
        for line in lines {
            sheet.rows.append([
                .text(line.waybill), .date(line.shipDate), Cell.text(line.feeType), Cell.quantity(line.billedWeightKg),
                Cell.quantity(line.slipChargeableWeightKg), .money(line.amount), .money(line.toPay),
                .money(line.disputed), Cell.text(line.reasonText(phrases, fileNames: fileNames(report))),
                raisedIn[line.source].map { .text(labels.filled("dispute.repeat", ["period": $0.description])) }
                    ?? .empty,
            ])
        }
        sheet.trailer = [
            TrailerRow([.text(labels["dispute.courier"]), Cell.text(courier)]),
            TrailerRow([.text(labels["dispute.account"]), Cell.text(account)]),
            TrailerRow([.text(labels["dispute.period"]), .text(period)]),
            TrailerRow([.text(labels["dispute.company"]), Cell.text(report.company.name)], boxedColumns: 1...1),
            TrailerRow([.text(labels["dispute.contact"]), Cell.text(report.company.preparedBy)], boxedColumns: 1...1),
        ]
        let model = WorkbookModel(
            sheets: [sheet],
            properties: .init(
                title: "\(labels["dispute.title"]) \(period)", subject: labels["dispute.title"],
                company: report.company.name, author: report.company.preparedBy),
            reviewChoices: [labels["review.agreed"], labels["review.query"], labels["review.adjust"]],
            footerLeft: labels["footer.period"].replacingPlaceholder("{period}", with: period),
            footerPageFormat: labels["footer.page"])
        return WorkbookPlacement(rowLimit: 1_048_576, cutReason: labels["cut_reason"]).place(model)
    }

    private func fileNames(_ report: MonthReport) -> [String] { report.inputs.map(\.path) }
}
