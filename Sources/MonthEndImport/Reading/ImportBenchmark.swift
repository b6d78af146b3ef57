#if canImport(Glibc)
    import Glibc
#endif

/// The reader's throughput check, kept in the library so any executable can expose it as a hidden
/// command (`monthend __bench-read FILE...`) and `scripts/bench_import.sh` can time bytes -> records.
public enum ImportBenchmark {
    /// Counts what reading `path` yields: records, fields, and the UTF-8 bytes of all fields
    /// (comparable with Python's csv on the same file, which has no blank lines).
    public static func readAll(path: String) throws -> (records: Int, fields: Int, bytes: Int) {
        let tally = try read(path: path)
        return (tally.records, tally.fields, tally.bytes)
    }

    private static func read(path: String) throws -> (
        reader: CSVFileReader, records: Int, fields: Int, bytes: Int
    ) {
        let reader = try CSVFileReader(path: path)
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
                let started = now()
                let startedCPU = cpuSeconds()
                let (reader, records, fields, bytes) = try read(path: path)
                let seconds = now() - started
                let cpu = cpuSeconds() - startedCPU
                let encoding = reader.encoding
                let size = reader.byteCount
                print(
                    "\(path): encoding=\(encoding.rawValue) records=\(records) fields=\(fields) field_bytes=\(bytes) "
                        + "file_bytes=\(size) seconds=\(rounded(seconds)) cpu_seconds=\(rounded(cpu)) "
                        + "MB/s=\(rounded(Double(size) / 1e6 / seconds)) cpu_MB/s=\(rounded(Double(size) / 1e6 / cpu))")
            } catch {
                print("\(path): \(error)")
                return 1
            }
        }
        return 0
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// User plus system time of this process: on a shared machine wall time measures the neighbours.
    private static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    private static func rounded(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
