#if canImport(Glibc)
    import Glibc
#endif

/// The reader's throughput check, kept in the library so any executable can expose it and
/// `scripts/bench_import.sh` can time bytes -> CSV records against Python's csv.
public enum CSVBenchmark {
    /// Counts what reading `path` yields: records, fields, and the UTF-8 bytes of all fields
    /// (comparable with Python's csv on the same file, which has no blank lines).
    public static func readAll(path: String) throws -> (records: Int, fields: Int, bytes: Int) {
        let tally = try read(path: path)
        return (tally.records, tally.fields, tally.bytes)
    }

    private static func read(path: String) throws -> (
        reader: CSVFileReader, records: Int, fields: Int, bytes: Int
    ) {
        do {
            return try read(path: path, threaded: true)
        } catch is EncodingRestart {
            return try read(path: path, threaded: false)
        }
    }

    private static func read(path: String, threaded: Bool) throws -> (
        reader: CSVFileReader, records: Int, fields: Int, bytes: Int
    ) {
        let reader = try CSVFileReader(
            source: .file(path: path), name: path, delimiter: nil, chunkSize: CSVFileReader.defaultChunkSize,
            threaded: threaded)
        var records = 0
        var fields = 0
        var bytes = 0
        while let record = try reader.next() {
            records += 1
            fields += record.fields.count
            for field in record.fields { bytes += field.utf8.count }
        }
        return (reader, records, fields, bytes)
    }

    /// Reads each file in `arguments` and prints one line per file: counts, encoding, seconds, MB/s
    /// (10^6 bytes of file per second, opening pass included). Returns an exit status.
    public static func run(arguments: [String]) -> Int32 {
        guard !arguments.isEmpty else {
            print("usage: __bench-read FILE...")
            return 64
        }
        for path in arguments {
            do {
                let ((reader, records, fields, bytes), timing) = try BenchTiming.of { try read(path: path) }
                print(
                    "\(path): encoding=\(reader.encoding.rawValue) records=\(records) fields=\(fields) "
                        + "field_bytes=\(bytes) " + timing.fields(bytes: reader.byteCount))
            } catch {
                print("\(path): \(error)")
                return 1
            }
        }
        return 0
    }
}
