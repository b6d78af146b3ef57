import Foundation
import MonthEndCore

/// A run's output files, each written complete to a hidden temporary file beside its target and
/// moved into place together at the end (`publish`), as `AtomicOutput` does for one file; a run
/// that fails before then leaves every earlier file as it was and no temporary file behind.
final class StagedOutputs {
    /// A finished temporary file and the file it replaces at `publish`.
    struct File: Sendable {
        var temporary: String
        var target: String
    }

    private var staged: [File] = []

    /// Writes one file through `produce` at a temporary path; the target is replaced at `publish`.
    func stage(_ target: String, _ produce: (String) throws -> Void) throws {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw MonthEndError(
                .writeFailed, "the folder for the output does not exist", path: target,
                hint: "create \(folder) first, or choose another --out")
        }
        let temporary = folder + "/.\(url.lastPathComponent).\(getpid()).tmp"
        do {
            try produce(temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        staged.append(File(temporary: temporary, target: target))
    }

    /// The files staged so far, handed to another `StagedOutputs` (`adopt`), as from another
    /// thread; this one forgets them.
    func handOver() -> [File] {
        defer { staged = [] }
        return staged
    }

    /// Files staged by another `StagedOutputs`, published or discarded with this one's, after them.
    func adopt(_ files: [File]) { staged += files }

    /// The temporary file standing for `target`, once staged.
    func temporary(for target: String) -> String? { staged.first { $0.target == target }?.temporary }

    /// Moves every staged file into place, in the order staged.
    func publish() throws {
        for (index, file) in staged.enumerated() where rename(file.temporary, file.target) != 0 {
            let reason = String(cString: strerror(errno))
            for rest in staged[index...] { unlink(rest.temporary) }
            staged = []
            throw MonthEndError(
                .writeFailed, "cannot move the finished file into place: \(reason)", path: file.target,
                hint: "check that the folder is writable and the file is not open in another program")
        }
        staged = []
    }

    /// Removes whatever was staged and not published.
    func discard() {
        for file in staged { unlink(file.temporary) }
        staged = []
    }

    deinit { discard() }
}
