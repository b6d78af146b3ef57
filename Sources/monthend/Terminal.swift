import Foundation

/// Standard error with colour only on a terminal, like swift-format and compilers.
struct Terminal {
    let fd: Int32
    var isInteractive: Bool { isatty(fd) == 1 }

    static let standardError = Terminal(fd: 2)

    func print(_ text: String) {
        FileHandle(fileDescriptor: fd, closeOnDealloc: false).write(Data((text + "\n").utf8))
    }

    /// Colours `error:`, `warning:` and `note:` when writing to a terminal.
    func highlight(_ text: String) -> String {
        guard isInteractive, ProcessInfo.processInfo.environment["NO_COLOR"] == nil else { return text }
        return text
            .replacingOccurrences(of: "error:", with: "\u{1B}[1;31merror:\u{1B}[0m")
            .replacingOccurrences(of: "warning:", with: "\u{1B}[1;35mwarning:\u{1B}[0m")
            .replacingOccurrences(of: "note:", with: "\u{1B}[1;36mnote:\u{1B}[0m")
    }
}
