import Foundation
import Testing

@testable import MonthEndImport

/// Every value reader on the cells of `BytePathTests.cells` (the forms of INPUTS.md's Values
/// section and the cells on their edges), against ValueOutcomes.tsv: per cell, in the order of
/// that list, the outcome as money, price, quantity, date and identifier ("value X", "none" or
/// "problem P"). The table was recorded from the readers as they stood before they were rewritten
/// on bytes, so it holds the rewrite to the same answers; a change of rule changes the table on purpose.
@Suite struct ValueTableTests {
    static let rows: [[String]] = {
        let here = #filePath
        let path = String(here[..<here.lastIndex(of: "/")!]) + "/ValueOutcomes.tsv"
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }()

    /// The cell as the table writes it: control, white space, format and combining scalars escaped.
    static func escaped(_ text: String) -> String {
        text.unicodeScalars.map { scalar -> String in
            let category = scalar.properties.generalCategory
            let hidden =
                scalar.value < 0x20 || scalar.value == 0x5C || (0x7F...0xA0).contains(scalar.value)
                || (scalar.properties.isWhitespace && scalar != " ") || category == .format
                || category == .nonspacingMark
            return hidden ? String(format: "\\u{%X}", scalar.value) : String(scalar)
        }.joined()
    }

    @Test func theTableCoversEveryCell() {
        #expect(Self.rows.count == BytePathTests.cells.count)
        #expect(Self.rows.map { $0.first ?? "" } == BytePathTests.cells.map(Self.escaped))
    }

    @Test(arguments: Array(BytePathTests.cells.enumerated()))
    func everyReaderGivesTheRecordedOutcome(_ index: Int, _ cell: String) throws {
        let row = try #require(index < Self.rows.count ? Self.rows[index] : nil)
        let units = MappingFixture.table.quantityUnits
        let outcomes = [
            BytePathTests.outcome { () throws(ValueError) in try MoneyText.parse(cell) },
            BytePathTests.outcome { () throws(ValueError) in try QuantityText.parsePrice(cell) },
            BytePathTests.outcome { () throws(ValueError) in try QuantityText.parse(cell, units: units) },
            BytePathTests.outcome { () throws(ValueError) in try DateText.parse(cell) },
            Self.escaped(BytePathTests.outcome { () throws(ValueError) in try IdentifierText.parse(cell) }),
        ]
        #expect(outcomes == Array(row.dropFirst()), "cell \(index): \(Self.escaped(cell))")
    }
}
