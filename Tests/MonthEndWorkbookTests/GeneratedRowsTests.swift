import Foundation
import Testing

@testable import MonthEndWorkbook

/// Generated rows (issue #8) place and write exactly as the same rows held, building each row once
/// for the placement and once for the writer, however many figures read the sheet.
@Suite struct GeneratedRowsTests {
    /// Counts generator calls across threads (the generator is `@Sendable`).
    final class CallCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var calls = 0

        func tick() { lock.withLock { calls += 1 } }
        var count: Int { lock.withLock { calls } }
    }

    static let rowCount = 23
    static let long = String(repeating: "汉", count: 15)

    /// Row i of the detail sheet: status matched / fee_mismatch / blank in turn, amounts from -7.50
    /// up by 1.50, every fourth weight missing, and two waybills too long for a 12-unit limit.
    static func row(_ i: Int) -> [CellValue] {
        [
            .text(i == 4 || i == 17 ? long : "W\(i)"),
            i % 3 == 0 ? .text("matched") : (i % 3 == 1 ? .text("fee_mismatch") : .empty),
            .money(Money(fen: Int64(i - 5) * 150)),
            i % 4 == 0 ? .empty : .quantity(Quantity(micros: Int64(i) * 250_000)),
            .integer(i),
        ]
    }

    static func detail(_ rows: SheetRows) -> SheetModel {
        var sheet = SheetModel(
            id: .courier, name: "快递对账",
            columns: [
                ColumnModel("单号", .text), ColumnModel("状态", .text), ColumnModel("金额", .money),
                ColumnModel("重量", .quantity), ColumnModel("件数", .integer),
            ],
            totals: [.label("合计"), .none, .sum, .sum, .sum],
            trailer: [TrailerRow([.text("备注"), .text(long)])])
        sheet.rows = rows
        return sheet
    }

    static let figures: [Aggregate.Function] = [
        .sum(column: 2), .count(column: 1), .countIf(column: 1, .equals("MATCHED")),
        .sumIf(criterionColumn: 1, .equals("fee_mismatch"), sumColumn: 2), .countBlank(column: 1),
        .negativeSum(column: 2), .sumIfs(sumColumn: 2, [.init(1, .equals("fee_mismatch")), .init(2, .positive)]),
        .sum(column: 3), .sum(column: 4),
    ]

    static func model(_ rows: SheetRows) -> WorkbookModel {
        let summary = SheetModel(
            id: .summary, name: "汇总", columns: (0...figures.count).map { ColumnModel("F\($0)", .text) },
            rows: [[.text("数值")] + figures.map { .aggregate(Aggregate(.courier, $0)) }],
            trailer: [TrailerRow([.text("合计"), .aggregate(Aggregate(.courier, .sum(column: 2)))])])
        let rejected = SheetModel(
            id: .rejectedRows, name: "拒收行",
            columns: ["文件", "行", "列", "原文", "原因"].map { ColumnModel($0, .text) }, trailer: [TrailerRow([.text("无")])])
        return WorkbookPlacementTests.model([summary, detail(rows), rejected])
    }

    static let placement = WorkbookPlacement(rowLimit: 10, textLimit: 12, cutReason: "长 {length}，已截断")

    @Test func rowsBuildOnDemandAndPartsAreRanges() {
        let rows = SheetRows(count: Self.rowCount, row: Self.row)
        #expect(rows.isGenerated)
        #expect(rows.count == 23)
        #expect(rows[7] == Self.row(7))
        let part = rows.rows(in: 9..<18)
        #expect(part.isGenerated)
        #expect(part.count == 9)
        #expect(part[0] == Self.row(9))
        #expect(part.rows(in: 2..<4).map { $0[4] } == [.integer(11), .integer(12)])
        let held = SheetRows((0..<Self.rowCount).map(Self.row))
        #expect(!held.isGenerated)
        #expect(rows == held)
        #expect(rows.hashValue == held.hashValue)
        #expect(part == held.rows(in: 9..<18))
        let replaced = rows.rows(in: 9..<18).replacing(cells: [1: [0: .text("X")]])
        #expect(replaced[1][0] == .text("X"))
        #expect(replaced[1][1] == .text("fee_mismatch"))
        #expect(replaced[2] == Self.row(11))
        // Rows filled into a reused array stay whole when kept (the array is copied, not shared).
        let filled = SheetRows(count: 3) { i, cells in cells.append(contentsOf: [.integer(i), .integer(i * 10)]) }
        #expect(
            Array(filled) == [[.integer(0), .integer(0)], [.integer(1), .integer(10)], [.integer(2), .integer(20)]])
        #expect(filled.map { $0.count } == [2, 2, 2])
        #expect(filled[2] == [.integer(2), .integer(20)])
        let empty: SheetRows = []
        #expect(empty.isEmpty && !empty.isGenerated)
    }

    @Test func generatedSheetPlacesExactlyAsTheSameRowsHeld() throws {
        let generated = Self.placement.place(Self.model(SheetRows(count: Self.rowCount, row: Self.row)))
        let held = Self.placement.place(Self.model(SheetRows((0..<Self.rowCount).map(Self.row))))
        #expect(generated == held)
        #expect(generated.sheets[1].rows.isGenerated && !held.sheets[1].rows.isGenerated)

        #expect(generated.sheets.map(\.name) == ["汇总", "快递对账", "快递对账 (2)", "快递对账 (3)", "拒收行"])
        #expect(generated.sheets[1...3].map(\.rows.count) == [9, 9, 5])
        // The cut texts as the writer will see them, on the part that holds each row.
        let cut = CellValue.text(String(repeating: "汉", count: 12))
        #expect(generated.sheets[1].rows[4][0] == cut)
        #expect(generated.sheets[2].rows[8][0] == cut)
        #expect(generated.sheets[3].trailer[0].cells[1] == cut)
        // Notes: rows in order, then the trailer (row 27: header, 23 rows, totals, blank row).
        let reason = CellValue.text("长 15，已截断")
        #expect(
            Array(generated.sheets[4].rows) == [
                [.text("快递对账"), .integer(6), .integer(1), .text(Self.long), reason],
                [.text("快递对账"), .integer(19), .integer(1), .text(Self.long), reason],
                [.text("快递对账"), .integer(27), .integer(2), .text(Self.long), reason],
            ])
        #expect(generated.sheets[4].trailer.isEmpty)

        let parts = ["'快递对账'!", "'快递对账 (2)'!", "'快递对账 (3)'!"]
        let lastRows = [10, 10, 6]
        func over(_ term: (String, Int) -> String) -> String {
            zip(parts, lastRows).map { term($0.0, $0.1) }.joined(separator: "+")
        }
        let values = Array(generated.sheets[0].rows[0].dropFirst())
        #expect(
            values == [
                .formula(over { "SUM(\($0)C2:C\($1))" }, .money(Money(fen: 20_700))),
                .formula(over { "COUNTA(\($0)B2:B\($1))" }, .integer(16)),
                .formula(over { "COUNTIF(\($0)B2:B\($1),\"MATCHED\")" }, .integer(8)),
                .formula(over { "SUMIF(\($0)B2:B\($1),\"fee_mismatch\",\($0)C2:C\($1))" }, .money(Money(fen: 7_800))),
                .formula(over { "COUNTBLANK(\($0)B2:B\($1))" }, .integer(7)),
                .formula(over { "-SUMIF(\($0)C2:C\($1),\"<0\")" }, .money(Money(fen: 2_250))),
                .formula(
                    over { "SUMIFS(\($0)C2:C\($1),\($0)B2:B\($1),\"fee_mismatch\",\($0)C2:C\($1),\">0\")" },
                    .money(Money(fen: 8_550))),
                .formula(over { "SUM(\($0)D2:D\($1))" }, .quantity(Quantity(micros: 48_250_000))),
                .formula(over { "SUM(\($0)E2:E\($1))" }, .integer(253)),
            ])
        #expect(generated.sheets[0].trailer[0].cells[1] == values[0])
        // Totals on the last part only, over its own rows 18...22.
        #expect(generated.sheets[1].totalsCells.isEmpty && generated.sheets[2].totalsCells.isEmpty)
        #expect(
            generated.sheets[3].totalsCells == [
                .text("合计"), .empty, .formula("SUM(C2:C6)", .money(Money(fen: 11_250))),
                .formula("SUM(D2:D6)", .quantity(Quantity(micros: 20_000_000))), .formula("SUM(E2:E6)", .integer(100)),
            ])
        // Widths per part (+2 padding, at least 6): the cut waybill is 24 wide on parts 1 and 2,
        // amounts "-7.50" and "18.00" 5; part 3 has "W18".."W22" under a 4-wide header, its cut
        // trailer note widens column B, and its totals "112.50" and "20.000" are 6 wide.
        #expect(generated.sheets[1].columnWidths == [26, 14, 7, 7, 6])
        #expect(generated.sheets[2].columnWidths == [26, 14, 7, 7, 6])
        #expect(generated.sheets[3].columnWidths == [6, 26, 8, 8, 6])
    }

    @Test func eachRowIsBuiltOnceToPlaceAndOnceToWrite() throws {
        let counter = CallCounter()
        let rows = SheetRows(count: Self.rowCount) { i in
            counter.tick()
            return Self.row(i)
        }
        let placed = Self.placement.place(Self.model(rows))
        // Nine figures, a trailer figure, totals, widths and cut texts: one build per row.
        #expect(counter.count == 23)
        let path = WorkbookCheck.temporaryPath("generated.xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try WorkbookExporter.write(placed, to: path, createdEpochSeconds: WorkbookExporterTests.epoch)
        #expect(counter.count == 46)
    }

    @Test func layoutGeneratesTheBigSheetsAndPlacesThemAsHeld() throws {
        let labels = try Fixtures.labels("zh")
        let layout = WorkbookLayout(labels: labels)
        let model = layout.model(for: Fixtures.report())
        let generatedIDs = model.sheets.filter(\.rows.isGenerated).map(\.id)
        #expect(generatedIDs == [.courier, .dunning, .exceptions])
        var held = model
        for s in held.sheets.indices { held.sheets[s].rows = SheetRows(Array(held.sheets[s].rows)) }
        // A small row limit and text limit split and cut the fixture's real sheets.
        let placement = WorkbookPlacement(rowLimit: 16, textLimit: 6, cutReason: labels["cut_reason"])
        let fromGenerated = placement.place(model)
        let fromHeld = placement.place(held)
        #expect(fromGenerated == fromHeld)
        #expect(fromGenerated.sheets.count > model.sheets.count)
        let notes = fromGenerated.sheets.filter { $0.id == .rejectedRows }.flatMap(\.rows)
        #expect(notes.contains { $0[0] == .text(labels.sheetName(.courier)) })
        #expect(notes.contains { $0[0] == .text(labels.sheetName(.exceptions)) })
    }
}
