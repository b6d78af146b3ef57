internal import CXLSXWriter

/// A libxlsxwriter failure, or an input rejected in Swift before it could reach C.
///
/// The code always comes from the imported `LXW_ERROR_*` constants of the installed 1.1.4 headers,
/// never from hard-coded numbers (later versions renumber them), and `message` is `lxw_strerror`'s text.
public struct XLSXError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One libxlsxwriter error code; compare with the static members, not with raw numbers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The numeric value in the linked library's numbering (1.1.4); for logs only.
        public let rawValue: Int

        init(_ error: lxw_error) { rawValue = Int(error.rawValue) }

        public static let memoryMallocFailed = Code(LXW_ERROR_MEMORY_MALLOC_FAILED)
        public static let creatingXLSXFile = Code(LXW_ERROR_CREATING_XLSX_FILE)
        public static let creatingTmpfile = Code(LXW_ERROR_CREATING_TMPFILE)
        public static let readingTmpfile = Code(LXW_ERROR_READING_TMPFILE)
        public static let zipFileOperation = Code(LXW_ERROR_ZIP_FILE_OPERATION)
        public static let zipParameterError = Code(LXW_ERROR_ZIP_PARAMETER_ERROR)
        public static let zipBadZipFile = Code(LXW_ERROR_ZIP_BAD_ZIP_FILE)
        public static let zipInternalError = Code(LXW_ERROR_ZIP_INTERNAL_ERROR)
        public static let zipFileAdd = Code(LXW_ERROR_ZIP_FILE_ADD)
        public static let zipClose = Code(LXW_ERROR_ZIP_CLOSE)
        public static let featureNotSupported = Code(LXW_ERROR_FEATURE_NOT_SUPPORTED)
        public static let nullParameterIgnored = Code(LXW_ERROR_NULL_PARAMETER_IGNORED)
        public static let parameterValidation = Code(LXW_ERROR_PARAMETER_VALIDATION)
        public static let sheetNameLengthExceeded = Code(LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED)
        public static let invalidSheetNameCharacter = Code(LXW_ERROR_INVALID_SHEETNAME_CHARACTER)
        public static let sheetNameStartEndApostrophe = Code(LXW_ERROR_SHEETNAME_START_END_APOSTROPHE)
        public static let sheetNameAlreadyUsed = Code(LXW_ERROR_SHEETNAME_ALREADY_USED)
        public static let stringLengthExceeded32 = Code(LXW_ERROR_32_STRING_LENGTH_EXCEEDED)
        public static let stringLengthExceeded128 = Code(LXW_ERROR_128_STRING_LENGTH_EXCEEDED)
        public static let stringLengthExceeded255 = Code(LXW_ERROR_255_STRING_LENGTH_EXCEEDED)
        public static let maxStringLengthExceeded = Code(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
        public static let sharedStringIndexNotFound = Code(LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND)
        public static let indexOutOfRange = Code(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
        public static let maxURLLengthExceeded = Code(LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED)
        public static let maxNumberOfURLsExceeded = Code(LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED)
        public static let imageDimensions = Code(LXW_ERROR_IMAGE_DIMENSIONS)

        /// libxlsxwriter's own description of the code (`lxw_strerror`).
        public var description: String { String(cString: lxw_strerror(lxw_error(UInt32(rawValue)))) }
    }

    /// Where a failure happened: the sheet and the 0-based cell, when they apply.
    public struct Location: Equatable, Sendable {
        public var sheet: String?
        public var row: Int?
        public var column: Int?

        public init(sheet: String? = nil, row: Int? = nil, column: Int? = nil) {
            self.sheet = sheet
            self.row = row
            self.column = column
        }
    }

    public let code: Code
    /// libxlsxwriter's message for `code` (`lxw_strerror`).
    public let message: String
    /// What was being done, e.g. `"write text"`, `"close"`.
    public let operation: String
    /// What in the input was wrong, when the Swift side knows more than the C message says.
    public let detail: String?
    public let location: Location

    init(_ code: Code, operation: String, detail: String? = nil, location: Location = Location()) {
        self.code = code
        self.message = code.description
        self.operation = operation
        self.detail = detail
        self.location = location
    }

    public var sheet: String? { location.sheet }
    public var row: Int? { location.row }
    public var column: Int? { location.column }

    /// `sheet!B7: write text: String exceeds Excel's limit of 32,767 characters. (40000 characters)`
    public var description: String {
        var text = ""
        if let sheet = location.sheet { text += sheet }
        if let row = location.row, let column = location.column {
            text += (text.isEmpty ? "" : "!") + CellReference.a1(row: row, column: column)
        }
        if !text.isEmpty { text += ": " }
        text += "\(operation): \(message)"
        if let detail { text += " (\(detail))" }
        return text
    }
}

/// The single mapping from a libxlsxwriter result code to Swift: success passes, anything else throws.
@inline(__always)
func check(
    _ result: lxw_error, _ operation: @autoclosure () -> String, detail: @autoclosure () -> String? = nil,
    location: @autoclosure () -> XLSXError.Location = XLSXError.Location()
) throws(XLSXError) {
    if result == LXW_NO_ERROR { return }
    throw XLSXError(XLSXError.Code(result), operation: operation(), detail: detail(), location: location())
}
