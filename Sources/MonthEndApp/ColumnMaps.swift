import MonthEndCore
import MonthEndImport

/// `--map KIND.FIELD=HEADER` as the command line gives it, checked before anything is read.
public enum ColumnMaps {
    /// Throws the problem of the first map that names no kind, or a field its kind does not have.
    public static func check(_ maps: [String]) throws {
        guard !maps.isEmpty else { return }
        let table = try SynonymTable.builtIn()
        for text in maps { _ = try ColumnMap(parsing: text, table: table) }
    }
}
