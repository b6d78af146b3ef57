import Foundation

@testable import MonthEndReconcile

/// The reasons' words as the workbook has them: the `reason.*` lines of templates/labels.zh.yaml
/// and labels.en.yaml, read from the source tree.
enum TestPhrases {
    static let zh = load("zh")
    static let en = load("en")

    static func load(_ language: String) -> ReasonPhrases {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("templates/labels.\(language).yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { fatalError("cannot read \(url.path)") }
        var templates: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("reason.") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            templates[String(line[..<colon])] = value
        }
        return ReasonPhrases(templates)
    }
}
