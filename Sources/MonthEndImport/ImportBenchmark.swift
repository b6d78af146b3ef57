#if canImport(Glibc)
    import Glibc
#endif

/// The import's throughput checks, kept in the library so any executable can expose them and
/// `scripts/bench_import.sh` can time bytes -> CSV records (the reader) and bytes -> typed records
/// (the reader, header and kind detection, and every row's fate, through `Importer`).
public enum ImportBenchmark {
    /// What importing one file gave: row fates, and a digest of every accepted courier bill line or
    /// slip (all of their fields) so two builds can be shown to read a big file identically.
    public struct ImportTally: Sendable {
        public var kind: FileKind
        public var encoding: TextEncoding
        public var rows: Int
        public var accepted: Int
        public var skipped: Int
        public var rejected: Int
        public var digest: UInt64
    }

    /// Imports `path` with the built-in synonyms, handing each accepted record to a digest and
    /// dropping it (`keepRecords` false), or keeping all of them as a run does. Returns the tally.
    public static func importAll(path: String, keepRecords: Bool = false, decodingThread: Bool = true) throws
        -> ImportTally
    {
        var importer = Importer(synonyms: try SynonymTable.builtIn())
        importer.decodingThread = decodingThread
        var digest = RecordDigest()
        let sink: ((MonthInputs) -> Void)? = keepRecords ? nil : { digest.add($0) }
        let (report, kept) = try importer.mapFile(
            path, index: 0, kind: nil, registry: StockRegistry(), recordSink: sink,
            restarted: { digest = RecordDigest() })
        if keepRecords { digest.add(kept) }
        return ImportTally(
            kind: report.kind, encoding: report.encoding, rows: report.rows, accepted: report.accepted,
            skipped: report.skipped, rejected: report.rejected, digest: digest.value)
    }

    /// An FNV-1a-style fold over the fields of bill lines and slips, in order.
    private struct RecordDigest {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325

        /// Reads the records in place (a `for` over the arrays copied every record, retaining its
        /// Strings, and each slip built an array of its texts).
        mutating func add(_ inputs: MonthInputs) {
            inputs.billLines.withUnsafeBufferPointer { lines in
                for index in lines.indices { add(line: lines.baseAddress! + index) }
            }
            inputs.slips.withUnsafeBufferPointer { slips in
                for index in slips.indices { add(slip: slips.baseAddress! + index) }
            }
        }

        /// Through a pointer: passing the record itself copied it (retaining every String).
        private mutating func add(line: UnsafePointer<CourierBillLine>) {
            add(Int64(line.pointee.source.line))
            add(line.pointee.waybill)
            add(Int64(line.pointee.shipDate.dayNumber))
            add(line.pointee.amount.fen)
            add(line.pointee.freight?.fen)
            add(line.pointee.feeType)
            add(line.pointee.weightKg?.micros)
            add(line.pointee.destination)
            add(line.pointee.account)
            add(line.pointee.courier)
        }

        private mutating func add(slip: UnsafePointer<CourierSlip>) {
            add(Int64(slip.pointee.source.line))
            add(slip.pointee.waybill)
            add(Int64(slip.pointee.shipDate.dayNumber))
            add(slip.pointee.weightKg?.micros)
            add(slip.pointee.destination)
            add(slip.pointee.account)
            add(slip.pointee.courier)
            add(slip.pointee.handler)
            add(slip.pointee.customer)
            add(slip.pointee.orderNo)
            add(slip.pointee.purpose)
            add(slip.pointee.paymentMode)
            add(slip.pointee.chargeCustomer.map { $0 ? 1 : 0 })
        }

        /// One 64-bit word folded FNV-style: XOR and a multiply by an odd number are both one-to-one,
        /// so two records that differ in one field leave different digests.
        @inline(__always)
        private mutating func word(_ word: UInt64) {
            value = (value ^ word) &* 0x100_0000_01b3
        }

        private mutating func add(_ number: Int64?) {
            guard let number else { return word(0xFF) }
            word(UInt64(bitPattern: number))
            word(0xFD)
        }

        private mutating func add(_ text: borrowing String?) {
            switch text {
            case .none: word(0xFF)
            case .some(let text): add(text: text)
            }
        }

        private mutating func add(_ text: borrowing String) { add(text: text) }

        private mutating func add(text: borrowing String) {
            if let done: Void = text.utf8.withContiguousStorageIfAvailable({ fold($0) }) { return done }
            var copy = copy text
            copy.withUTF8 { fold($0) }
        }

        /// Eight bytes a step, the last few as one word, then the length: the digest should cost
        /// little beside the import it checks.
        @inline(__always)
        private mutating func fold(_ bytes: UnsafeBufferPointer<UInt8>) {
            var index = 0
            while index + 8 <= bytes.count {
                word(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                index += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < bytes.count {
                tail |= UInt64(bytes[index]) << shift
                shift += 8
                index += 1
            }
            word(tail)
            word(UInt64(bytes.count) | 0xFE00_0000_0000_0000)
        }
    }

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

    /// Imports each file in `arguments` (`--keep` keeps the records, as a run does) and prints one
    /// line per file: kind, row fates, digest, seconds, CPU seconds, MB/s. Returns an exit status.
    /// `--one-thread` reads as before the decoding thread (two passes on one thread).
    public static func runImport(arguments: [String]) -> Int32 {
        let keep = arguments.contains("--keep")
        let oneThread = arguments.contains("--one-thread")
        let paths = arguments.filter { $0 != "--keep" && $0 != "--one-thread" }
        guard !paths.isEmpty else {
            print("usage: __bench-import [--keep] [--one-thread] FILE...")
            return 64
        }
        for path in paths {
            do {
                let (tally, timing) = try Timing.of {
                    try importAll(path: path, keepRecords: keep, decodingThread: !oneThread)
                }
                print(
                    "\(path): encoding=\(tally.encoding.rawValue) kind=\(tally.kind.rawValue) rows=\(tally.rows) "
                        + "accepted=\(tally.accepted) skipped=\(tally.skipped) rejected=\(tally.rejected) "
                        + "digest=\(String(tally.digest, radix: 16)) kept=\(keep) "
                        + timing.fields(bytes: fileSize(path)))
            } catch {
                print("\(path): \(error)")
                return 1
            }
        }
        return 0
    }

    /// A run's read phase: `Importer.run` over the paths (a month's folder), records kept, as
    /// `monthend run` reads. `--one-thread`: one file after another, no decoding thread (as before).
    /// Prints one line: files, rows and fates, seconds, CPU seconds, MB/s. Returns an exit status.
    public static func runMonth(arguments: [String]) -> Int32 {
        let oneThread = arguments.contains("--one-thread")
        let paths = arguments.filter { $0 != "--one-thread" }
        guard !paths.isEmpty else {
            print("usage: __bench-month [--one-thread] FOLDER...")
            return 64
        }
        do {
            var importer = Importer(synonyms: try SynonymTable.builtIn())
            if oneThread {
                importer.filesAtATime = 1
                importer.decodingThread = false
            }
            let (result, timing) = try Timing.of { try importer.run(paths: paths) }
            let files = result.inputs.files
            print(
                "month: files=\(files.count) rows=\(files.reduce(0) { $0 + $1.rows }) "
                    + "accepted=\(files.reduce(0) { $0 + $1.accepted }) skipped=\(files.reduce(0) { $0 + $1.skipped }) "
                    + "rejected=\(files.reduce(0) { $0 + $1.rejected }) one_thread=\(oneThread) "
                    + timing.fields(bytes: files.reduce(0) { $0 + fileSize($1.path) }))
            return 0
        } catch {
            print("month: \(error)")
            return 1
        }
    }

    private static func fileSize(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
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
                let ((reader, records, fields, bytes), timing) = try Timing.of { try read(path: path) }
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

    /// Wall, process CPU and calling-thread CPU seconds of one piece of work, and the fields every
    /// benchmark line ends with.
    private struct Timing {
        var seconds: Double
        var cpu: Double
        var threadCPU: Double

        static func of<Result>(_ work: () throws -> Result) rethrows -> (Result, Timing) {
            let started = now()
            let startedCPU = cpuSeconds()
            let startedThread = threadCPUSeconds()
            let result = try work()
            let timing = Timing(
                seconds: now() - started, cpu: cpuSeconds() - startedCPU,
                threadCPU: threadCPUSeconds() - startedThread)
            return (result, timing)
        }

        /// `file_bytes=... seconds=... cpu_seconds=... main_thread_cpu_seconds=... MB/s=... cpu_MB/s=...`
        func fields(bytes: Int) -> String {
            "file_bytes=\(bytes) seconds=\(rounded(seconds)) cpu_seconds=\(rounded(cpu)) "
                + "main_thread_cpu_seconds=\(rounded(threadCPU)) "
                + "MB/s=\(rounded(Double(bytes) / 1e6 / seconds)) cpu_MB/s=\(rounded(Double(bytes) / 1e6 / cpu))"
        }
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
