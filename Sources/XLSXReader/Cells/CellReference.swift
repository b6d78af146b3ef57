/// Cell addresses in A1 style: column letters (A..XFD) and a 1-based row number.
public enum CellReference {
    /// The largest column Excel allows (XFD).
    public static let maxColumn = 16_384
    public static let maxRow = 1_048_576

    /// `1` -> `A`, `27` -> `AA`, `16384` -> `XFD`.
    public static func columnName(_ column: Int) -> String {
        var number = max(column, 1)
        var letters: [UInt8] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(remainder))
            number = (number - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// `a1(row: 5, column: 2)` is `B5`.
    public static func a1(row: Int, column: Int) -> String { columnName(column) + String(row) }

    /// The 1-based column and row of `B5` or `$B$5`; the row is nil when the text has only letters.
    /// Nil for anything else or an address beyond Excel's grid.
    public static func parse(_ text: String) -> (column: Int, row: Int?)? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { parse(UnsafeBufferPointer($0)) }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (column: Int, row: Int?)? {
        var index = 0
        var column = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "$") { index += 1 }
        while index < bytes.count {
            let letter = bytes[index] & ~0x20
            guard letter >= UInt8(ascii: "A"), letter <= UInt8(ascii: "Z") else { break }
            column = column * 26 + Int(letter - UInt8(ascii: "A") + 1)
            guard column <= maxColumn else { return nil }
            index += 1
        }
        guard column > 0 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: "$") { index += 1 }
        if index == bytes.count { return (column, nil) }
        var row = 0
        while index < bytes.count {
            let digit = bytes[index] &- 0x30
            guard digit < 10 else { return nil }
            row = row * 10 + Int(digit)
            guard row <= maxRow else { return nil }
            index += 1
        }
        guard row > 0 else { return nil }
        return (column, row)
    }
}

/// A rectangle of cells, as a merged range: `A1:D1` spans columns 1-4 of row 1.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public let firstRow: Int
    public let firstColumn: Int
    public let lastRow: Int
    public let lastColumn: Int

    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = min(firstRow, lastRow)
        self.firstColumn = min(firstColumn, lastColumn)
        self.lastRow = max(firstRow, lastRow)
        self.lastColumn = max(firstColumn, lastColumn)
    }

    /// `A1:D1`, or a single cell `B2`; nil for anything else.
    public init?(a1 text: String) {
        let ends = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(ends.count), let start = CellReference.parse(String(ends[0])),
            let startRow = start.row, let end = CellReference.parse(String(ends[ends.count - 1])),
            let endRow = end.row
        else { return nil }
        self.init(firstRow: startRow, firstColumn: start.column, lastRow: endRow, lastColumn: end.column)
    }

    public func contains(row: Int, column: Int) -> Bool {
        (firstRow...lastRow).contains(row) && (firstColumn...lastColumn).contains(column)
    }

    public var description: String {
        CellReference.a1(row: firstRow, column: firstColumn) + ":" + CellReference.a1(row: lastRow, column: lastColumn)
    }
}
