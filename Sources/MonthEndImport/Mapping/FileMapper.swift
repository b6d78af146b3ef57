import Foundation
import MonthEndCSV

/// The heart of the import, as a pure state machine over one file's CSV records: finds the header
/// (the first of the first 40 records that holds the required columns of a kind), decides the
/// kind, and gives every later record exactly one fate: accepted (a typed record), skipped with
/// a reason, or rejected with file, line, column, raw text and reason. Only typed records are kept.
struct FileMapper {
    /// What the reader knows of the file, carried into the report.
    struct FileFacts: Sendable {
        var path: String
        var fileIndex: Int
        var encoding: TextEncoding
        /// "," "\t" or ";".
        var delimiter: String
        var sha256: String
        /// The table is a sheet of a workbook: rejections name cells as `C7`.
        var inSheet = false

        init(
            path: String, fileIndex: Int = 0, encoding: TextEncoding = .utf8, delimiter: String = ",",
            sha256: String = ""
        ) {
            self.path = path
            self.fileIndex = fileIndex
            self.encoding = encoding
            self.delimiter = delimiter
            self.sha256 = sha256
        }
    }

    /// How many records the header may be preceded by (titles, account lines, a 合计 line ...).
    static let headerSearchLimit = 40

    let table: SynonymTable
    /// Encoding and digest may be filled in after the rows (a threaded reader knows them at the end).
    var facts: FileFacts
    let kindOverride: FileKind?
    let stockRegistry: StockRegistry
    /// The run's period and our own names (`ImportContext`).
    let context: ImportContext

    var recordsSearched = 0
    var firstNonBlank: CSVRecord?
    /// The searched row that came closest to a header, for the error when none is found.
    var nearest: HeaderCandidate?
    /// The non-blank records above the header (titles: a rate card's courier and dates).
    var preamble: [CSVRecord] = []
    /// Rows whose year-last date reads both ways, waiting for the file's order (`FileMapper+Dates`).
    var heldRows: [CSVRecord] = []
    /// Notes on the file as a whole, for its report.
    var fileNotes: [String] = []
    var mapping: HeaderMapping? {
        didSet { hasMapping = mapping != nil }
    }
    /// `mapping != nil`, asked per record: comparing the optional itself would copy the mapping
    /// (retaining its arrays and dictionaries) and destroyed the copy, for every row.
    private var hasMapping = false
    var headerLine = 0
    /// A header row with a span, waiting for the next row to say whether the header goes on.
    var headerAbove: HeaderAbove?
    typealias HeaderAbove = (record: CSVRecord, detection: KindDetection)
    var headerKeys: [String] = []
    /// Synonyms as written, trimmed and lower-cased: the cheap test for a header-like row.
    private var cheapKeys: Set<String> = []
    /// Tells plain data rows from total and footer lines on bytes.
    private let markerScreen: MarkerScreen
    /// The columns of `table.totalKeyFields` in the mapping, once there is one.
    var totalKeyColumns: [Int] = []
    /// Tells section titles, disclaimers, subtotals and blank template rows from data.
    var edges: EdgeRows?
    /// The last row skipped as a lone text cell: a footer, unless data follows (a section title).
    private var loneCellSkip: Int?
    /// Reads every data row of the file by its kind's schema, once there is a mapping.
    var reader: RowReader?

    var inputs = MonthInputs()
    /// When set, accepted records are handed here in batches of `sinkBatch` and then dropped
    /// rather than kept, so a benchmark's memory stays flat in the file size.
    var recordSink: ((MonthInputs) -> Void)?
    static let sinkBatch = 4096
    private(set) var accepted = 0
    var skips: [RowSkip] = []
    private(set) var rejections: [RowRejection] = []

    init(
        table: SynonymTable, facts: FileFacts, kindOverride: FileKind? = nil,
        stockRegistry: StockRegistry = StockRegistry(), context: ImportContext = ImportContext()
    ) {
        self.table = table
        self.facts = facts
        self.kindOverride = kindOverride
        self.stockRegistry = stockRegistry
        self.context = context
        self.markerScreen = MarkerScreen(words: table.footerPrefixes + table.totalPrefixes)
        for spec in table.kindSpecs {
            cheapKeys.formUnion(spec.fields.flatMap(\.keys))
            cheapKeys.formUnion(spec.fields.flatMap(\.synonyms).map { CellText.asciiLowercased(CellText.trimmed($0)) })
        }
    }

    /// Maps a whole file held in memory.
    static func map(
        _ records: some Sequence<CSVRecord>, table: SynonymTable, facts: FileFacts, kindOverride: FileKind? = nil,
        stockRegistry: StockRegistry = StockRegistry(), context: ImportContext = ImportContext()
    ) throws -> (report: InputFileReport, inputs: MonthInputs) {
        var mapper = FileMapper(
            table: table, facts: facts, kindOverride: kindOverride, stockRegistry: stockRegistry, context: context)
        for record in records { try mapper.consume(record) }
        return try mapper.finish()
    }

    mutating func consume(_ record: CSVRecord) throws {
        if !hasMapping {
            try searchHeader(record)
        } else {
            RowView.with(record) { processData($0) }
        }
    }

    /// The reader's fast path: the record's bytes, with Strings made only for the cells kept.
    mutating func consume(bytes record: RowView) throws {
        if !hasMapping {
            try searchHeader(record.record())
        } else {
            processData(record)
        }
    }

    /// A record the reader cut short at the end of the file (a quote that never closes): after
    /// the header it is rejected as a whole, pointing at the stray quote.
    mutating func consumeUnterminated(_ record: CSVRecord, quoteLine: Int) throws {
        guard hasMapping else { return try consume(record) }
        reject(
            record, column: nil, reason: "unterminated quote starting at line \(quoteLine)",
            reasonZH: "第 \(quoteLine) 行开始的引号没有闭合，一直到文件末尾")
    }

    /// The report and the accepted records; throws when no header was found.
    func finish() throws -> (report: InputFileReport, inputs: MonthInputs) {
        if let top = headerAbove {
            switch top.detection {
            case .kind(let found):
                var complete = self
                complete.headerAbove = nil
                try complete.commitHeader(found, top.record)
                return try complete.finish()
            case .ambiguous(let kinds): throw ambiguousError(kinds, top.record)
            case .none: break
            }
        }
        guard let mapping else {
            guard let firstNonBlank else {
                throw MonthEndError(
                    .emptyFile, "the file holds no data", path: facts.path,
                    hint: "export the file again, or leave it out of the folder")
            }
            throw noHeaderError(firstNonBlank)
        }
        try refuseHeldRows()
        try refuseTimeOnlyDates()
        try reader?.refuseUnlabelledDirection(headerLine: headerLine, headerText: recordText(mapping.headers))
        try refuseFallingBalance()
        var (inputs, skips, accepted, notes) = (inputs, skips, accepted, fileNotes + dateNotes())
        if mapping.kind == .invoices, kindOverride != .invoices, let sides = reader?.invoiceSides {
            sides.judge(
                ownNames: context.ownNames, hasSeller: mapping.has(.seller), path: facts.path, invoices: &inputs.invoices,
                skips: &skips, accepted: &accepted, notes: &notes)
        }
        var report = InputFileReport(
            path: facts.path, kind: mapping.kind, encoding: facts.encoding, delimiter: facts.delimiter,
            headerLine: headerLine, sha256: facts.sha256, accepted: accepted,
            skips: skips.sorted { $0.line < $1.line }, rejections: rejections.sorted { $0.line < $1.line },
            columnMapping: mapping.columnMappings)
        report.notes = notes
        return (report, typingFreightLines(inputs))
    }

    // MARK: Data rows

    /// The row's fate: skipped (blank, total, footer, repeated header, or by its kind's rule),
    /// accepted as a record, or rejected with the problem its reader found.
    mutating func processData(_ record: RowView) {
        if let reason = skipReason(record) {
            skip(record.line, reason)
            return
        }
        // The reader is used where it is stored: a local copy of it was retained and released per row.
        guard reader != nil else { return }
        let source = SourceLocation(fileIndex: facts.fileIndex, line: record.line)
        let orderKnown = reader?.knowsDateOrder ?? true
        defer { if !orderKnown, reader?.knowsDateOrder == true { releaseHeldRows() } }
        do throws(RowProblem) {
            if let reason = try reader?.append(record, source, to: &inputs) {
                skips.append(RowSkip(line: record.line, reason: reason))
                return
            }
            accepted += 1
            if recordSink != nil, accepted % Self.sinkBatch == 0 { flushRecords() }
        } catch {
            if error.awaitsDateOrder { return heldRows.append(record.record()) }
            let cells = record.record().fields
            // A title, disclaimer or subtotal fails as data; it is not a rejected row.
            if let reason = edges?.reason(cells) { return skip(record.line, reason) }
            reject(record.record(), column: error.column, reason: error.reason, reasonZH: error.reasonZH)
        }
        dataFollows()
    }

    /// A lone text cell (`EdgeRows`) is a footer until data follows it: then it was a section
    /// title (一、线材 above its rows), not the disclaimer after the table.
    private mutating func skip(_ line: Int, _ reason: SkipReason) {
        if reason == .sectionTitle {
            loneCellSkip = skips.count
            skips.append(RowSkip(line: line, reason: .footer))
        } else {
            skips.append(RowSkip(line: line, reason: reason))
        }
    }

    private mutating func dataFollows() {
        guard let index = loneCellSkip else { return }
        skips[index].reason = .sectionTitle
        loneCellSkip = nil
    }

    /// Hands the records kept so far to `recordSink` and drops them; call once more after the last
    /// record. Does nothing without a sink.
    mutating func flushRecords() {
        guard let recordSink else { return }
        recordSink(inputs)
        let (bills, slips) = (inputs.billLines.count, inputs.slips.count)
        inputs = MonthInputs()
        // The next batch is as big: growing the array from empty again would move every record
        // at each doubling.
        inputs.billLines.reserveCapacity(bills)
        inputs.slips.reserveCapacity(slips)
    }

    mutating func reject(_ record: CSVRecord, column: Int?, reason: String, reasonZH: String? = nil) {
        let header = column.flatMap { $0 < (mapping?.headers.count ?? 0) ? mapping?.headers[$0] : nil }
        let raw = column.map { $0 < record.fields.count ? record.fields[$0] : "" } ?? ""
        rejections.append(
            RowRejection(
                path: facts.path, line: record.line, column: column.map { $0 + 1 } ?? 0,
                header: header.map { CellText.trimmed($0) }, rawText: raw, reason: reason, reasonZH: reasonZH,
                recordText: recordText(record.fields), inSheet: facts.inSheet))
    }

    /// `skipReason(_:mapping:)` decided on bytes for the common row: its first non-blank cell and
    /// its total key cells provably start with no total or footer word, and the first cell holds
    /// a digit (so it is no header). Any other row is decided on Strings.
    private func skipReason(_ record: RowView) -> SkipReason? {
        var firstIndex = 0
        while firstIndex < record.count, CellBytes.isBlank(record.field(firstIndex)) { firstIndex += 1 }
        if firstIndex == record.count { return .blank }
        let first = record.field(firstIndex)
        if CellBytes.hasASCIIDigit(first), markerScreen.excludes(first), totalKeysExcluded(record) { return nil }
        return slowSkipReason(record)
    }

    @inline(__always)
    private func totalKeysExcluded(_ record: RowView) -> Bool {
        for column in totalKeyColumns where column < record.count {
            if !markerScreen.excludes(record.field(column)) { return false }
        }
        return true
    }

    @inline(never)
    private func slowSkipReason(_ record: RowView) -> SkipReason? {
        guard let mapping else { return nil }
        return skipReason(record.record().fields, mapping: mapping)
    }

    /// Blank rows, totals, footers and repeated headers are not data.
    private func skipReason(_ cells: [String], mapping: HeaderMapping) -> SkipReason? {
        guard let firstCell = cells.first(where: { !CellText.trimmed($0).isEmpty }) else { return .blank }
        let firstKey = Self.markerKey(firstCell)
        if table.footerPrefixes.contains(where: { firstKey.hasPrefix($0) }) { return .footer }
        if table.totalPrefixes.contains(where: { firstKey.hasPrefix($0) }) { return .total }
        for field in table.totalKeyFields {
            guard let column = mapping.column(field), column < cells.count else { continue }
            let key = Self.markerKey(cells[column])
            if table.totalPrefixes.contains(where: { key.hasPrefix($0) }) { return .total }
        }
        // A header row starts with a word, not a number, date or code.
        if !CellText.hasASCIIDigit(firstCell), isHeaderLike(cells) { return .repeatedHeader }
        return edges?.reason(cells)
    }

    /// Enough of the normalised cell to test the total and footer words: its first twelve scalars
    /// without white space or leading quotes, ASCII lower-cased (normalising every cell of every
    /// row in full costs more than the rows themselves). Full-width text takes the full way.
    static func markerKey(_ cell: String) -> String {
        var key = String.UnicodeScalarView()
        var count = 0
        for scalar in cell.unicodeScalars where !CellText.isPadding(scalar) {
            if count == 0, "\"'`=*\u{201C}\u{2018}".unicodeScalars.contains(scalar) { continue }
            if (0xFF00...0xFFEF).contains(scalar.value) { return HeaderKey.normalize(cell) }
            key.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 32)! : scalar)
            count += 1
            if count == 12 { break }
        }
        return String(key)
    }

    /// The header again, or another header row (a second block such as 理赔费用).
    private func isHeaderLike(_ cells: [String]) -> Bool {
        if cells == mapping?.headers { return true }
        // Cheap first look: at least two cells are synonyms as they stand (trimmed, lower-cased).
        let hits = cells.lazy.filter { cell in
            guard !cell.isEmpty, cell.utf8.count < 64, !CellText.hasASCIIDigit(cell) else { return false }
            let cheap = CellText.asciiLowercased(CellText.trimmed(cell))
            return !cheap.isEmpty && cheap.utf8.count < 64 && self.cheapKeys.contains(cheap)
        }.prefix(2).count
        guard hits >= 2 else { return false }
        if Self.trimmedKeys(cells) == headerKeys { return true }
        if case .none = KindDetection.detect(cells, table: table) { return false }
        return true
    }

    static func trimmedKeys(_ cells: [String]) -> [String] {
        var keys = cells.map(HeaderKey.normalize)
        while keys.last == "" { keys.removeLast() }
        return keys
    }

    static func isBlank(_ cells: [String]) -> Bool {
        cells.allSatisfy { CellText.trimmed($0).isEmpty }
    }

    /// The record as a line of the file (RFC 4180 quoting where needed), shown under a message.
    func recordText(_ cells: [String]) -> String {
        cells.map { cell in
            let needsQuotes =
                cell.contains(facts.delimiter) || cell.contains("\"") || cell.contains("\n")
                || cell.contains("\r")
            return needsQuotes ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }.joined(separator: facts.delimiter)
    }
}
