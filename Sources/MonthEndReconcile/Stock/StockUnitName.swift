/// A unit of measure as written in a stock sheet, folded so that `KG`, `ｋｇ` and ` kg ` all name kg.
struct StockUnitName: Hashable {
    let folded: String

    init(_ text: String) {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            var value = scalar.value
            // Full-width ASCII (U+FF01...U+FF5E) to ASCII; the ideographic space to a space.
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if value == 0x3000 { value = 0x20 }
            // ASCII upper case to lower case.
            if (0x41...0x5A).contains(value) { value += 0x20 }
            scalars.append(Unicode.Scalar(value)!)
        }
        folded = String(scalars).trimmingStockWhitespace()
    }

    var isEmpty: Bool { folded.isEmpty }

    func isListed(in units: [String]) -> Bool {
        !isEmpty && units.contains { StockUnitName($0) == self }
    }
}

extension String {
    /// The text without leading and trailing white space (no Foundation in this stage).
    fileprivate func trimmingStockWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
