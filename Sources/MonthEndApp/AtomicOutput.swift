import Foundation
import MonthEndCore

/// Writes a file so that readers see either the earlier file or the complete new one, never a
/// partial one: the content goes to a hidden temporary file beside the target, which is renamed
/// into place only after it is complete. On any failure the temporary file is removed.
public enum AtomicOutput {
    /// Calls `produce` with a temporary path in the target's folder, then renames it to `path`.
    public static func write(to path: String, _ produce: (String) throws -> Void) throws {
        // One file staged and published: `StagedOutputs` keeps the temporary-file rules for both.
        let outputs = StagedOutputs()
        try outputs.stage(path, produce)
        try outputs.publish()
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
