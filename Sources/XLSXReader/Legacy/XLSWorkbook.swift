import Foundation

/// An Excel 97-2003 `.xls` (BIFF in an OLE compound file): the same sheets and rows an `.xlsx`
/// gives, so a bank's or portal's `.xls` download is screened and read like a workbook. The cells
/// are read by FreeXL (Debian's libfreexl, the reader GDAL and SpatiaLite use) in a process of its
/// own, `monthend-xls` beside the running program: FreeXL is C and a damaged file can crash it,
/// which must refuse the file, not end the run. An `.xls` sheet holds at most 65,536 rows, so the
/// whole file is taken in at once. Numbers come as BIFF's doubles written shortest
/// (`773012345678`, `1200.5`, `1.5E+20`), dates and times as FreeXL formats them by their cell
/// format (`2026-10-05`, `2026-10-05 14:23:01`, `14:23:01`). No merged ranges (FreeXL does not
/// report them); every sheet counts as visible.
public final class XLSWorkbook: WorkbookInMemory {

    /// The program that reads the cells: `$MONTHEND_XLS_HELPER`, else `monthend-xls` in the
    /// folder of the running program or one of its parents (a test bundle sits inside it).
    public static var helper: URL? {
        if let path = ProcessInfo.processInfo.environment["MONTHEND_XLS_HELPER"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let running = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: running).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("monthend-xls")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// Reads the whole file; throws `XLSXReadError` when it cannot be read (damaged, password
    /// protected, or no `monthend-xls` to read it with).
    public init(contentsOf url: URL, displayName: String? = nil) throws(XLSXReadError) {
        let name = displayName ?? url.path
        let output = try Self.runHelper(url, name)
        var parsed = XLSListing()
        output.withUnsafeBytes { parsed.read($0) }
        super.init(file: name, names: parsed.names, rows: parsed.rows, partPrefix: "biff")
    }


    private static func runHelper(_ url: URL, _ name: String) throws(XLSXReadError) -> Data {
        let resave =
            "open it in Excel or WPS and save it as Excel 工作簿 (*.xlsx) (另存为), or convert it with "
            + "`soffice --headless --convert-to xlsx \"\(url.lastPathComponent)\"` (LibreOffice)"
        guard let helper else {
            throw XLSXReadError(
                .legacyExcel, file: name,
                message: "this is an Excel 97-2003 workbook (.xls), and monthend-xls, which reads it, is not "
                    + "beside monthend", advice: "build it (swift build -c release --product monthend-xls) or " + resave)
        }
        let process = Process()
        process.executableURL = helper
        process.arguments = [url.path]
        // A crash is expected of some damaged files: no crash report from the Swift runtime.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            throw XLSXReadError(.unreadable, file: name, message: "cannot run \(helper.path): \(error)", advice: resave)
        }
        // The listing first (it may be large), then stderr, which holds at most an error code.
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errorText = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        switch (process.terminationReason, process.terminationStatus) {
        case (.exit, 0):
            return data
        case (.exit, 3):
            throw XLSXReadError(
                .encrypted, file: name, message: "the workbook is password-protected, so it cannot be read",
                advice: "open it in Excel or WPS, remove the password and save it again")
        case (.exit, 2):
            let code = Int(String(decoding: errorText, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            throw XLSXReadError(.damaged, file: name, message: Self.openFailure(code), advice: resave)
        case (let reason, let status):
            let how = reason == .uncaughtSignal ? "stopped on signal \(status)" : "exited with \(status)"
            throw XLSXReadError(
                .damaged, file: name, message: "the .xls file is damaged: FreeXL \(how) reading it", advice: resave)
        }
    }

    /// What FreeXL's error code (freexl.h) says of the file.
    private static func openFailure(_ code: Int?) -> String {
        let what: String
        switch code ?? 0 {
        case -1: what = "it cannot be opened"
        case -13 ... -7, -25 ... -24: what = "its compound-file structure is broken"
        case -17 ... -14: what = "its workbook stream is broken"
        case -21 ... -20: what = "its text is in a code page that cannot be converted"
        case -26: what = "it is damaged so badly FreeXL refused it"
        default: what = "FreeXL cannot read it"
        }
        return "the .xls file is damaged: \(what) (FreeXL \(code.map(String.init) ?? "?"))"
    }
}
