import Foundation
import MonthEndCore
import MonthEndImport
import Yams

/// What `monthend` prints on the terminal, in the terminal's language: Chinese with `--lang zh` or
/// a zh_* locale, English otherwise. The messages are written in English where they arise; the
/// Chinese comes from templates/messages.zh.yaml, keyed by the English text with `{name}` slots
/// (gettext's convention), so a message keeps its figures and names in either language. A message
/// the catalog does not know is printed in English.
public struct TerminalText: Sendable {
    public let language: RunRequest.Language
    private let exact: [String: String]
    private let patterns: [(pattern: MessagePattern, text: String)]

    /// English: every message as written.
    public static let english = TerminalText(language: .en, catalog: [:])

    init(language: RunRequest.Language, catalog: [String: String]) {
        self.language = language
        exact = catalog.filter { !$0.key.contains("{") }
        patterns = catalog.filter { $0.key.contains("{") }.map { (MessagePattern($0.key), $0.value) }
            .sorted {
                $0.pattern.specificity > $1.pattern.specificity
                    || ($0.pattern.specificity == $1.pattern.specificity && $0.text < $1.text)
            }
    }

    /// The built-in catalog of `language`.
    public static func load(_ language: RunRequest.Language) throws -> TerminalText {
        guard language == .zh else { return .english }
        let path = "templates/messages.zh.yaml"
        let text = try Templates.builtIn("messages.zh.yaml")
        guard let catalog = try? Yams.load(yaml: text) as? [String: String] else {
            throw MonthEndError(.badTemplate, "not a mapping of English messages to Chinese", path: path)
        }
        return TerminalText(language: language, catalog: catalog)
    }

    /// The terminal's language: `--lang` when given, else Chinese for a zh_* locale (LC_ALL, then
    /// LC_MESSAGES, then LANG, as POSIX orders them), else English.
    public static func language(
        explicit: RunRequest.Language?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> RunRequest.Language {
        if let explicit { return explicit }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }

    /// `message` in this language.
    public func callAsFunction(_ message: String) -> String {
        guard language == .zh, !message.isEmpty else { return message }
        if let text = exact[message] { return text }
        for entry in patterns {
            if let values = entry.pattern.match(message) {
                // A slot's value may itself be a message (a reason inside a sentence).
                return MessagePattern.fill(entry.text, values.mapValues { exact[$0] ?? $0 })
            }
        }
        return message
    }

    /// `error: `, `warning: ` and `note: ` as a compiler in this language starts a message
    /// (`错误：` in Chinese, with the full-width colon).
    public func label(_ severity: String) -> String {
        guard language == .zh else { return severity + ": " }
        switch severity {
        case "error": return "错误："
        case "warning": return "警告："
        default: return "提示："
        }
    }

    /// `file:line:col: error: message`, the offending line, then `note: hint`.
    public func render(_ error: MonthEndError) -> String {
        var location = ""
        if let path = error.path {
            location = path
            if let line = error.line {
                location += ":\(line)"
                if let column = error.column { location += ":\(column)" }
            }
            location += ": "
        }
        var text = "\(location)\(label("error"))\(self(error.message))"
        if let sourceLine = error.sourceLine { text += "\n    " + sourceLine }
        if let hint = error.hint { text += "\n\(label("note"))\(self(hint))" }
        return text
    }

    /// A rejected row as a warning: `file:line:col: warning: row rejected: reason` and the record.
    public func render(_ rejection: RowRejection) -> String {
        let reason = language == .zh ? "拒收行：" + rejection.reasonZH : "row rejected: " + rejection.reason
        var text = "\(rejection.place): \(label("warning"))\(reason)"
        if !rejection.recordText.isEmpty { text += "\n    " + rejection.recordText }
        return text
    }

    /// An import note: `path: note: message`.
    public func render(_ note: ImportNote) -> String { "\(note.path): \(label("note"))\(self(note.message))" }
}
