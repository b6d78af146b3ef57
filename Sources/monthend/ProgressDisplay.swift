import Foundation
import MonthEndApp

/// One progress bar per phase of `monthend run` on standard error, redrawn in place five times a
/// second: what is done of the total, elapsed time and an estimate of the rest. A finished phase
/// keeps its last line. Only for a terminal; `monthend run --quiet` or a pipe shows none.
final class ProgressDisplay: @unchecked Sendable {
    private let terminal: Terminal
    private let text: TerminalText
    private let lock = NSLock()
    private var current: RunProgress?
    private var phaseStart = Date()
    private var running = true
    private let stopped = DispatchSemaphore(value: 0)

    static let barWidth = 24

    init(terminal: Terminal, text: TerminalText) {
        self.terminal = terminal
        self.text = text
        Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.2)
                lock.lock()
                let keepGoing = running
                if keepGoing { draw() }
                lock.unlock()
                if !keepGoing { break }
            }
            stopped.signal()
        }.start()
    }

    /// Takes a report from any thread; a new phase closes the previous one's line.
    func update(_ progress: RunProgress) {
        lock.lock()
        defer { lock.unlock() }
        guard running else { return }
        if let current, current.phase != progress.phase {
            self.current = RunProgress(
                current.phase, done: max(current.done, current.total), total: current.total, rows: current.rows)
            draw()
            terminal.write("\n")
            phaseStart = Date()
        }
        if current == nil { phaseStart = Date() }
        // Reports from two threads may arrive out of order: never go backwards.
        if let current, current.phase == progress.phase, current.done > progress.done { return }
        current = progress
    }

    /// Prints `message` on its own line above the bar (a warning while a phase runs).
    func print(_ message: String) {
        lock.lock()
        defer { lock.unlock() }
        if running && current != nil { terminal.write("\r\u{1B}[2K") }
        terminal.print(message)
        if running { draw() }
    }

    /// Closes the last phase's line and stops redrawing; call before printing anything else.
    func finish(completed: Bool) {
        lock.lock()
        if running, let current {
            if completed {
                self.current = RunProgress(
                    current.phase, done: max(current.done, current.total), total: current.total, rows: current.rows)
                draw()
                terminal.write("\n")
            } else {
                terminal.write("\r\u{1B}[2K")
            }
        }
        running = false
        lock.unlock()
        stopped.wait()
    }

    /// `reading      [############------------]  50%  1.2 MB of 2.4 MB  0:03, about 0:03 left`
    private func draw() {
        guard let progress = current else { return }
        let elapsed = Date().timeIntervalSince(phaseStart)
        let fraction = progress.total > 0 ? min(1, Double(progress.done) / Double(progress.total)) : 0
        let filled = Int((fraction * Double(Self.barWidth)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: Self.barWidth - filled)
        let percent = String(format: "%3d%%", Int((fraction * 100).rounded(.down)))
        let amount: String
        if progress.phase == .read {
            amount =
                Self.size(progress.done, of: progress.total)
                + (text.language == .zh ? "，已读 \(progress.rows) 行" : ", \(progress.rows) rows")
        } else {
            amount = "\(progress.done) / \(progress.total) \(text(progress.phase.unit))"
        }
        var line =
            "\(Self.padded(text(progress.phase.rawValue), 12)) [\(bar)] \(percent)  \(amount)  \(Self.clock(elapsed))"
        if fraction > 0.02 && fraction < 1 {
            let left = elapsed / fraction - elapsed
            line += text.language == .zh ? "，预计还需 \(Self.clock(left))" : ", about \(Self.clock(left)) left"
        }
        terminal.write("\r\u{1B}[2K" + line)
    }

    /// `12.5 / 40.0 KB`, `1.2 / 252.1 MB`: both in the unit that suits the total.
    static func size(_ bytes: Int, of total: Int) -> String {
        let (unit, name) = total >= 1_048_576 ? (1_048_576.0, "MB") : (1024.0, "KB")
        return String(format: "%.1f / %.1f %@", Double(bytes) / unit, Double(total) / unit, name)
    }

    /// `m:ss`.
    static func clock(_ seconds: Double) -> String {
        let whole = max(0, Int(seconds.rounded()))
        return String(format: "%d:%02d", whole / 60, whole % 60)
    }

    /// `text` padded with spaces to `width` columns (a CJK character takes two).
    static func padded(_ text: String, _ width: Int) -> String {
        let columns = text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
        return text + String(repeating: " ", count: max(0, width - columns))
    }
}
