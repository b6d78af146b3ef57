import Foundation
import MonthEndApp

/// Standard error with colour only on a terminal, like swift-format and compilers.
struct Terminal {
    let fd: Int32
    var isInteractive: Bool { isatty(fd) == 1 }

    static let standardError = Terminal(fd: 2)

    func print(_ text: String) { write(text + "\n") }

    func write(_ text: String) {
        FileHandle(fileDescriptor: fd, closeOnDealloc: false).write(Data(text.utf8))
    }

    /// Colours `error:`, `warning:` and `note:` (or their Chinese words) when writing to a terminal.
    func highlight(_ text: String, in language: TerminalText = .english) -> String {
        guard isInteractive, ProcessInfo.processInfo.environment["NO_COLOR"] == nil else { return text }
        var text = text
        for (word, colour) in [("error", "1;31"), ("warning", "1;35"), ("note", "1;36")] {
            let shown = language.label(word).trimmingCharacters(in: .whitespaces)
            text = text.replacingOccurrences(of: shown, with: "\u{1B}[\(colour)m\(shown)\u{1B}[0m")
        }
        return text
    }
}
