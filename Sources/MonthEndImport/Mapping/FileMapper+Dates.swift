import MonthEndCSV
import MonthEndCore

/// What a file's dates and title decide for the file as a whole: rows whose year-last date reads
/// both ways wait until a value that reads one way only decides the order of month and day (then
/// they are read in it; a file where no value decides is refused), the notes on dates without a
/// year, and a rate card's courier named only in its title.
extension FileMapper {
    /// Reads the held rows now that the order is known. Their records come after later rows', so
    /// `finish` puts every kind's records back in line order.
    mutating func releaseHeldRows() {
        let rows = heldRows
        heldRows = []
        for record in rows { RowView.with(record) { processData($0) } }
        Self.sortByLine(&inputs)
    }

    /// A file whose every year-last date reads both ways cannot be read: refused with the first.
    func refuseHeldRows() throws {
        guard let first = heldRows.first, let column = mapping?.column(.shipDate) ?? dateColumn() else { return }
        let text = column < first.fields.count ? CellText.trimmed(first.fields[column]) : ""
        throw MonthEndError(
            .ambiguousDates,
            "every date of this file with the year last reads both month-first and day-first (\(text) is "
                + "\(heldRows.count == 1 ? "the only one" : "one of \(heldRows.count)")): the order of month and day cannot be told, and is not guessed",
            path: facts.path, line: first.line, column: column + 1,
            hint: "export the dates year first (2026-10-01), or with a day above 12 in the file, then run again",
            sourceLine: recordText(first.fields))
    }

    /// A file whose date column holds a time of day only, in every row (招商银行's 交易时间 beside no
    /// 交易日): no row has a date, so the file stops rather than rejecting every row.
    func refuseTimeOnlyDates() throws {
        guard accepted == 0, let first = rejections.first, let mapping,
            let column = mapping.column(.shipDate) ?? dateColumn(), first.column == column + 1,
            rejections.allSatisfy({ $0.column == first.column && Self.isTimeOfDay($0.rawText) })
        else { return }
        let header = CellText.trimmed(mapping.headers[column])
        let field = mapping.columnMappings[column].field ?? "DATE"
        throw MonthEndError(
            .noDates,
            "the column \(header) holds a time of day only (\(CellText.trimmed(first.rawText))) in every row: "
                + "this file has no date column, and a date is not guessed",
            path: facts.path, line: first.line, column: column + 1,
            hint: "export the file with the transaction date (交易日, 交易日期), or name its date column with "
                + "--map \(mapping.kind.rawValue).\(field)=HEADER",
            sourceLine: first.recordText)
    }

    /// `14:23`, `14:23:01`, `9:05:00.123`: a time with no date.
    static func isTimeOfDay(_ text: String) -> Bool {
        CellText.trimmed(text).wholeMatch(of: /\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?/) != nil
    }

    /// The column of the kind's required date field.
    private func dateColumn() -> Int? {
        guard let mapping else { return nil }
        for field in [Field.invoiceDate, .paymentDate, .orderDate] {
            if let column = mapping.column(field) { return column }
        }
        return nil
    }

    /// What the file's dates showed: the years taken for dates without one, a period that was
    /// missing for them, the order of month and day.
    func dateNotes() -> [String] {
        guard let dates = reader?.dates else { return [] }
        var notes: [String] = []
        let taken = dates.yearsTaken.sorted { $0.key < $1.key }
        if let period = dates.period, !taken.isEmpty {
            let count = taken.reduce(0) { $0 + $1.value }
            let years =
                taken.count == 1
                ? "the year \(taken[0].key) was taken"
                : "the years " + taken.map { "\($0.key) (\($0.value))" }.joined(separator: " and ") + " were taken"
            notes.append("\(Self.dates(count)) no year (such as 10-01 or 10月1日): \(years) from the period \(period)")
        }
        if dates.withoutPeriod > 0 {
            notes.append(
                "\(Self.dates(dates.withoutPeriod)) no year: give the period (--period YYYY-MM) so their year can be taken from it"
            )
        }
        if let order = dates.order {
            notes.append("dates with the year last are \(order.rawValue): \(dates.orderEvidence) can only be read so")
        }
        return notes
    }

    /// A rate card without a courier column: the courier its title names (context.courierNames; of
    /// two names one inside the other, the longer: 中通快运 is not 中通) is the card's, and the file
    /// says so; a title naming two couriers stops the file; no name leaves the card for every
    /// courier, said too.
    mutating func takeTitleCourier() throws {
        guard let mapping, mapping.kind == .rateCard else { return }
        noteTitleDates()
        guard !mapping.has(.courier), let reader else { return }
        for record in preamble {
            let title = record.fields.map(CellText.trimmed).filter { !$0.isEmpty }.joined(separator: " ")
            let found = context.courierNames.filter { title.contains($0) }
            let names = found.filter { name in !found.contains { $0 != name && $0.contains(name) } }
            if names.count > 1 {
                throw MonthEndError(
                    .ambiguousKind,
                    "this rate card has no courier column and its title names several couriers ("
                        + names.joined(separator: ", ") + "): which one it prices cannot be told",
                    path: facts.path, line: record.line, column: 1,
                    hint: "add a courier column (快递公司) to the card, one courier per row",
                    sourceLine: recordText(record.fields))
            }
            if let name = names.first {
                reader.titleCourier = name
                fileNotes.append(
                    "the card has no courier column; its title (line \(record.line): \(title)) names \(name): "
                        + "its rows price \(name) only")
                return
            }
        }
        fileNotes.append("the card has no courier column and its title names no courier: its rows price every courier")
    }

    /// A rate card's title that dates it (`10月1日-31日价格`, `9月25日至10月31日`): the dates with the
    /// year of the period, and whether they cover it. Said, not applied: a card's rows price the
    /// whole run.
    private mutating func noteTitleDates() {
        let range = /(\d{1,2})月(\d{1,2})日?\s*[-~～至到—–]\s*(?:(\d{1,2})月)?(\d{1,2})日/
        for record in preamble {
            let title = record.fields.map(CellText.trimmed).filter { !$0.isEmpty }.joined(separator: " ")
            guard let match = title.firstMatch(of: range), let fromMonth = Int(match.1), let fromDay = Int(match.2),
                let toDay = Int(match.4)
            else { continue }
            let toMonth = match.3.flatMap { Int($0) } ?? fromMonth
            guard let period = context.period else {
                return fileNotes.append(
                    "the title (line \(record.line)) dates the card \(match.0) without a year: give the period "
                        + "(--period YYYY-MM) to place it")
            }
            guard let fromYear = DateReading.year(month: fromMonth, period: period),
                let toYear = DateReading.year(month: toMonth, period: period),
                let from = LocalDate(year: fromYear, month: fromMonth, day: fromDay),
                let to = LocalDate(year: toYear, month: toMonth, day: toDay), from <= to
            else {
                return fileNotes.append(
                    "the title (line \(record.line)) dates the card \(match.0), not within a month of the period "
                        + "\(period): its year is not guessed")
            }
            let covers = from <= period.firstDay && to >= period.lastDay
            return fileNotes.append(
                "the title (line \(record.line)) dates the card \(from) to \(to)"
                    + (covers ? "" : ": it does not cover the whole period \(period)"))
        }
    }

    /// "1 date has", "3 dates have".
    private static func dates(_ count: Int) -> String { count == 1 ? "1 date has" : "\(count) dates have" }

    /// On a bill whose value-added fee column made fee items of some rows, the other rows are
    /// their waybills' freight (`RowReader.billLine`). Records already handed to a `recordSink`
    /// (benchmarks) are not revisited.
    func typingFreightLines(_ inputs: MonthInputs) -> MonthInputs {
        guard reader?.hasFeeItems == true else { return inputs }
        var typed = inputs
        for index in typed.billLines.indices where typed.billLines[index].feeType == nil {
            typed.billLines[index].feeType = RowReader.freightFeeType
        }
        return typed
    }

    static func sortByLine(_ inputs: inout MonthInputs) {
        inputs.billLines.sort { $0.source < $1.source }
        inputs.slips.sort { $0.source < $1.source }
        inputs.rateCards.sort { $0.source < $1.source }
        inputs.invoices.sort { $0.source < $1.source }
        inputs.payments.sort { $0.source < $1.source }
        inputs.customers.sort { $0.source < $1.source }
        inputs.stockRows.sort { $0.source < $1.source }
        inputs.orders.sort { $0.source < $1.source }
    }
}
