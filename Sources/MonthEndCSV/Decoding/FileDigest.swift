import Foundation

/// The SHA-256 of a whole file, for tables that are not read through `CSVFileReader` (a sheet of a
/// workbook names its file's digest, as a CSV file does).
public enum FileDigest {
    /// Lowercase hex; reads the file in 1 MB pieces.
    public static func sha256(path: String) throws -> String {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let digest = SHA256Digest()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes { digest.update($0.bindMemory(to: UInt8.self)) }
        }
        return digest.finalHex()
    }
}
