import Foundation

/// Reads a month's exports: files, or folders read one level deep in file-name order, into typed
/// records and one report per file. A file that cannot be decoded, has no header or whose kind is
/// ambiguous stops the run with a `MonthEndError`; bad rows never do (they are rejected and reported).
public struct Importer: Sendable {
    /// File name endings read from a folder; anything else is left out with a note.
    public static let readableExtensions: Set<String> = ["csv", "txt", "tsv"]

    public var synonyms: SynonymTable
    /// Kinds the user named, keyed by a file's path as listed, its absolute path or its file name.
    public var kindOverrides: [String: FileKind]

    /// `templateFolders`: each folder's synonyms.yaml is merged over the built-in synonyms.
    public init(templateFolders: [String] = [], kindOverrides: [String: FileKind] = [:]) throws {
        self.synonyms = try SynonymTable.load(templateFolders: templateFolders)
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
            return "left out: not a .csv, .txt or .tsv file" + (ext.isEmpty ? "" : " (.\(ext))")
        }
        return nil
    }

    /// Reads every input. Files are numbered in reading order (`SourceLocation.fileIndex`).
    public func run(paths: [String]) throws -> ImportResult {
        let (files, listingNotes) = try inputFiles(paths)
        var notes = listingNotes
        var inputs = MonthInputs()
        let registry = StockRegistry()
        var usedOverrides = Set<String>()
        for (index, file) in files.enumerated() {
            let (override, key) = kindOverride(for: file)
            if let key { usedOverrides.insert(key) }
            let (report, records) = try mapFile(file, index: index, kind: override, registry: registry)
            inputs.files.append(report)
            inputs.billLines += records.billLines
            inputs.slips += records.slips
            inputs.rateCards += records.rateCards
            inputs.invoices += records.invoices
            inputs.payments += records.payments
            inputs.customers += records.customers
            inputs.stockRows += records.stockRows
            inputs.orders += records.orders
        }
        for key in kindOverrides.keys.sorted() where !usedOverrides.contains(key) {
            notes.append(ImportNote(path: key, message: "a kind was named for this file, but no such file was read"))
        }
        return ImportResult(inputs: inputs, notes: notes)
    }

    /// One file read alone, for `monthend inspect`.
    public func inspect(path: String, kind: FileKind? = nil) throws -> FileInspection {
        let named = kind ?? kindOverride(for: path).kind
        let (report, _) = try mapFile(path, index: 0, kind: named, registry: StockRegistry())
        return FileInspection(report: report, kindWasNamed: named != nil)
    }

    private func kindOverride(for file: String) -> (kind: FileKind?, key: String?) {
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

    /// `recordSink`: see `FileMapper.recordSink` (benchmarks).
    func mapFile(
        _ path: String, index: Int, kind: FileKind?, registry: StockRegistry,
        recordSink: ((MonthInputs) -> Void)? = nil
    ) throws -> (InputFileReport, MonthInputs) {
        let reader = try CSVFileReader(path: path)
        let facts = FileMapper.FileFacts(
            path: path, fileIndex: index, encoding: reader.encoding,
            delimiter: String(UnicodeScalar(reader.delimiter)), sha256: reader.sha256)
        var mapper = FileMapper(table: synonyms, facts: facts, kindOverride: kind, stockRegistry: registry)
        mapper.recordSink = recordSink
        // Records are read as bytes: the mapper makes Strings only for the cells a kind keeps.
        while try reader.nextBytes({ record, unterminatedQuoteLine in
            if let quoteLine = unterminatedQuoteLine {
                try mapper.consumeUnterminated(record.record(), quoteLine: quoteLine)
            } else {
                try mapper.consume(bytes: record)
            }
        }) != nil {}
        mapper.flushRecords()
        return try mapper.finish()
    }
}
