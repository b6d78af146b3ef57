# Sourced by scripts/bench_import.sh and bench/xlsx_read.sh: a throwaway release package in DIR that
# holds only the import's sources (symlinked from REPO, with the templates it embeds) and a `bench`
# executable, so work in progress elsewhere in the tree cannot block a benchmark.
#
#   make_harness DIR REPO [--writer]     (--writer: XLSXWriter too, for benchmarks that write .xlsx)
# The caller then puts its main.swift in DIR/Sources/bench.
make_harness() {
    local harness="$1" repo="$2" writer="${3:-}"
    local sources=(MonthEndCore COpenSSLCrypto MonthEndCSV CLibXML2 CZlibChecksum XLSXReader MonthEndImport embed-templates)
    local writer_targets="" bench_dependencies='"MonthEndCSV", "MonthEndImport"'
    if [ "$writer" = --writer ]; then
        sources+=(XLSXWriter CXLSXWriter)
        writer_targets='.systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter"),
        .target(name: "XLSXWriter", dependencies: ["CXLSXWriter"]),'
        bench_dependencies='"MonthEndImport", "XLSXReader", "XLSXWriter"'
    fi
    rm -rf "$harness/Sources/MonthEndImport" "$harness/Sources/MonthEndCSV"  # folders in older harnesses
    mkdir -p "$harness/Sources/bench" "$harness/Plugins"
    for source in "${sources[@]}"; do
        ln -sfn "$repo/Sources/$source" "$harness/Sources/$source"
    done
    ln -sfn "$repo/Plugins/EmbedTemplates" "$harness/Plugins/EmbedTemplates"
    # Copied, not linked: the plugin lists the folder, and a link to a folder lists as empty.
    rm -rf "$harness/templates" && cp -R "$repo/templates" "$harness/templates"
    cat > "$harness/Package.swift" <<SWIFT
// swift-tools-version: 6.0
import PackageDescription
let package = Package(
    name: "bench",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "COpenSSLCrypto", pkgConfig: "libcrypto"),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0"),
        .systemLibrary(name: "CZlibChecksum", pkgConfig: "zlib"),
        .target(name: "MonthEndCore"),
        .target(name: "MonthEndCSV", dependencies: ["MonthEndCore", "COpenSSLCrypto"]),
        .target(
            name: "XLSXReader",
            dependencies: ["CLibXML2", "CZlibChecksum", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(
            name: "MonthEndImport",
            dependencies: ["MonthEndCore", "MonthEndCSV", "XLSXReader", .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedTemplates"]),
        $writer_targets
        .executableTarget(name: "embed-templates"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["embed-templates"]),
        .executableTarget(name: "bench", dependencies: [$bench_dependencies]),
    ]
)
SWIFT
}
