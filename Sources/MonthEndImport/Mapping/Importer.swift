import Foundation
import MonthEndCSV
import XLSXReader

/// Reads a month's exports: files, or folders read one level deep in file-name order, into typed
/// records and one report per file. A file that cannot be decoded, has no header or whose kind is
/// ambiguous stops the run with a `MonthEndError`; bad rows never do (they are rejected and reported).
public struct Importer: Sendable {
    /// File name endings read from a folder; anything else is left out with a note.
    public static let readableExtensions: Set<String> = ["csv", "txt", "tsv", "xlsx", "xlsm", "xls"]

    public var synonyms: SynonymTable
    /// Kinds the user named, keyed by a file's path as listed, its absolute path or its file name.
    public var kindOverrides: [String: FileKind]
    /// How many files `run` reads at the same time (1: one after another). Two suit a two-core
    /// machine; the outcome is the same whatever the number.
    public var filesAtATime = 2
    /// Hash, validate and decode each file on a second thread (`DecodingPipeline`), a chunk or two
    /// ahead of the CSV reading; false reads in two passes on one thread. Same outcome.
    public var decodingThread = true
    /// The run's period and our own names, for the files that need them (`ImportContext`).
    public var context = ImportContext()
    /// PROGRESS HOOK (finance, issue 17): told each file's size in bytes and its data rows once it
    /// is read, from whichever thread read it, for the terminal's progress bar. nil: nobody is told.
    public var fileRead: (@Sendable (_ bytes: Int, _ rows: Int) -> Void)?
    /// `--sheet NAME`: the sheet read from every workbook, instead of the sheets detection chooses.
    public var sheetName: String?

    /// `templateFolders`: each folder's synonyms.yaml is merged over the built-in synonyms.
    /// `columnMaps`: `KIND.FIELD=HEADER` words of the user's (`ColumnMap`), before any synonym.
    public init(templateFolders: [String] = [], kindOverrides: [String: FileKind] = [:], columnMaps: [String] = [])
        throws
    {
        let table = try SynonymTable.load(templateFolders: templateFolders)
        let maps = try columnMaps.map { text throws(MonthEndError) in try ColumnMap(parsing: text, table: table) }
        self.synonyms = table.applying(maps)
        self.kindOverrides = kindOverrides
    }

    public init(synonyms: SynonymTable, kindOverrides: [String: FileKind] = [:]) {
        self.synonyms = synonyms
        self.kindOverrides = kindOverrides
    }

    /// The files a run reads from `paths`, in order, and notes on what was left out.
    public func inputFiles(_ paths: [String]) throws -> (files: [String], notes: [ImportNote]) {
        var files: [String] = []
        var notes: [ImportNote] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            if WorkbookEntry.parse(path) != nil {
                files.append(path)  // `bill.xlsx#账单明细`: that sheet of that workbook
                continue
            }
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw MonthEndError(
                    .unreadableFile, "no such file or folder", path: path,
                    hint: "check the path; name a folder of exports or the files themselves")
            }
            guard isFolder.boolValue else {
                if let reason = Self.leftOutReason(name: (path as NSString).lastPathComponent) {
                    notes.append(ImportNote(path: path, message: reason))
                } else {
                    files.append(path)
                }
                continue
            }
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: path).sorted()
            } catch {
                throw MonthEndError(
                    .unreadableFile, "cannot list the folder: \(error.localizedDescription)", path: path)
            }
            for name in names {
                let full = (path as NSString).appendingPathComponent(name)
                var entryIsFolder: ObjCBool = false
                _ = manager.fileExists(atPath: full, isDirectory: &entryIsFolder)
                if entryIsFolder.boolValue {
                    if !name.hasPrefix(".") {
                        notes.append(
                            ImportNote(path: full, message: "left out: a folder (folders are read one level deep)"))
                    }
                } else if let reason = Self.leftOutReason(name: name) {
                    notes.append(ImportNote(path: full, message: reason))
                } else {
                    files.append(full)
                }
            }
        }
        return (files, notes)
    }

    static func leftOutReason(name: String) -> String? {
        if name.hasPrefix(".") { return "left out: a hidden file" }
        let ext = (name as NSString).pathExtension.lowercased()
        if !readableExtensions.contains(ext) {
            return "left out: not a .csv, .txt, .tsv, .xlsx or .xls file" + (ext.isEmpty ? "" : " (.\(ext))")
        }
        return nil
    }

    /// Reads every input. Files are numbered in reading order (`SourceLocation.fileIndex`).
    ///
    /// Two files are read at a time (the biggest first, so the two threads finish together) and
    /// their results are taken in file order, so reports, rejections and records are those of
    /// reading one file after another. Every file is read: a run that cannot read some names them all
    /// in one error (`MonthEndError.alsoFailed`). Each file's stock items go into
    /// a registry of its own; a file holding an item an earlier file holds is read again after
    /// them, with theirs, so its repeated rows are rejected naming the first as before.
    public func run(paths: [String]) throws -> ImportResult {
        let (listed, listingNotes) = try inputFiles(paths)
        let (files, sheetNotes) = try expandWorkbooks(listed)
        var notes = listingNotes + sheetNotes
        var usedOverrides = Set<String>()
        let kinds = files.map { file -> FileKind? in
            let (override, key) = kindOverride(for: file)
            if let key { usedOverrides.insert(key) }
            return override
        }
        let outcomes = readConcurrently(files, kinds: kinds)
        var inputs = MonthInputs()
        let registry = StockRegistry()
        var failures: [MonthEndError] = []
        for (index, file) in files.enumerated() {
            var report: InputFileReport
            var records: MonthInputs
            do {
                let stock: StockRegistry
                (report, records, stock) = try outcomes[index].get()
                if registry.overlaps(stock) {
                    (report, records) = try mapFile(file, index: index, kind: kinds[index], registry: registry)
                } else {
                    registry.absorb(stock)
                }
            } catch {
                // Every file is read: the run stops after them, naming each one it could not read.
                failures.append(
                    error as? MonthEndError ?? MonthEndError(.unreadableFile, "\(error)", path: file))
                continue
            }
            inputs.files.append(report)
            // What the file says of itself (a year taken from the period, a purchase export left out).
            notes += report.notes.map { ImportNote(path: file, message: $0) }
            Self.append(records.billLines, to: &inputs.billLines)
            Self.append(records.slips, to: &inputs.slips)
            Self.append(records.rateCards, to: &inputs.rateCards)
            Self.append(records.invoices, to: &inputs.invoices)
            Self.append(records.payments, to: &inputs.payments)
            Self.append(records.customers, to: &inputs.customers)
            Self.append(records.stockRows, to: &inputs.stockRows)
            Self.append(records.orders, to: &inputs.orders)
        }
        if var first = failures.first {
            first.alsoFailed = Array(failures.dropFirst())
            throw first
        }
        for key in kindOverrides.keys.sorted() where !usedOverrides.contains(key) {
            notes.append(ImportNote(path: key, message: "a kind was named for this file, but no such file was read"))
        }
        return ImportResult(inputs: inputs, notes: notes)
    }

    /// The first file of a kind hands its array over instead of copying it (a million slips are a
    /// few hundred MB of copying and page faults, after the files have been read).
    private static func append<Record>(_ records: [Record], to all: inout [Record]) {
        if all.isEmpty {
            all = records
        } else {
            all += records
        }
    }

    /// Every file mapped with a stock registry of its own, `filesAtATime` at a time; in file order.
    func readConcurrently(_ files: [String], kinds: [FileKind?]) -> [FileBoard.Outcome] {
        let bySize = files.indices.sorted { Self.fileSize(files[$0]) > Self.fileSize(files[$1]) }
        let board = FileBoard(order: bySize, count: files.count)
        let work: @Sendable () -> Void = {
            while let index = board.take() {
                let registry = StockRegistry()
                let outcome = Result { () throws -> (InputFileReport, MonthInputs, StockRegistry) in
                    let (report, records) = try self.mapFile(
                        files[index], index: index, kind: kinds[index], registry: registry)
                    return (report, records, registry)
                }
                board.put(outcome, at: index)
                // PROGRESS HOOK (finance, issue 17): the file's bytes and rows, for the progress bar.
                self.fileRead?(Self.fileSize(files[index]), (try? outcome.get())?.0.rows ?? 0)
            }
        }
        let helpers = min(max(filesAtATime, 1), files.count) - 1
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<max(helpers, 0) {
            Thread {
                work()
                done.signal()
            }.start()
        }
        work()
        for _ in 0..<max(helpers, 0) { done.wait() }
        return board.outcomes()
    }

    private static func fileSize(_ path: String) -> Int {
        let file = WorkbookEntry.parse(path)?.file ?? path
        return (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
    }

    /// One file read alone, for `monthend inspect`.
    public func inspect(path: String, kind: FileKind? = nil) throws -> FileInspection {
        let named = kind ?? kindOverride(for: path).kind
        let (report, _) = try mapFile(path, index: 0, kind: named, registry: StockRegistry())
        return FileInspection(report: report, kindWasNamed: named != nil)
    }

    func kindOverride(for file: String) -> (kind: FileKind?, key: String?) {
        if let entry = WorkbookEntry.parse(file) {
            // A sheet takes a kind named for it (`file#sheet`), else one named for its workbook.
            if let kind = kindOverrides[file] { return (kind, file) }
            return kindOverride(for: entry.file)
        }
        let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
        let name = (file as NSString).lastPathComponent
        for key in [file, absolute, name] {
            if let kind = kindOverrides[key] { return (kind, key) }
        }
        for (key, kind) in kindOverrides where URL(fileURLWithPath: key).standardizedFileURL.path == absolute {
            return (kind, key)
        }
        return (nil, nil)
    }

    /// `recordSink`: see `FileMapper.recordSink` (benchmarks); `restarted` is called when records
    /// already handed to it will be handed over again (a file read again as GB18030).
    /// `threaded`: decode on a second thread (`DecodingPipeline`; by default `decodingThread`).
    func mapFile(
        _ path: String, index: Int, kind: FileKind?, registry: StockRegistry,
        recordSink: ((MonthInputs) -> Void)? = nil, restarted: () -> Void = {}, threaded: Bool? = nil
    ) throws -> (InputFileReport, MonthInputs) {
        if let entry = WorkbookEntry.parse(path) {
            return try mapSheet(entry, index: index, kind: kind, registry: registry, recordSink: recordSink)
        }
        if let page = HTMLTable.sniff(URL(fileURLWithPath: path)) {
            // A portal's ".xls" that is an HTML table.
            return try map(
                HTMLTableSource(path: path, sniff: page), path: path, index: index, kind: kind, registry: registry,
                recordSink: recordSink, inSheet: true)
        }
        return try mapFile(
            source: .file(path: path), path: path, index: index, kind: kind, registry: registry,
            chunkSize: CSVFileReader.defaultChunkSize, recordSink: recordSink, restarted: restarted,
            threaded: threaded ?? decodingThread)
    }

    /// `mapFile` over any byte source and chunk size (tests).
    func mapFile(
        source: ByteSource, path: String, index: Int, kind: FileKind?, registry: StockRegistry, chunkSize: Int,
        recordSink: ((MonthInputs) -> Void)? = nil, restarted: () -> Void = {}, threaded: Bool
    ) throws -> (InputFileReport, MonthInputs) {
        guard threaded else {
            let reader = try CSVFileReader(source: source, name: path, delimiter: nil, chunkSize: chunkSize)
            return try map(reader, path: path, index: index, kind: kind, registry: registry, recordSink: recordSink)
        }
        do {
            let reader = try CSVFileReader(
                source: source, name: path, delimiter: nil, chunkSize: chunkSize, threaded: true)
            // Stock items go into a copy until the file is known not to be read again.
            let attempt = registry.copy()
            do {
                let result = try map(
                    reader, path: path, index: index, kind: kind, registry: attempt, recordSink: recordSink)
                registry.absorb(attempt)
                return result
            } catch {
                // The sequential reader finds some faults before any row: those come first.
                try reader.throwEarlierFailure()
                throw error
            }
        } catch is EncodingRestart {
            // Rare: GB18030 whose first non-UTF-8 byte lies past the first chunk. Rows mapped as UTF-8
            // are dropped, and so is the copy of the stock registry they went into.
            restarted()
            return try mapFile(
                source: source, path: path, index: index, kind: kind, registry: registry, chunkSize: chunkSize,
                recordSink: recordSink, threaded: false)
        }
    }

    /// Maps the rows of any table (a CSV file here; a sheet plugs in the same way) into records.
    func map(
        _ reader: some RowSource, path: String, index: Int, kind: FileKind?, registry: StockRegistry,
        recordSink: ((MonthInputs) -> Void)? = nil, inSheet: Bool = false
    ) throws -> (InputFileReport, MonthInputs) {
        // Encoding and digest are filled in at the end: a threaded reader knows them only then.
        var facts = FileMapper.FileFacts(path: path, fileIndex: index, delimiter: reader.separator)
        facts.inSheet = inSheet
        var mapper = FileMapper(
            table: synonyms, facts: facts, kindOverride: kind, stockRegistry: registry, context: context)
        mapper.recordSink = recordSink
        // Rows are read as bytes: the mapper makes Strings only for the cells a kind keeps.
        try reader.forEachRow { record, unterminatedQuoteLine in
            if let quoteLine = unterminatedQuoteLine {
                try mapper.consumeUnterminated(record.record(), quoteLine: quoteLine)
            } else {
                try mapper.consume(bytes: record)
            }
        }
        mapper.flushRecords()
        mapper.facts.encoding = reader.encoding
        mapper.facts.sha256 = reader.sha256
        return try mapper.finish()
    }
}
