import COpenSSLCrypto
import Foundation
import MonthEndCore

/// SHA-256 of a file, as the store records a workbook's (a run's, and the one signed off at close).
public enum FileDigest {
    public static func sha256(path: String) throws(MonthEndError) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw MonthEndError(.unreadableFile, "cannot read the file", path: path, hint: "check that it exists")
        }
        defer { try? handle.close() }
        guard let context = EVP_MD_CTX_new() else {
            throw MonthEndError(.unreadableFile, "OpenSSL could not start SHA-256", path: path)
        }
        defer { EVP_MD_CTX_free(context) }
        EVP_DigestInit_ex(context, EVP_sha256(), nil)
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { bytes in _ = EVP_DigestUpdate(context, bytes.baseAddress, bytes.count) }
        }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        EVP_DigestFinal_ex(context, &digest, &length)
        return digest.prefix(Int(length)).map { String(format: "%02x", $0) }.joined()
    }
}
