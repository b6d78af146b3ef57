import Foundation
import MonthEndCore

/// Writes a file so that readers see either the earlier file or the complete new one, never a
/// partial one: the content goes to a hidden temporary file beside the target, which is renamed
/// into place only after it is complete. On any failure the temporary file is removed.
public enum AtomicOutput {
    /// Calls `produce` with a temporary path in the target's folder, then renames it to `path`.
    public static func write(to path: String, _ produce: (String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw MonthEndError(
                .writeFailed, "the folder for the output does not exist", path: path,
                hint: "create \(folder) first, or choose another --out")
        }
        let temporary = folder + "/.\(url.lastPathComponent).\(getpid()).tmp"
        do {
            try produce(temporary)
            guard rename(temporary, path) == 0 else {
                let reason = String(cString: strerror(errno))
                throw MonthEndError(
                    .writeFailed, "cannot move the finished file into place: \(reason)", path: path,
                    hint: "check that the folder is writable and the file is not open in another program")
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Writes `text` atomically.
    public static func write(text: String, to path: String) throws {
        try write(to: path) { temporary in
            guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
                throw MonthEndError(
                    .writeFailed, "cannot write the file", path: path,
                    hint: "check that the folder is writable")
            }
        }
    }
}
