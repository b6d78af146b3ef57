/// An RGB colour, `0xRRGGBB`.
public struct Color: Hashable, Sendable {
    public let rgb: UInt32

    public init(rgb: UInt32) { self.rgb = rgb & 0xFF_FFFF }

    public static let black = Color(rgb: 0x000000)
    public static let white = Color(rgb: 0xFFFFFF)
    public static let red = Color(rgb: 0xFF0000)
    /// Excel's "bad" highlight fill and text.
    public static let lightRed = Color(rgb: 0xFFC7CE)
    public static let darkRed = Color(rgb: 0x9C0006)
    /// Excel's "neutral" highlight fill.
    public static let lightYellow = Color(rgb: 0xFFEB9C)
    public static let lightGray = Color(rgb: 0xD9D9D9)
}

/// Cell border line styles (a subset of Excel's).
public enum BorderStyle: Hashable, Sendable {
    case thin, medium, thick, dashed, dotted, double, hair
}

public enum HorizontalAlignment: Hashable, Sendable {
    case left, center, right, fill, justify, centerAcross
}

public enum VerticalAlignment: Hashable, Sendable {
    case top, center, bottom, justify
}

/// How a cell looks, as a plain value: equal formats share one libxlsxwriter format object, created
/// the first time the workbook sees the value.
public struct CellFormat: Hashable, Sendable {
    public var bold = false
    public var italic = false
    public var fontColor: Color?
    /// Points, 1...409.
    public var fontSize: Double?
    /// Solid background fill.
    public var fillColor: Color?
    /// All four sides.
    public var border: BorderStyle?
    public var borderColor: Color?
    /// An Excel number format such as `#,##0.00` or `yyyy-mm-dd`.
    public var numberFormat: String?
    public var wrap = false
    public var horizontalAlignment: HorizontalAlignment?
    public var verticalAlignment: VerticalAlignment?

    public init(
        bold: Bool = false, italic: Bool = false, fontColor: Color? = nil, fontSize: Double? = nil,
        fillColor: Color? = nil, border: BorderStyle? = nil, borderColor: Color? = nil,
        numberFormat: String? = nil, wrap: Bool = false,
        horizontalAlignment: HorizontalAlignment? = nil, verticalAlignment: VerticalAlignment? = nil
    ) {
        self.bold = bold
        self.italic = italic
        self.fontColor = fontColor
        self.fontSize = fontSize
        self.fillColor = fillColor
        self.border = border
        self.borderColor = borderColor
        self.numberFormat = numberFormat
        self.wrap = wrap
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
    }

    /// No formatting at all; cells written with it carry no format.
    public static let plain = CellFormat()
    /// The date format used when a date is written with a format that has no number format.
    public static let defaultDateFormat = "yyyy-mm-dd"

    var isPlain: Bool { self == .plain }
}
