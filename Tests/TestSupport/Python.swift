import Foundation

/// Runs the python3 the test scripts need (openpyxl checks and builders of workbooks). A missing
/// python3 or module fails the test with the reason; it never skips (scripts/setup.sh --test
/// installs them).
public enum Python {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// What a script printed, once it exited 0.
    public static func run(_ arguments: [String], what: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            throw Failure(description: "cannot run python3 (needed for \(what)): \(error)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(what) failed (exit \(process.terminationStatus)): \(errText)")
        }
        return data
    }

    /// The JSON value a script printed.
    public static func json(_ arguments: [String], what: String) throws -> Any {
        let data = try run(arguments, what: what)
        do { return try JSONSerialization.jsonObject(with: data) } catch {
            throw Failure(description: "\(what) printed no JSON: \(error)")
        }
    }
}

/// The error of type `E` that `body` throws; nil when it throws nothing or something else.
public func thrownError<E: Error>(_ type: E.Type, _ body: () throws -> Void) -> E? {
    do {
        try body()
        return nil
    } catch let error as E {
        return error
    } catch {
        return nil
    }
}
