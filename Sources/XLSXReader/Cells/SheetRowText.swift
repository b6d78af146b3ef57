/// One row of a sheet as the CSV path would have read it: field `i` is column `i + 1`'s
/// `CellValue.csvText` as UTF-8 bytes (empty for an empty cell), up to the last column with a
/// value. Lent to the consumer of `XLSXWorkbook.readRowTexts` for the call only: the bytes are
/// reused for the next row.
public struct SheetRowText {
    /// The row's 1-based number in the sheet.
    public let number: Int
    private let base: UnsafePointer<UInt8>
    /// Start and exclusive end of each field in `base`, interleaved.
    private let spans: [Int]

    init(number: Int, base: UnsafePointer<UInt8>, spans: [Int]) {
        self.number = number
        self.base = base
        self.spans = spans
    }

    /// The number of fields (0 for a row of empty cells).
    public var count: Int { spans.count / 2 }

    /// Field `index` (0-based); empty past the last.
    public func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index < count else { return UnsafeBufferPointer(start: base, count: 0) }
        return UnsafeBufferPointer(start: base + spans[2 * index], count: spans[2 * index + 1] - spans[2 * index])
    }
}
