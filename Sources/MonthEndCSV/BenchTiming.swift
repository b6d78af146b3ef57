#if canImport(Glibc)
    import Glibc
#endif

/// Wall, process CPU and calling-thread CPU seconds of one piece of work, and the fields every
/// benchmark line ends with (`scripts/bench_import.sh` reads them).
public struct BenchTiming: Sendable {
    public var seconds: Double
    public var cpu: Double
    public var threadCPU: Double

    public static func of<Result>(_ work: () throws -> Result) rethrows -> (Result, BenchTiming) {
        let started = now()
        let startedCPU = cpuSeconds()
        let startedThread = threadCPUSeconds()
        let result = try work()
        let timing = BenchTiming(
            seconds: now() - started, cpu: cpuSeconds() - startedCPU, threadCPU: threadCPUSeconds() - startedThread)
        return (result, timing)
    }

    /// `file_bytes=... seconds=... cpu_seconds=... main_thread_cpu_seconds=... MB/s=... cpu_MB/s=...`
    public func fields(bytes: Int) -> String {
        "file_bytes=\(bytes) seconds=\(Self.rounded(seconds)) cpu_seconds=\(Self.rounded(cpu)) "
            + "main_thread_cpu_seconds=\(Self.rounded(threadCPU)) "
            + "MB/s=\(Self.rounded(Double(bytes) / 1e6 / seconds)) "
            + "cpu_MB/s=\(Self.rounded(Double(bytes) / 1e6 / cpu))"
    }

    /// The size of the file at `path` in bytes; 0 when it cannot be read.
    public static func fileSize(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// CPU time of the calling thread: the reading thread's own share. With the decoding thread
    /// and the second file beside it, this is what the wall time comes to on two idle cores.
    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
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
