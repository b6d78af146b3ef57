import MonthEndCSV

/// The import's throughput checks, kept in the library so any executable can expose them and
/// `scripts/bench_import.sh` can time bytes -> typed records (the reader, header and kind
/// detection, and every row's fate, through `Importer`); `CSVBenchmark` times the reader alone.
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
        private var digest = BenchDigest()
        var value: UInt64 { digest.value }

        /// Reads the records' fields where they lie in the arrays, through a pointer per record: a
        /// record passed or bound by value (or read through a span) retained and released its
        /// Strings per field.
        mutating func add(_ inputs: MonthInputs) {
            inputs.billLines.withUnsafeBufferPointer { lines in
                for index in lines.indices { add(line: lines.baseAddress! + index) }
            }
            inputs.slips.withUnsafeBufferPointer { slips in
                for index in slips.indices { add(slip: slips.baseAddress! + index) }
            }
        }

        private mutating func add(line: UnsafePointer<CourierBillLine>) {
            digest.add(Int64(line.pointee.source.line))
            digest.add(line.pointee.waybill)
            digest.add(Int64(line.pointee.shipDate.dayNumber))
            digest.add(line.pointee.amount.fen)
            digest.add(line.pointee.freight?.fen)
            digest.add(line.pointee.feeType)
            digest.add(line.pointee.weightKg?.micros)
            digest.add(line.pointee.destination)
            digest.add(line.pointee.account)
            digest.add(line.pointee.courier)
        }

        private mutating func add(slip: UnsafePointer<CourierSlip>) {
            digest.add(Int64(slip.pointee.source.line))
            digest.add(slip.pointee.waybill)
            digest.add(Int64(slip.pointee.shipDate.dayNumber))
            digest.add(slip.pointee.weightKg?.micros)
            digest.add(slip.pointee.destination)
            digest.add(slip.pointee.account)
            digest.add(slip.pointee.courier)
            digest.add(slip.pointee.handler)
            digest.add(slip.pointee.customer)
            digest.add(slip.pointee.orderNo)
            digest.add(slip.pointee.purpose)
            digest.add(slip.pointee.paymentMode)
            digest.add(slip.pointee.chargeCustomer.map { $0 ? 1 : 0 })
        }
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
                let (tally, timing) = try BenchTiming.of {
                    try importAll(path: path, keepRecords: keep, decodingThread: !oneThread)
                }
                print(
                    "\(path): encoding=\(tally.encoding.rawValue) kind=\(tally.kind.rawValue) rows=\(tally.rows) "
                        + "accepted=\(tally.accepted) skipped=\(tally.skipped) rejected=\(tally.rejected) "
                        + "digest=\(String(tally.digest, radix: 16)) kept=\(keep) "
                        + timing.fields(bytes: BenchTiming.fileSize(path)))
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
            let (result, timing) = try BenchTiming.of { try importer.run(paths: paths) }
            let files = result.inputs.files
            print(
                "month: files=\(files.count) rows=\(files.reduce(0) { $0 + $1.rows }) "
                    + "accepted=\(files.reduce(0) { $0 + $1.accepted }) skipped=\(files.reduce(0) { $0 + $1.skipped }) "
                    + "rejected=\(files.reduce(0) { $0 + $1.rejected }) one_thread=\(oneThread) "
                    + timing.fields(bytes: files.reduce(0) { $0 + BenchTiming.fileSize($1.path) }))
            return 0
        } catch {
            print("month: \(error)")
            return 1
        }
    }
}
