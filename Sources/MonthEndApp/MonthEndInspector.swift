import Foundation
import MonthEndCore
import MonthEndImport

/// `monthend inspect`: how each export is read, the way to understand a new export before a run.
public enum MonthEndInspector {
    /// `period`: the month dates without a year belong to (without it, such dates are rejected and
    /// the file says the period is needed).
    public static func inspect(
        paths: [String], configPath: String?, rejectedRowsShown: Int, columnMaps: [String] = [], period: Period? = nil,
        sheetName: String? = nil
    ) throws -> String {
        let settings = try configPath.map { try Configuration.load(path: $0) } ?? Settings()
        var importer = try Importer(
            templateFolders: settings.templateFolders, columnMaps: settings.columnMaps + columnMaps)
        importer.context = ImportContext(
            period: period, ownNames: settings.company.ownNames,
            courierNames: try Templates.couriers(folders: settings.templateFolders).aliases.canonicalNames)
        importer.sheetName = sheetName
        let (listed, notes) = try importer.inputFiles(paths)
        var out = ""
        for note in notes { out += note.description + "\n" }
        // A workbook: each sheet with its verdict, then the sheets read, as files are.
        for file in listed where WorkbookEntry.parse(file) == nil && WorkbookEntry.isWorkbook(file) {
            out += file + "\n  sheets:\n"
            for verdict in try importer.sheetVerdicts(file: file) {
                out += "    \(verdict.index). \(verdict.description)\n"
            }
        }
        let (files, sheetNotes) = try importer.expandWorkbooks(listed)
        for note in sheetNotes { out += note.description + "\n" }
        for file in files {
            let inspection = try importer.inspect(path: file)
            out += render(inspection, rejectedRowsShown: rejectedRowsShown) + "\n"
        }
        return out
    }

    static func render(_ inspection: FileInspection, rejectedRowsShown: Int) -> String {
        let r = inspection.report
        let delimiter = r.delimiter == "\t" ? "tab" : r.delimiter == "," ? "comma" : r.delimiter == ";" ? "semicolon" : r.delimiter
        var lines = [
            r.path,
            "  kind:        \(r.kind.rawValue)" + (inspection.kindWasNamed ? " (named)" : " (detected from the header)"),
        ]
        if let entry = WorkbookEntry.parse(r.path) {
            lines.append("  sheet:       \(entry.sheet) (rows are the sheet's row numbers)")
        } else if WorkbookEntry.isHTMLPage(r.path) {
            lines += [
                "  encoding:    \(r.encoding.rawValue)",
                "  table:       an HTML page (rows are its <tr> rows, as Excel shows them)",
            ]
        } else {
            lines += ["  encoding:    \(r.encoding.rawValue)", "  delimiter:   \(delimiter)"]
        }
        lines += [
            "  header line: \(r.headerLine)",
            "  sha256:      \(r.sha256)",
            "  columns:",
        ]
        for column in r.columnMapping {
            lines.append("    \(column.column). \(column.header.replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")) -> \(column.field ?? "(not used)")")
        }
        lines.append("  rows: \(r.rows) = \(r.accepted) accepted + \(r.skipped) skipped + \(r.rejected) rejected")
        for (reason, count) in inspection.skipCounts {
            lines.append("    skipped \(count): \(reason.rawValue)")
        }
        for note in r.notes { lines.append("  note: \(note)") }
        for rejection in inspection.firstRejections(rejectedRowsShown) {
            lines.append(rejection.rendered.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        }
        if r.rejected > rejectedRowsShown {
            lines.append("  ... and \(r.rejected - rejectedRowsShown) more rejected rows")
        }
        return lines.joined(separator: "\n")
    }
}
