#!/usr/bin/env bash
# Coverage-guided fuzzing of the CSV reader with libFuzzer and AddressSanitizer, for a fixed time.
#
#   scripts/fuzz_csv_reader.sh [SECONDS]     (default 60; work files in ${FUZZ_DIR:-/tmp/monthend-fuzz})
#
# The reader's sources (Sources/MonthEndImport/Reading plus MonthEndCore) are compiled into one module
# with a small entry point that reads each input through CSVFileReader at two chunk sizes, each
# sequentially and through the decoding thread, and traps if the records differ, if the threaded
# reader gives other records, digest or error than the sequential one at the same chunk size, if
# the reader stops progressing, or if an error other than MonthEndError escapes. The seed corpus is the re-typed conformance corpus from the tests.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
work="${FUZZ_DIR:-/tmp/monthend-fuzz}"
mkdir -p "$work/corpus" "$work/artifacts"
cp "$repo"/Tests/MonthEndImportTests/Reading/Corpus/*/*.csv "$work/corpus/" 2>/dev/null || true
# Flattening the corpus folders collides two utf8.csv files; keep both under distinct names.
cp "$repo/Tests/MonthEndImportTests/Reading/Corpus/csv-test-data/utf8.csv" "$work/corpus/csv-test-data-utf8.csv"

cat > "$work/entry.swift" <<'SWIFT'
/// What reading gave: every record and the file's digest, or the error a caller reports.
enum Outcome: Equatable {
    case records([CSVRecord], sha256: String)
    case failure(MonthEndError)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    func read(chunkSize: Int, threaded: Bool) throws -> Outcome {
        let reader = try CSVFileReader(
            source: .memory(bytes), name: "fuzz", delimiter: nil, chunkSize: chunkSize, threaded: threaded)
        var all: [CSVRecord] = []
        do {
            while let record = try reader.next() {
                all.append(record)
                if all.count > size + 1 { fatalError("reader does not progress") }
            }
        } catch {
            try reader.throwEarlierFailure()
            throw error
        }
        return .records(all, sha256: reader.sha256)
    }
    func outcome(chunkSize: Int, threaded: Bool) -> Outcome {
        do {
            do {
                return try read(chunkSize: chunkSize, threaded: threaded)
            } catch is EncodingRestart {
                return try read(chunkSize: chunkSize, threaded: false)
            }
        } catch let error as MonthEndError {
            return .failure(error)
        } catch {
            fatalError("unexpected error \(error)")
        }
    }
    func records(_ outcome: Outcome) -> [CSVRecord]? {
        if case .records(let records, _) = outcome { return records }
        return nil
    }
    let whole = outcome(chunkSize: 1 << 20, threaded: false)
    let chunked = outcome(chunkSize: 1 + size % 7, threaded: false)
    if records(whole) != records(chunked) { fatalError("chunk size changed the records") }
    // The decoding thread must give the same records, digest and error (message included).
    if outcome(chunkSize: 1 << 20, threaded: true) != whole { fatalError("the decoding thread read otherwise") }
    if outcome(chunkSize: 1 + size % 7, threaded: true) != chunked {
        fatalError("the decoding thread read otherwise in small chunks")
    }
    return 0
}
SWIFT

# CellBytes (and CellText under it): the record bytes lend their cells through it.
sources=("$repo"/Sources/MonthEndImport/Reading/*.swift "$repo"/Sources/MonthEndImport/Values/CellBytes.swift "$repo"/Sources/MonthEndImport/Values/CellText.swift
    "$repo"/Sources/MonthEndCore/*.swift)
swiftc -O -parse-as-library -sanitize=fuzzer,address -module-name MonthEndFuzz \
    -I "$repo/Sources/COpenSSLCrypto" "${sources[@]}" "$work/entry.swift" -lcrypto -o "$work/fuzz-csv"

"$work/fuzz-csv" -max_total_time="$seconds" -max_len=4096 -artifact_prefix="$work/artifacts/" \
    -print_final_stats=1 "$work/corpus" 2>&1 | tail -25
