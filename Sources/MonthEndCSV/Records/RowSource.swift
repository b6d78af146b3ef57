import MonthEndCore

/// A table read row by row: what the import's mapper reads. A CSV file (`CSVFileReader`) is one;
/// any other table (a sheet of a workbook) is another, lending its rows through a `RowBuffer`.
public protocol RowSource: AnyObject {
    /// The name messages give the table (a file's path as listed).
    var path: String { get }
    /// How messages join a row's cells when they show it as a line of the file.
    var separator: String { get }
    /// Lends every row in order to `body`. `openQuoteLine` is set only on the last row of a CSV
    /// file that ends inside quotes: the line of that quote (the mapper rejects that row whole).
    func forEachRow(_ body: (RowView, _ openQuoteLine: Int?) throws -> Void) throws
    /// The table's encoding, known once every row has been lent.
    var encoding: TextEncoding { get }
    /// Lowercase hex SHA-256 of the table's bytes, known once every row has been lent.
    var sha256: String { get }
}
