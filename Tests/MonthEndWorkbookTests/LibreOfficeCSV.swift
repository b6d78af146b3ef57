import Foundation

/// Converts a workbook to one CSV per sheet with LibreOffice headless, a second reader independent
/// of openpyxl. Each conversion gets its own user profile (so tests run in parallel) that says
/// whether LibreOffice recalculates formulas on load or shows the values stored with them.
/// A missing soffice fails the test with the reason; it never skips.
enum LibreOfficeCSV {
    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Filter options: comma, double quote, UTF-8 (76), from line 1, raw values (not "as shown"),
    /// formulas' results (not their text), every sheet to its own file (token 12 = -1).
    static let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    static let timeoutSeconds: TimeInterval = 120

    static func soffice() throws -> String {
        let candidates =
            ["/usr/bin/soffice", "/usr/bin/libreoffice"]
            + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { $0 + "/soffice" }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Failure(
                description:
                    "LibreOffice (soffice) is not installed, and the workbook tests read the workbook with it: "
                    + "run scripts/setup.sh --test (Debian package libreoffice-calc-nogui)")
        }
        return found
    }

    /// The workbook's sheets as CSV rows, keyed by sheet name. `recalculate` sets the profile's
    /// OOXMLRecalcMode: 0 recalculates every formula on load, 1 never does (stored values shown).
    static func sheets(of workbook: String, recalculate: Bool) throws -> [String: [[String]]] {
        let soffice = try soffice()
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("wb-lo-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: work) }
        let profile = work.appendingPathComponent("profile")
        let out = work.appendingPathComponent("out")
        try fm.createDirectory(at: profile.appendingPathComponent("user"), withIntermediateDirectories: true)
        try fm.createDirectory(at: out, withIntermediateDirectories: true)
        try registry(recalcMode: recalculate ? 0 : 1).write(
            to: profile.appendingPathComponent("user/registrymodifications.xcu"), atomically: true, encoding: .utf8)
        // A fixed base name, so the files are month-<sheet>.csv whatever the workbook was called.
        let input = work.appendingPathComponent("month.xlsx")
        try fm.copyItem(at: URL(fileURLWithPath: workbook), to: input)

        let log = work.appendingPathComponent("soffice.log")
        guard fm.createFile(atPath: log.path, contents: nil) else {
            throw Failure(description: "cannot create \(log.path)")
        }
        let logHandle = try FileHandle(forWritingTo: log)
        defer { try? logHandle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = [
            "--headless", "-env:UserInstallation=" + profile.absoluteURL.absoluteString, "--convert-to", filter,
            "--outdir", out.path, input.path,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = work.path
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = logHandle
        process.standardError = logHandle
        try process.run()
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "soffice did not finish converting within \(Int(timeoutSeconds)) s")
        }
        let logText = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw Failure(description: "soffice exited with \(process.terminationStatus): \(logText)")
        }
        var sheets: [String: [[String]]] = [:]
        for file in try fm.contentsOfDirectory(atPath: out.path)
        where file.hasPrefix("month-") && file.hasSuffix(".csv") {
            let name = String(file.dropFirst("month-".count).dropLast(".csv".count))
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            sheets[name] = try parse(text)
        }
        return sheets
    }

    static func registry(recalcMode: Int) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
        <value>\(recalcMode)</value></prop></item>
        </oor:items>

        """
    }

    /// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.
    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending {
                pending = nil
                return p
            }
            return iterator.next()
        }
        while let ch = next() {
            if quoted {
                if ch == "\"" {
                    if let following = next() {
                        if following == "\"" {
                            field.unicodeScalars.append("\"")
                        } else {
                            quoted = false
                            afterQuote = true
                            pending = following
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(ch)
                }
                continue
            }
            switch ch {
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
            case ",":
                row.append(field)
                field = ""
                afterQuote = false
            case "\n", "\r":
                if ch == "\r", let following = next(), following != "\n" { pending = following }
                row.append(field)
                rows.append(row)
                row = []
                field = ""
                afterQuote = false
            default:
                if afterQuote { throw Failure(description: "CSV: text after a closing quote") }
                field.unicodeScalars.append(ch)
            }
        }
        if quoted { throw Failure(description: "CSV: unterminated quoted field") }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
