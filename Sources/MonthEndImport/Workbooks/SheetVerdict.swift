import MonthEndCSV
import XLSXReader

/// What the header and kind detection made of one sheet of a workbook (for `inspect`, and for
/// choosing the sheets a run reads).
public struct SheetVerdict: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// A header of this kind at this row.
        case kind(FileKind, headerRow: Int)
        /// A header that fits several kinds equally well.
        case ambiguous([FileKind], headerRow: Int)
        /// Rows, but no header of any kind in the first rows.
        case noHeader
        /// No rows at all (or a chart sheet).
        case empty
    }

    public var sheet: String
    /// 1-based position in the workbook.
    public var index: Int
    public var hidden: Bool
    public var outcome: Outcome
    /// Columns the header recognised (to choose between two sheets of one kind).
    var recognised = 0
    /// Key values (waybill, invoice number) repeated within the screened rows: a sheet of lines
    /// rather than one row per document.
    var repeatedKeys = 0

    /// Of two sheets of one kind: the one whose keys do not repeat (one row per document, as
    /// 发票基础信息 beside the per-line 信息汇总表), then more recognised columns, then the first.
    func isBetter(than other: SheetVerdict) -> Bool {
        if (repeatedKeys == 0) != (other.repeatedKeys == 0) { return repeatedKeys == 0 }
        if recognised != other.recognised { return recognised > other.recognised }
        if repeatedKeys != other.repeatedKeys { return repeatedKeys < other.repeatedKeys }
        return index < other.index
    }

    public var kind: FileKind? {
        if case .kind(let kind, _) = outcome { return kind }
        return nil
    }

    /// `账单明细: courier_bill (header at row 2)`.
    public var description: String {
        let name = sheet + (hidden ? " (hidden)" : "")
        switch outcome {
        case .kind(let kind, let row): return "\(name): \(kind.rawValue) (header at row \(row))"
        case .ambiguous(let kinds, let row):
            return "\(name): ambiguous at row \(row) (" + kinds.map(\.rawValue).joined(separator: ", ") + ")"
        case .noHeader: return "\(name): no header of a known kind"
        case .empty: return "\(name): empty"
        }
    }

    /// Screens the first `FileMapper.headerSearchLimit` rows of a sheet for a header, as the
    /// mapper searches a CSV file (`only`: the kind the user named for the file).
    static func screen(
        _ workbook: any SpreadsheetWorkbook, _ sheet: XLSXSheet, table: SynonymTable, only: FileKind?
    ) throws -> SheetVerdict {
        var verdict = SheetVerdict(
            sheet: sheet.name, index: sheet.index, hidden: sheet.visibility != .visible, outcome: .empty)
        var rowsSeen = 0
        var mapping: HeaderMapping?
        var keys: [String: Int] = [:]
        try workbook.readRows(of: sheet) { row in
            let fields = row.csvFields()
            if let mapping {
                // After the header: count repeated keys in the rest of the screened rows.
                if let column = table.totalKeyFields.lazy.compactMap({ mapping.column($0) }).first,
                    column < fields.count, !fields[column].isEmpty
                {
                    keys[fields[column], default: 0] += 1
                }
            } else if !row.isEmpty {
                if case .empty = verdict.outcome { verdict.outcome = .noHeader }
                switch KindDetection.detect(fields, table: table, only: only) {
                case .none: break
                case .kind(let found):
                    mapping = found
                    verdict.outcome = .kind(found.kind, headerRow: row.number)
                    verdict.recognised = found.recognisedCount
                case .ambiguous(let kinds):
                    verdict.outcome = .ambiguous(kinds, headerRow: row.number)
                    return .stop
                }
            }
            rowsSeen += 1
            return rowsSeen < FileMapper.headerSearchLimit * (mapping == nil ? 1 : 2) ? .next : .stop
        }
        verdict.repeatedKeys = keys.values.reduce(0) { $0 + max($1 - 1, 0) }
        return verdict
    }
}
