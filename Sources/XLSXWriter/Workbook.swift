internal import CXLSXWriter

/// The single owner of one libxlsxwriter workbook; nothing is on disk until `close()`.
///
/// `~Copyable` so exactly one value owns the C workbook, and `close()` is `consuming` so the compiler
/// rejects any use after it. Write errors surface only at `close()`, which throws them.
///
/// Dropping a workbook without calling `close()` writes nothing: its memory is freed with
/// `lxw_workbook_free` (after closing constant-memory temporary files, which that function does not),
/// no file is created, and an existing file at the path is left untouched. That is deliberate: a
/// workbook abandoned because of an error must never leave a half-written report behind.
public struct Workbook: ~Copyable {
    /// Options fixed at creation (`lxw_workbook_options` in 1.1.4).
    public struct Options: Sendable {
        /// Stream rows to a temporary file: memory stays flat, but rows must be written in order.
        /// Writing a row before the current one, and `merge`, `setRowHeight` or `setAutofilter` on
        /// rows already flushed, throw `.indexOutOfRange` (libxlsxwriter's own check): set a sheet up
        /// before writing its rows. Strings are stored inline rather than shared (a slightly larger file).
        public var constantMemory: Bool
        /// Folder for libxlsxwriter's temporary files (the system default when nil).
        public var tmpdir: String?
        /// ZIP64 extensions, needed only for parts over 4 GB.
        public var useZip64: Bool

        public init(constantMemory: Bool = false, tmpdir: String? = nil, useZip64: Bool = false) {
            self.constantMemory = constantMemory
            self.tmpdir = tmpdir
            self.useZip64 = useZip64
        }
    }

    let core: WorkbookCore

    /// The path the workbook will be written to at `close()`.
    public var path: String { core.path }
    public var options: Options { core.options }
    /// The sheets in the order they were added.
    public var worksheets: [Worksheet] {
        core.sheetNames.indices.map { Worksheet(workbookID: core.id, index: $0, name: core.sheetNames[$0]) }
    }

    public init(path: String, options: Options = Options()) throws(XLSXError) {
        guard !path.isEmpty else {
            throw XLSXError(.parameterValidation, operation: "create workbook", detail: "the output path is empty")
        }
        if let tmpdir = options.tmpdir, tmpdir.isEmpty {
            throw XLSXError(.parameterValidation, operation: "create workbook", detail: "tmpdir is empty")
        }
        let handle: UnsafeMutablePointer<lxw_workbook>?
        var cOptions = lxw_workbook_options()
        cOptions.constant_memory = options.constantMemory ? UInt8(LXW_TRUE.rawValue) : 0
        cOptions.use_zip64 = options.useZip64 ? UInt8(LXW_TRUE.rawValue) : 0
        if let tmpdir = options.tmpdir {
            // libxlsxwriter copies tmpdir during workbook_new_opt, so the pointer only needs to live for the call.
            handle = tmpdir.withCString { dir in
                cOptions.tmpdir = UnsafeMutablePointer(mutating: dir)
                return workbook_new_opt(path, &cOptions)
            }
        } else {
            handle = workbook_new_opt(path, &cOptions)
        }
        guard let handle else {
            throw XLSXError(.memoryMallocFailed, operation: "create workbook", detail: path)
        }
        core = WorkbookCore(handle: handle, path: path, options: options)
    }

    /// Writes the file and frees the workbook. Throws libxlsxwriter's error (for example
    /// `.creatingXLSXFile` when the folder does not exist); the workbook is freed either way.
    public consuming func close() throws(XLSXError) {
        guard let handle = core.handle else { return }
        core.handle = nil
        // workbook_close closes the constant-memory temporary files and frees everything, even on error.
        let result = workbook_close(handle)
        try check(result, "close", detail: core.path)
    }

    /// Adds a sheet after validating its name in Swift, so a bad name is a thrown error and
    /// libxlsxwriter never prints its own warning (nor reads past an empty name, as 1.1.4 does).
    public mutating func addWorksheet(_ name: String) throws(XLSXError) -> Worksheet {
        try SheetName.validate(name, existing: core.foldedSheetNames)
        let handle = try core.open("add worksheet")
        guard let sheet = workbook_add_worksheet(handle, name) else {
            throw XLSXError(
                core.options.constantMemory ? .creatingTmpfile : .memoryMallocFailed,
                operation: "add worksheet", location: .init(sheet: name))
        }
        core.sheets.append(sheet)
        core.sheetNames.append(name)
        core.foldedSheetNames.insert(SheetName.folded(name))
        return Worksheet(workbookID: core.id, index: core.sheets.count - 1, name: name)
    }

    /// The sheet with this name (compared the way Excel does, ignoring case), if any.
    public func worksheet(named name: String) -> Worksheet? {
        let folded = SheetName.folded(name)
        guard let index = core.sheetNames.firstIndex(where: { SheetName.folded($0) == folded }) else { return nil }
        return Worksheet(workbookID: core.id, index: index, name: core.sheetNames[index])
    }
}

/// The state behind a `Workbook`: the C handle, its sheets and the format cache.
final class WorkbookCore {
    var handle: UnsafeMutablePointer<lxw_workbook>?
    let id = UInt64.random(in: 1...UInt64.max)
    let path: String
    let options: Workbook.Options
    var sheets: [UnsafeMutablePointer<lxw_worksheet>] = []
    var sheetNames: [String] = []
    var foldedSheetNames: Set<String> = []
    var foldedDefinedNames: Set<String> = []
    /// One lxw_format per distinct cell format; conditional formats get their own objects because
    /// libxlsxwriter rewrites a cell format's fill colours in place when it prepares the file.
    var cellFormats: [CellFormat: UnsafeMutablePointer<lxw_format>] = [:]
    var conditionalFormats: [CellFormat: UnsafeMutablePointer<lxw_format>] = [:]
    /// The formats most recently used for cells, searched before `cellFormats`.
    var recentFormats: [(format: CellFormat, pointer: UnsafeMutablePointer<lxw_format>)] = []
    static let recentFormatLimit = 8
    var propertiesSet = false

    init(handle: UnsafeMutablePointer<lxw_workbook>, path: String, options: Workbook.Options) {
        self.handle = handle
        self.path = path
        self.options = options
    }

    deinit {
        guard let handle else { return }
        // Never closed: free without writing. lxw_worksheet_free does not close the constant-memory
        // temporary file (already unlinked), so close it here to release the descriptor.
        for sheet in sheets {
            if let file = sheet.pointee.optimize_tmpfile {
                fclose(file)
                sheet.pointee.optimize_tmpfile = nil
                sheet.pointee.file = nil
            }
        }
        lxw_workbook_free(handle)
    }

    func open(_ operation: String) throws(XLSXError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else {
            throw XLSXError(.nullParameterIgnored, operation: operation, detail: "the workbook is closed")
        }
        return handle
    }

    func sheet(_ worksheet: Worksheet, _ operation: String) throws(XLSXError) -> UnsafeMutablePointer<lxw_worksheet> {
        guard worksheet.workbookID == id, worksheet.index < sheets.count else {
            throw XLSXError(
                .parameterValidation, operation: operation, detail: "the worksheet belongs to another workbook",
                location: .init(sheet: worksheet.name))
        }
        return sheets[worksheet.index]
    }

    /// The cached lxw_format for `format`, created on first use; nil for `.plain`.
    func cellFormat(_ format: CellFormat, _ operation: String) throws(XLSXError) -> UnsafeMutablePointer<lxw_format>? {
        if format.isPlain { return nil }
        // A sheet's rows cycle through a handful of formats: comparing against the last few is
        // cheaper than hashing the format (strings included) for every cell.
        for entry in recentFormats where entry.format == format { return entry.pointer }
        let pointer: UnsafeMutablePointer<lxw_format>
        if let existing = cellFormats[format] {
            pointer = existing
        } else {
            pointer = try makeFormat(format, conditional: false, operation)
            cellFormats[format] = pointer
        }
        if recentFormats.count == Self.recentFormatLimit { recentFormats.removeFirst() }
        recentFormats.append((format, pointer))
        return pointer
    }

    func conditionalFormat(_ format: CellFormat, _ operation: String) throws(XLSXError) -> UnsafeMutablePointer<
        lxw_format
    > {
        if let existing = conditionalFormats[format] { return existing }
        let created = try makeFormat(format, conditional: true, operation)
        conditionalFormats[format] = created
        return created
    }

    private func makeFormat(_ format: CellFormat, conditional: Bool, _ operation: String) throws(XLSXError)
        -> UnsafeMutablePointer<lxw_format>
    {
        try FormatBuilder.validate(format, operation)
        let handle = try open(operation)
        guard let lxwFormat = workbook_add_format(handle) else {
            throw XLSXError(.memoryMallocFailed, operation: operation)
        }
        FormatBuilder.apply(format, to: lxwFormat, conditional: conditional)
        return lxwFormat
    }
}
