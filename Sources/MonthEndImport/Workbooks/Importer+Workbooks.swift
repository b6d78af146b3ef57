import Foundation
import MonthEndCSV
import XLSXReader

/// Workbooks among the inputs: each .xlsx/.xlsm or Excel 97-2003 .xls (told by content) is screened sheet by sheet with
/// the header and kind detection a CSV file gets; the sheets of a known kind become inputs of their
/// own (`file#sheet`), one per kind; `--sheet NAME` or `FILE#SHEET` forces a sheet.
extension Importer {
    /// `files` with each workbook replaced by the sheets to read, and notes on the sheets left out.
    public func expandWorkbooks(_ files: [String]) throws -> (entries: [String], notes: [ImportNote]) {
        var entries: [String] = []
        var notes: [ImportNote] = []
        var failures: [MonthEndError] = []
        for file in files {
            do {
                if let entry = WorkbookEntry.parse(file) {
                    try checkSheet(entry)
                    entries.append(entry.path)
                } else if WorkbookEntry.isWorkbook(file)
                    || ["xlsx", "xlsm"].contains((file as NSString).pathExtension.lowercased())
                {
                    // By content; a file named .xlsx that is no ZIP archive is refused as such.
                    let (chosen, leftOut) = try chooseSheets(file)
                    entries += chosen.map { WorkbookEntry(file: file, sheet: $0).path }
                    notes += leftOut
                } else {
                    entries.append(file)
                }
            } catch {
                failures.append(error as? MonthEndError ?? MonthEndError(.unreadableFile, "\(error)", path: file))
            }
        }
        if var first = failures.first {
            first.alsoFailed = Array(failures.dropFirst()) + first.alsoFailed
            throw first
        }
        return (entries, notes)
    }

    /// Every sheet of a workbook with what the header and kind detection made of it.
    public func sheetVerdicts(file: String) throws -> [SheetVerdict] {
        let workbook = try Self.open(file)
        let named = kindOverride(for: file).kind
        return try workbook.sheets.map { try SheetVerdict.screen(workbook, $0, table: synonyms, only: named) }
    }

    /// The sheets a run reads from a workbook: `sheetName` if set; else, per kind found, one sheet
    /// (`SheetVerdict.isBetter`: one row per document over one per line, then the most columns
    /// recognised, then the first). None is an error naming every sheet.
    private func chooseSheets(_ file: String) throws -> (sheets: [String], notes: [ImportNote]) {
        let workbook = try Self.open(file)
        if let sheetName {
            guard let sheet = workbook.sheet(named: sheetName) else {
                throw MonthEndError(
                    .noHeader, "the workbook has no sheet named \(sheetName)", path: file,
                    hint: "its sheets are " + workbook.sheets.map(\.name).joined(separator: ", "))
            }
            return ([sheet.name], [])
        }
        let named = kindOverride(for: file).kind
        var verdicts: [SheetVerdict] = []
        for sheet in workbook.sheets {
            verdicts.append(try SheetVerdict.screen(workbook, sheet, table: synonyms, only: named))
        }
        // Per kind, the index of the sheet read.
        var best: [FileKind: Int] = [:]
        for (position, verdict) in verdicts.enumerated() {
            guard let kind = verdict.kind else { continue }
            if let current = best[kind], !verdict.isBetter(than: verdicts[current]) { continue }
            best[kind] = position
        }
        let chosenPositions = Set(best.values)
        guard !chosenPositions.isEmpty else {
            var listing: [String] = []
            for verdict in verdicts { listing.append(verdict.description) }
            throw MonthEndError(
                .noHeader, "no sheet of the workbook has a header of a known kind: " + listing.joined(separator: "; "),
                path: file,
                hint: "name the sheet to read with --sheet NAME or as \(file)#SHEET, and its kind with --kind")
        }
        var chosen: [String] = []
        var notes: [ImportNote] = []
        for (position, verdict) in verdicts.enumerated() {
            if chosenPositions.contains(position) {
                chosen.append(verdict.sheet)
            } else {
                notes.append(
                    ImportNote(
                        path: WorkbookEntry(file: file, sheet: verdict.sheet).path,
                        message: "sheet left out: " + leftOutReason(verdict, file: file)))
            }
        }
        return (chosen, notes)
    }

    private func leftOutReason(_ verdict: SheetVerdict, file: String) -> String {
        if let kind = verdict.kind {
            return "another sheet of \(kind.rawValue) was read; to read this one instead, name \(file)#\(verdict.sheet)"
        }
        let text = verdict.description
        guard let colon = text.range(of: ": ") else { return text }
        return String(text[colon.upperBound...])
    }

    private func checkSheet(_ entry: WorkbookEntry) throws {
        let workbook = try Self.open(entry.file)
        guard workbook.sheet(named: entry.sheet) != nil else {
            throw MonthEndError(
                .noHeader, "the workbook has no sheet named \(entry.sheet)", path: entry.file,
                hint: "its sheets are " + workbook.sheets.map(\.name).joined(separator: ", "))
        }
    }

    /// Maps one sheet as the mapper maps a CSV file; the report's path is `file#sheet`.
    func mapSheet(
        _ entry: WorkbookEntry, index: Int, kind: FileKind?, registry: StockRegistry,
        recordSink: ((MonthInputs) -> Void)? = nil
    ) throws -> (InputFileReport, MonthInputs) {
        let workbook = try Self.open(entry.file)
        guard let sheet = workbook.sheet(named: entry.sheet) else {
            throw MonthEndError(.noHeader, "the workbook has no sheet named \(entry.sheet)", path: entry.file)
        }
        let digest = BackgroundDigest(path: entry.file)
        let source = WorkbookSheetSource(workbook: workbook, sheet: sheet, path: entry.path, digest: digest)
        do {
            let result = try map(
                source, path: entry.path, index: index, kind: kind, registry: registry, recordSink: recordSink,
                inSheet: true)
            _ = try digest.value()
            return result
        } catch let error as XLSXReadError {
            throw Self.translate(error)
        }
    }

    static func open(_ file: String) throws -> any SpreadsheetWorkbook {
        do {
            return try openSpreadsheet(URL(fileURLWithPath: file), displayName: file)
        } catch {
            throw translate(error)
        }
    }

    /// The reader's error as the run's: the same words, the file, what to do.
    static func translate(_ error: XLSXReadError) -> MonthEndError {
        var message = error.message
        if let part = error.part { message += " (in \(part))" }
        return MonthEndError(.unreadableFile, message, path: error.file, hint: error.advice)
    }
}
