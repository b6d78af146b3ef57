/// Where an item's book quantity came from, so the sheet can say whether it was read or worked out.
public enum StockBookSource: String, Sendable, Hashable, CaseIterable {
    /// The file's book column (账存数量 ...).
    case bookColumn = "book_column"
    /// Opening + received - issued, because the row has no book quantity of its own.
    case computed
    /// Neither a book quantity nor any of opening, received, issued: the item is not on the books.
    case none
}
