import Foundation
import Testing
import Yams

/// Issue 14: the corpus of real-shaped exports (Fixtures/real-exports: 13 banks, courier portals,
/// 数电, stock sheets, a 天猫 report, a matrix rate card) read by the binary, each file alone, as
/// EXPECTED.yaml says a correct reader concludes: kind, encoding, header line, every row's fate as
/// counts, and the figures of the JSON summary, exact to the fen. An entry with `refuse` must stop
/// the run (exit 1) and write nothing. Files only an .xlsx reader can take are left to issue 15's tests.
@Suite struct RealExportsTests {
    static let folder = MonthEndCLI.packageRoot.appendingPathComponent("Fixtures/real-exports")
    static let inputKeys = ["kind", "encoding", "delimiter", "header_line", "rows", "accepted", "skipped", "rejected"]

    struct Entry: CustomTestStringConvertible, Sendable {
        var path: String
        var expected: [String: String]
        var figures: [String: String]
        var refuse: String?
        var testDescription: String { path }
    }

    static let entries: [Entry] = {
        let url = folder.appendingPathComponent("EXPECTED.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
            let root = (try? Yams.compose(yaml: text))??.mapping
        else { return [] }
        return root.flatMap { key, value -> [Entry] in
            guard let path = key.string, let body = value.mapping else { return [] }
            var expected: [String: String] = [:]
            for name in inputKeys { if let scalar = body[name]?.string { expected[name] = scalar } }
            var figures: [String: String] = [:]
            for (figure, node) in body["figures"]?.mapping ?? [:] {
                if let name = figure.string, let scalar = node.string { figures[name] = scalar }
            }
            let entry = Entry(path: path, expected: expected, figures: figures, refuse: body["refuse"]?.string)
            // A workbook export comes again as an Excel 97-2003 .xls (LibreOffice's copy): the same figures.
            let legacy = String(path.dropLast())
            guard path.hasSuffix(".xlsx"), FileManager.default.fileExists(atPath: folder.appendingPathComponent(legacy).path)
            else { return [entry] }
            return [entry, Entry(path: legacy, expected: expected, figures: figures, refuse: entry.refuse)]
        }
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.entries.count >= 39)
    }

    @Test(arguments: entries)
    func eachExportIsReadAsARealReaderMust(_ entry: Entry) throws {
        let dir = try MonthEndCLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("book.xlsx").path
        let result = try MonthEndCLI.run([
            "run", "--no-store", "--lang", "en", "--period", "2026-10", "--as-of", "2026-10-31",
            "--config", Self.folder.appendingPathComponent("monthend.yaml").path, "--json", "-", "--out", out,
            Self.folder.appendingPathComponent(entry.path).path,
        ])
        if let refusal = entry.refuse {
            #expect(result.status == 1, "expected a refusal: \(refusal)")
            #expect(!FileManager.default.fileExists(atPath: out))
            return
        }
        #expect(result.status == 0, "\(result.stderr)")
        guard result.status == 0, let summary = Self.json(result.stdout) else { return }
        let input = (summary["inputs"] as? [[String: Any]])?.first ?? [:]
        for (key, want) in entry.expected {
            #expect(Self.text(input[key]) == want, "\(key)")
        }
        for (key, want) in entry.figures {
            let have = Self.value(summary, key)
            if want == "unknown" {
                #expect(have is NSNull, "\(key): want unknown (null), got \(String(describing: have))")
            } else {
                #expect(Self.text(have) == want, "\(key)")
            }
        }
    }

    static func json(_ text: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    /// A dotted key of the summary: `receivables.aging.31-60`.
    static func value(_ summary: [String: Any], _ key: String) -> Any? {
        let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let area = summary[parts[0]] as? [String: Any] else { return nil }
        if let direct = area[parts[1]] { return direct }
        let inner = parts[1].split(separator: ".", maxSplits: 1).map(String.init)
        guard inner.count == 2 else { return nil }
        return (area[inner[0]] as? [String: Any])?[inner[1]]
    }

    /// A JSON value as the YAML writes it: numbers and strings as their text.
    static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String: return string
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }
}
