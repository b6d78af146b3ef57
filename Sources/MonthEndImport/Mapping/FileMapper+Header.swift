import MonthEndCSV

/// Finding the header: the first of the first 40 records that holds the required columns of a
/// kind, read together with the row below when the header is written on two rows.
extension FileMapper {
    mutating func searchHeader(_ record: CSVRecord) throws {
        if let top = headerAbove {
            headerAbove = nil
            if try takeSecondHeaderRow(record, under: top) { return }
            switch top.detection {
            case .kind(let found):
                try commitHeader(found, top.record)
                return try consume(record)
            case .ambiguous(let kinds): throw ambiguousError(kinds, top.record)
            case .none: break
            }
        }
        recordsSearched += 1
        if !Self.isBlank(record.fields), firstNonBlank == nil { firstNonBlank = record }
        let detection = KindDetection.detect(record.fields, table: table, only: kindOverride)
        switch detection {
        case .kind(let found):
            // A header with a span may go on in the next row (`TwoRowHeader`): decided there.
            if Self.hasSpan(record.fields) {
                headerAbove = (record, detection)
            } else {
                try commitHeader(found, record)
            }
        case .ambiguous(let kinds):
            if Self.hasSpan(record.fields) { return headerAbove = (record, detection) }
            throw ambiguousError(kinds, record)
        case .none:
            if let candidate = HeaderCandidate.nearest(
                record.fields, line: record.line, table: table, only: kindOverride),
                candidate.mapping.recognisedCount > (nearest?.mapping.recognisedCount ?? 0)
            {
                nearest = candidate
            }
            if !Self.isBlank(record.fields) {
                preamble.append(record)
                if Self.hasSpan(record.fields) { headerAbove = (record, detection) }
            }
            if recordsSearched >= Self.headerSearchLimit {
                throw noHeaderError(firstNonBlank ?? record)
            }
        }
    }

    /// Takes `found` as the file's header, found in `record`.
    mutating func commitHeader(_ found: HeaderMapping, _ record: CSVRecord) throws {
        try refuseUnknownFeeColumn(found, record)
        mapping = found
        totalKeyColumns = table.totalKeyFields.compactMap { found.column($0) }
        reader = RowReader(
            mapping: found, table: table, path: facts.path, stockRegistry: stockRegistry, context: context)
        edges = EdgeRows(mapping: found)
        headerLine = record.line
        headerKeys = Self.trimmedKeys(record.fields)
        try takeTitleCourier()
    }

    func ambiguousError(_ kinds: [FileKind], _ record: CSVRecord) -> MonthEndError {
        MonthEndError(
            .ambiguousKind,
            "cannot tell what kind of export this is: the header row fits "
                + kinds.map(\.rawValue).joined(separator: " and ") + " equally well",
            path: facts.path, line: record.line, column: 1,
            hint: "name the kind of this file on the command line (--kind), one of: "
                + kinds.map(\.rawValue).joined(separator: ", "),
            sourceLine: recordText(record.fields))
    }

    func noHeaderError(_ first: CSVRecord) -> MonthEndError {
        let what: String
        if let kindOverride, let spec = table.kinds[kindOverride] {
            let required = spec.required.map { $0.map(\.rawValue).joined(separator: " or ") }.joined(separator: ", ")
            what = "no header row of \(kindOverride.rawValue) (\(required)) in the first \(Self.headerSearchLimit) rows"
        } else {
            what = "no header row in the first \(Self.headerSearchLimit) rows holds the required columns of any kind"
        }
        guard let nearest else {
            return MonthEndError(
                .noHeader, what, path: facts.path, line: first.line, column: 1,
                hint: "check that this is one of the exports MonthEnd reads ("
                    + FileKind.allCases.map(\.rawValue).joined(separator: ", ")
                    + "); add its header words to synonyms.yaml in a template folder, or leave the file out",
                sourceLine: recordText(first.fields))
        }
        let kind = nearest.mapping.kind.rawValue
        let field = nearest.missing.first?.first?.rawValue ?? "FIELD"
        return MonthEndError(
            .noHeader, what + "; the nearest is line \(nearest.line), which " + nearest.explanation,
            path: facts.path, line: nearest.line, column: 1,
            hint: "if that line is the header, name the column that holds \(field) with "
                + "--map \(kind).\(field)=HEADER (or add the header word to synonyms.yaml in a template folder); "
                + "if the file is not an export MonthEnd reads, leave it out",
            sourceLine: recordText(nearest.cells))
    }


    /// `record` is the header's second row when it goes on from `top` (`TwoRowHeader`): the header
    /// is then both rows, from `top`'s line, and `record` is skipped as a second header row. When
    /// `top` alone names a kind but the two together name none, the file stops: read alone, the
    /// top row would take a span such as `发生额/元` for a column it is not.
    mutating func takeSecondHeaderRow(_ record: CSVRecord, under top: HeaderAbove) throws -> Bool {
        guard let combined = TwoRowHeader(table: table).combined(top.record.fields, record.fields) else {
            return false
        }
        recordsSearched += 1
        switch KindDetection.detect(combined, table: table, only: kindOverride) {
        case .kind(let found):
            if preamble.last?.line == top.record.line { preamble.removeLast() }
            try commitHeader(found, CSVRecord(fields: combined, line: top.record.line))
            skips.append(RowSkip(line: record.line, reason: .repeatedHeader))
            return true
        case .ambiguous(let kinds):
            throw ambiguousError(kinds, top.record)
        case .none:
            guard case .kind = top.detection else { return false }
            let parts = zip(combined, top.record.fields).filter { $0 != $1 }.map { CellText.trimmed($0.0) }
            throw MonthEndError(
                .noHeader,
                "the header goes on in line \(record.line) (\(recordText(record.fields))): read together, its "
                    + "columns (\(parts.joined(separator: ", "))) are not the columns of any kind",
                path: facts.path, line: record.line, column: 1,
                hint: "name those columns with --map KIND.FIELD=HEADER using the joined names above, "
                    + "or export the file with a one-row header",
                sourceLine: recordText(record.fields))
        }
    }

    /// Whether a header row may have a span: an empty cell after a filled one (a merged cell saved
    /// as CSV keeps its text in its first column, the last one's too).
    static func hasSpan(_ cells: [String]) -> Bool {
        guard let first = cells.firstIndex(where: { !CellText.trimmed($0).isEmpty }) else { return false }
        return cells[first...].contains { CellText.trimmed($0).isEmpty }
    }

    /// A header read as our slip register that has a money column no field maps (`优惠后运费`,
    /// `应付款`: `bill_fee_words`; not an estimate, `预估运费`) is a courier bill whose amount word is not known: it stops,
    /// since read as slips its lines would be parcels sent, not money billed.
    func refuseUnknownFeeColumn(_ found: HeaderMapping, _ record: CSVRecord) throws {
        guard found.kind == .courierSlips, kindOverride == nil else { return }
        let unmapped = found.columnMappings.filter { $0.field == nil }.map { CellText.trimmed($0.header) }
        let fees = unmapped.filter { header in
            let key = HeaderKey.normalize(header)
            return !key.isEmpty && !key.contains("预") && table.billFeeWords.contains { key.contains($0) }
        }
        guard let first = fees.first else { return }
        throw MonthEndError(
            .ambiguousKind,
            "this header reads as a courier slip register, but its column\(fees.count == 1 ? "" : "s") "
                + fees.joined(separator: ", ") + " look\(fees.count == 1 ? "s" : "") like money billed: it may be a "
                + "courier bill whose amount word MonthEnd does not know",
            path: facts.path, line: record.line, column: 1,
            hint: "if it is a bill, name its billed amount with --map courier_bill.amount=\(first); if it is your own "
                + "slip register, say so with --kind courier_slips=FILE",
            sourceLine: recordText(record.fields))
    }
}
