// swift-tools-version: 6.0
import PackageDescription

// MonthEnd: a pipeline of pure stages (import -> reconcile -> workbook layout) around two edges,
// libxlsxwriter (through CXLSXWriter / XLSXWriter) and the command line (monthend).
let package = Package(
    name: "MonthEnd",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "monthend", targets: ["monthend"]),
        .executable(name: "monthend-xls", targets: ["monthend-xls"]),
        .library(name: "XLSXWriter", targets: ["XLSXWriter"]),
        .library(name: "XLSXReader", targets: ["XLSXReader"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The C edges: Debian's libxlsxwriter 1.1.4 and OpenSSL's libcrypto (SHA-256 of inputs).
        .systemLibrary(
            name: "CXLSXWriter", pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]),
        .systemLibrary(
            name: "COpenSSLCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl"])]),
        .target(name: "XLSXWriter", dependencies: ["CXLSXWriter"]),
        // Reading the portals' .xlsx exports: ZIPFoundation for the archive, the system libxml2's
        // SAX push parser for the parts, so a sheet streams through in chunks.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        // zlib's crc32 checks each inflated part (ZIPFoundation's own CRC is a byte loop in Swift).
        .systemLibrary(name: "CZlibChecksum", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(
            name: "XLSXReader",
            dependencies: [
                "CLibXML2", "CZlibChecksum", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // Excel 97-2003 .xls downloads (BIFF): FreeXL, Debian's libfreexl (as GDAL and SpatiaLite use),
        // run in a process of its own (monthend-xls), since a damaged file can crash it.
        .systemLibrary(name: "CFreeXL", pkgConfig: "freexl", providers: [.apt(["libfreexl-dev"]), .brew(["freexl"])]),
        .executableTarget(name: "monthend-xls", dependencies: ["CFreeXL"]),

        // Values shared by every stage: money, quantities, dates, records, diagnostics, settings.
        .target(name: "MonthEndCore"),
        // Bytes -> rows: decoding (UTF-8, GB18030, UTF-16), SHA-256, the CSV tokenizer, the
        // decoding thread and its batches; one borrowed row view, nothing about kinds of export.
        .target(name: "MonthEndCSV", dependencies: ["MonthEndCore", "COpenSSLCrypto"]),
        // Rows -> typed records: header and kind detection, one schema per kind, value parsing.
        .target(
            name: "MonthEndImport",
            dependencies: ["MonthEndCore", "MonthEndCSV", "XLSXReader", .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedTemplates"]),
        // Records -> the month's report. Pure: no I/O.
        .target(name: "MonthEndReconcile", dependencies: ["MonthEndCore"]),
        // Report -> workbook model and JSON summary, written through XLSXWriter.
        .target(name: "MonthEndWorkbook", dependencies: ["MonthEndCore", "MonthEndReconcile", "XLSXWriter"]),
        // Month after month: the runs, open items and period closes kept in SQLite (monthend.db).
        .target(
            name: "MonthEndStore",
            dependencies: ["MonthEndCore", "COpenSSLCrypto", .product(name: "GRDB", package: "GRDB.swift")]),
        // The use cases behind the command line: run, inspect, init; configuration loading.
        .target(
            name: "MonthEndApp",
            dependencies: [
                "MonthEndCore", "MonthEndImport", "MonthEndReconcile", "MonthEndWorkbook", "MonthEndStore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ],
            plugins: ["EmbedTemplates"]),
        .executableTarget(
            name: "monthend",
            dependencies: ["MonthEndApp", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        // Build-time embedding of templates/ so an installed binary needs no source tree.
        .executableTarget(name: "embed-templates"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["embed-templates"]),

        // What several test targets need: running the python3 checkers, catching a thrown error.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "XLSXWriterTests", dependencies: ["XLSXWriter"]),
        .testTarget(name: "XLSXReaderTests", dependencies: ["XLSXReader", "XLSXWriter", "TestSupport", "monthend-xls"], exclude: ["Fixtures"]),
        .testTarget(name: "MonthEndCoreTests", dependencies: ["MonthEndCore"]),
        .testTarget(
            name: "MonthEndCSVTests", dependencies: ["MonthEndCSV", "MonthEndCore", "TestSupport"],
            // Test data read through #filePath, not bundled.
            exclude: ["Corpus"]),
        .testTarget(
            name: "MonthEndImportTests", dependencies: ["MonthEndImport", "MonthEndCSV", "MonthEndCore", "TestSupport"],
            // Test data read through #filePath, not bundled.
            exclude: ["Mapping/Sample2026-10", "Values/ValueOutcomes.tsv"]),
        .testTarget(name: "MonthEndReconcileTests", dependencies: ["MonthEndReconcile", "MonthEndCore"]),
        .testTarget(
            name: "MonthEndWorkbookTests",
            dependencies: ["MonthEndWorkbook", "MonthEndReconcile", "MonthEndCore", "XLSXWriter", "TestSupport"]),
        .testTarget(
            name: "MonthEndStoreTests",
            dependencies: ["MonthEndStore", "MonthEndCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "MonthEndAppTests",
            dependencies: ["MonthEndApp", "MonthEndCore", "TestSupport", .product(name: "Yams", package: "Yams")],
            exclude: ["Golden", "TwoMonths", "Workbooks/csv_to_xlsx.py"]),
    ]
)
