// The harness bench/xlsx_read.sh builds (release, outside the tree): writes a courier bill of N
// rows as CSV and as .xlsx with the same values, streams the .xlsx through XLSXReader, imports
// the CSV through the current importer, and parses a sheet's XML with Foundation's XMLParser.
import Foundation
import Glibc
import MonthEndImport
import XLSXReader
import XLSXWriter

#if canImport(FoundationXML)
    import FoundationXML
#endif

func seconds(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    let cpuStart = clock()
    try body()
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &end)
    let wall = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    return (wall, Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC))
}

let provinces = ["广东省", "浙江省", "江苏省", "上海市", "北京市", "四川省", "湖北省", "福建省"]
let header = ["序号", "寄件日期", "运单号码", "寄件地区", "到件地区", "计费重量", "产品类型", "服务", "费用(元)", "应付金额", "月结卡号"]

/// Row i of the bill as cells: (text, or number text, or date serial).
enum Cell { case text(String), number(Double, String), date(Int, String) }
func billRow(_ i: Int) -> [Cell] {
    let day = 1 + i % 28
    let weightTenths = 1 + (i * 37) % 800
    let feeFen = 800 + (i * 7919) % 250_000
    let dueFen = i % 5 == 0 ? feeFen - feeFen / 10 : feeFen
    func money(_ fen: Int) -> (Double, String) {
        (Double(fen) / 100, "\(fen / 100).\(fen % 100 < 10 ? "0" : "")\(fen % 100)")
    }
    let fee = money(feeFen), due = money(dueFen)
    return [
        .number(Double(i + 1), "\(i + 1)"),
        .date(46295 + day, "2026-10-\(day < 10 ? "0" : "")\(day)"),
        .text("SF\(7_730_000_000_000 + i)"),
        .text(provinces[i % 3]), .text(provinces[(i * 5 + 1) % provinces.count]),
        .number(Double(weightTenths) / 10, "\(weightTenths / 10).\(weightTenths % 10)"),
        .text(i % 7 == 0 ? "顺丰特快" : "顺丰标快"), .text("运费"),
        .number(fee.0, fee.1), .number(due.0, due.1), .text("075512345\(i % 10)"),
    ]
}

func make(_ count: Int, _ folder: String, constantMemory: Bool) throws {
    var csv = header.joined(separator: ",") + "\n"
    let suffix = constantMemory ? "-inline" : ""
    var workbook = try Workbook(path: folder + "/bill\(suffix).xlsx", options: .init(constantMemory: constantMemory))
    let sheet = try workbook.addWorksheet("账单明细")
    for (column, text) in header.enumerated() { try workbook.writeText(text, sheet: sheet, row: 0, column: column) }
    let date = CellFormat(numberFormat: "yyyy-mm-dd")
    for i in 0..<count {
        var fields: [String] = []
        for (column, cell) in billRow(i).enumerated() {
            switch cell {
            case .text(let text):
                try workbook.writeText(text, sheet: sheet, row: i + 1, column: column)
                fields.append(text)
            case .number(let value, let text):
                try workbook.writeNumber(value, sheet: sheet, row: i + 1, column: column)
                fields.append(text)
            case .date(let serial, let text):
                try workbook.writeNumber(Double(serial), sheet: sheet, row: i + 1, column: column, format: date)
                fields.append(text)
            }
        }
        csv += fields.joined(separator: ",") + "\n"
    }
    try workbook.close()
    if !constantMemory { try csv.write(toFile: folder + "/bill.csv", atomically: true, encoding: .utf8) }
}

/// Streams every row of the first sheet and renders every cell as the CSV path would see it.
func read(_ path: String) throws {
    var rows = 0, cells = 0, bytes = 0
    let time = try seconds {
        let workbook = try XLSXWorkbook(contentsOf: URL(fileURLWithPath: path))
        try workbook.readRows(of: workbook.sheets[0]) { row in
            rows += 1
            for cell in row.cells {
                cells += 1
                bytes += cell.value.csvText.utf8.count
            }
            return .next
        }
    }
    print(
        "xlsx-read \(path): rows=\(rows) cells=\(cells) text_bytes=\(bytes) wall=\(time.wall) cpu=\(time.cpu) rows_per_s=\(Int(Double(rows) / time.wall))"
    )
}

/// Streams every row of the first sheet as the import reads it: each field's CSV text as bytes.
func readTexts(_ path: String) throws {
    var rows = 0, fields = 0, bytes = 0
    let time = try seconds {
        let workbook = try XLSXWorkbook(contentsOf: URL(fileURLWithPath: path))
        try workbook.readRowTexts(of: workbook.sheets[0]) { row in
            rows += 1
            fields += row.count
            for index in 0..<row.count { bytes += row.field(index).count }
            return .next
        }
    }
    print(
        "xlsx-texts \(path): rows=\(rows) fields=\(fields) text_bytes=\(bytes) wall=\(time.wall) cpu=\(time.cpu) rows_per_s=\(Int(Double(rows) / time.wall))"
    )
}

func importCSV(_ path: String) throws {
    var tally: ImportBenchmark.ImportTally?
    let time = try seconds { tally = try ImportBenchmark.importAll(path: path) }
    print(
        "csv-import \(path): kind=\(tally!.kind.rawValue) rows=\(tally!.rows) accepted=\(tally!.accepted) wall=\(time.wall) cpu=\(time.cpu) rows_per_s=\(Int(Double(tally!.rows) / time.wall))"
    )
}

/// Foundation's XMLParser over the sheet's XML (already extracted), counting cells.
final class CellCounter: NSObject, XMLParserDelegate {
    var cells = 0, rows = 0
    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "c" { cells += 1 } else if name == "row" { rows += 1 }
    }
}
func xmlParser(_ path: String) {
    let counter = CellCounter()
    let time = seconds {
        let parser = XMLParser(stream: InputStream(fileAtPath: path)!)
        parser.delegate = counter
        _ = parser.parse()
    }
    print(
        "xmlparser \(path): rows=\(counter.rows) cells=\(counter.cells) wall=\(time.wall) cpu=\(time.cpu) rows_per_s=\(Int(Double(counter.rows) / time.wall))"
    )
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "make": try make(Int(arguments[1])!, arguments[2], constantMemory: arguments.count > 3)
    case "read": try read(arguments[1])
    case "texts": try readTexts(arguments[1])
    case "import": try importCSV(arguments[1])
    case "xmlparser": xmlParser(arguments[1])
    default:
        print("usage: bench make N DIR [inline] | read FILE.xlsx | texts FILE.xlsx | import FILE.csv | xmlparser SHEET.xml"); exit(64)
    }
} catch {
    print("error: \(error)")
    exit(1)
}
