import Foundation

/// The shared string tables of the last workbooks read, by file (path, size, modification time,
/// file number) and part. A run screens every sheet of a workbook and then reads the chosen ones,
/// each through the workbook opened again; without this each would parse the whole table again
/// (a 100k-row bill's is 3 MB of XML and 100,000 strings: 0.03-0.05 s each time).
final class SharedStringsCache: @unchecked Sendable {
    struct Key: Hashable {
        let path: String
        let part: String
        let size: Int
        let modified: Date
        let fileNumber: Int
    }

    static let shared = SharedStringsCache()

    /// Two tables: the workbook being read and the one before it; older ones are let go.
    private let capacity = 2
    /// Guards `entries`, most recently used last.
    private let lock = NSLock()
    private var entries: [Entry] = []

    private struct Entry {
        let key: Key
        let table: SharedStrings
    }

    /// The key of a part of the file at `url`; nil when the file cannot be described (not cached then).
    static func key(_ url: URL, part: String) -> Key? {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        } catch {
            return nil
        }
        let size: Int? = attributes[FileAttributeKey.size] as? Int
        let modified: Date? = attributes[FileAttributeKey.modificationDate] as? Date
        let fileNumber: Int? = attributes[FileAttributeKey.systemFileNumber] as? Int
        guard let size, let modified, let fileNumber else { return nil }
        let path: String = url.standardizedFileURL.path
        return Key(path: path, part: part, size: size, modified: modified, fileNumber: fileNumber)
    }

    func table(for key: Key) -> SharedStrings? {
        lock.lock()
        defer { lock.unlock() }
        guard let index = entries.firstIndex(where: { (entry: Entry) -> Bool in entry.key == key }) else { return nil }
        let entry = entries.remove(at: index)
        entries.append(entry)
        return entry.table
    }

    func store(_ table: SharedStrings, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        entries.removeAll(where: { (entry: Entry) -> Bool in entry.key == key })
        entries.append(Entry(key: key, table: table))
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
    }
}
