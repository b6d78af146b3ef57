import Foundation
import MonthEndCSV
import XLSXReader

/// An HTML page saved under an Excel name (`HTMLTable`) as a table the mapper reads, as a CSV file
/// is: each `<tr>` a row, lent at its row number as Excel shows the page, so header and kind
/// detection, value readers, row fates and rejections (named as cells, `C7`) are the CSV path's.
final class HTMLTableSource: RowSource {
    let path: String
    let separator = "\t"
    let encoding: TextEncoding
    let sha256: String
    /// The code page to read a page in that names none (nil: the page's own `<meta>` says).
    private let readAs: String?

    init(path: String, sniff: HTMLTable.Sniff) throws {
        self.path = path
        sha256 = try FileDigest.sha256(path: path)
        if sniff.charset != nil {
            readAs = nil
            encoding = sniff.isChinese ? .gb18030 : .utf8
        } else {
            // No charset named: UTF-8 when the bytes are, else GB18030 (INPUTS.md's order).
            let utf8 = Self.looksUTF8(path)
            readAs = utf8 ? "UTF-8" : "GB18030"
            encoding = utf8 ? .utf8 : .gb18030
        }
    }

    func forEachRow(_ body: (RowView, Int?) throws -> Void) throws {
        let buffer = RowBuffer()
        try HTMLTable.readRows(URL(fileURLWithPath: path), displayName: path, encoding: readAs) { number, cells in
            for cell in cells { buffer.append(cell) }
            try buffer.lend(line: number) { try body($0, nil) }
        }
    }

    /// Whether the file's first 256 KB are UTF-8 (a character cut at the end aside).
    private static func looksUTF8(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        let bytes = [UInt8]((try? handle.read(upToCount: 1 << 18)) ?? Data())
        return (0...min(3, bytes.count)).contains { cut in
            String(validating: bytes.dropLast(cut), as: UTF8.self) != nil
        }
    }
}
