/// Why a row is refused, at a 0-based column (nil: the row as a whole), in English (terminal
/// messages) and in Chinese (the Chinese workbook), where a field goes by its column's header.
struct RowProblem: Error {
    var column: Int?
    var reason: String
    var reasonZH: String
    /// A year-last date that reads both ways before the file's order is known: the row waits
    /// for the order (`FileMapper`), it is not rejected.
    var awaitsDateOrder = false
}
