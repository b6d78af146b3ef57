import Foundation

/// Times as the store and `monthend history` show them: UTC, to the second.
public enum Timestamp {
    public static func text(_ secondsSince1970: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(secondsSince1970)))
    }
}
