internal import CZlibChecksum
import Foundation
internal import ZIPFoundation

/// The workbook's ZIP archive (an OPC package), opened through ZIPFoundation. A part is inflated
/// chunk by chunk into an XML parser (on its own thread for a sheet): nothing is extracted to disk or held whole.
final class XLSXPackage {
    let file: String
    private let archive: Archive
    /// Entries by their path with `\` turned to `/` and no leading `/`, compared case-insensitively
    /// (some writers differ from `xl/worksheets/sheet1.xml` in both).
    private let entries: [String: Entry]

    /// What the first bytes of a file say it is.
    enum Signature {
        case zip
        case compoundFile
        case other
    }

    static func signature(of url: URL) throws(XLSXReadError) -> Signature {
        let head: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            head = try handle.read(upToCount: 8) ?? Data()
        } catch {
            throw XLSXReadError(
                .unreadable, file: url.path, message: "cannot read the file (\(error.localizedDescription))",
                advice: "check that it exists and can be read")
        }
        return signature(of: [UInt8](head))
    }

    static func signature(of head: [UInt8]) -> Signature {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        return .other
    }

    init(url: URL, displayName: String) throws(XLSXReadError) {
        file = displayName
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw XLSXReadError(
                .damaged, file: displayName,
                message: "the file starts like an .xlsx but its ZIP directory cannot be read (\(error))",
                advice: XLSXReadError.resaveAdvice)
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            entries[Self.key(entry.path)] = entry
        }
        self.entries = entries
    }

    private static func key(_ path: String) -> String {
        var text = path.replacingOccurrences(of: "\\", with: "/")
        while text.hasPrefix("/") { text.removeFirst() }
        return text.lowercased()
    }

    func hasPart(_ path: String) -> Bool { entries[Self.key(path)] != nil }

    /// Inflates a part into `parser` and ends the parse. A consumer stop surfaces as
    /// `SAXFailure.stopped`; a damaged entry or malformed XML as `XLSXReadError`.
    func parse(_ path: String, with parser: SAXPushParser) throws(PartFailure) {
        do {
            try inflate(path) { chunk in try chunk.withUnsafeBytes { bytes in try parser.feed(bytes) } }
            try parser.finish()
        } catch let failure as PartFailure {
            throw failure
        } catch let failure as SAXFailure {
            throw translate(failure, part: path)
        } catch {
            throw .read(damaged("the part cannot be inflated (\(error))", part: path))
        }
    }

    /// Inflates a part chunk by chunk (64 KB) into `consume`, checking its size and CRC on the way.
    /// What `consume` throws comes back unchanged; a damaged entry throws `PartFailure.read`.
    func inflate(_ path: String, into consume: (Data) throws -> Void) throws {
        guard let entry = entries[Self.key(path)] else {
            throw PartFailure.read(damaged("the part \(path) is missing", part: nil))
        }
        let declared = entry.uncompressedSize
        var delivered: UInt64 = 0
        var checksum: uLong = crc32(0, nil, 0)
        var consumerFailure: (any Error)?
        do {
            // The CRC is zlib's, over each chunk as it passes: ZIPFoundation's is a byte-at-a-time
            // loop (a tenth of a 100k-row sheet's read time).
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: true) { chunk in
                delivered += UInt64(chunk.count)
                // A stream that inflates to more than the directory says is damaged (or a bomb).
                if delivered > declared {
                    throw PartFailure.read(self.damaged("the part inflates to more than its recorded size", part: path))
                }
                chunk.withUnsafeBytes { bytes in
                    checksum = crc32(checksum, bytes.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(bytes.count))
                }
                do {
                    try consume(chunk)
                } catch {
                    consumerFailure = error
                    throw error
                }
            }
        } catch {
            if let consumerFailure { throw consumerFailure }
            if let failure = error as? PartFailure { throw failure }
            throw PartFailure.read(damaged("the part cannot be inflated (\(error))", part: path))
        }
        if UInt32(truncatingIfNeeded: checksum) != entry.checksum {
            throw PartFailure.read(damaged("the part's checksum does not match (the file is damaged)", part: path))
        }
        if delivered != declared {
            throw PartFailure.read(damaged("the part is shorter than its recorded size", part: path))
        }
    }

    func translate(_ failure: SAXFailure, part: String) -> PartFailure {
        switch failure {
        case .stopped: return .stopped
        case .handler(let error): return .consumer(error)
        case .malformed(let message, let line, let column):
            return .read(
                XLSXReadError(
                    .damaged, file: file, message: "the workbook's XML is malformed: \(message)", part: part,
                    line: line, column: column, advice: XLSXReadError.resaveAdvice))
        }
    }

    func damaged(_ message: String, part: String?) -> XLSXReadError {
        XLSXReadError(.damaged, file: file, message: message, part: part, advice: XLSXReadError.resaveAdvice)
    }
}

/// How reading a part ended early.
enum PartFailure: Error {
    case read(XLSXReadError)
    /// The consumer of rows asked to stop.
    case stopped
    /// The consumer of rows threw this.
    case consumer(any Error)
}
