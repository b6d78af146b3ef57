internal import CXLSXWriter

/// Turns a `CellFormat` value into calls on one lxw_format; the only place that knows the C enums.
enum FormatBuilder {
    static func validate(_ format: CellFormat, _ operation: String) throws(XLSXError) {
        if let size = format.fontSize, !(1...409).contains(size) {
            throw XLSXError(.parameterValidation, operation: operation, detail: "font size \(size) is outside 1...409")
        }
        if let numberFormat = format.numberFormat {
            if numberFormat.isEmpty {
                throw XLSXError(.parameterValidation, operation: operation, detail: "the number format is empty")
            }
            if numberFormat.utf8.count > XLSXLimits.numberFormatBytes || numberFormat.utf8.contains(0) {
                throw XLSXError(
                    .parameterValidation, operation: operation,
                    detail: "number format longer than \(XLSXLimits.numberFormatBytes) bytes or containing NUL")
            }
        }
    }

    static func apply(_ format: CellFormat, to lxwFormat: UnsafeMutablePointer<lxw_format>, conditional: Bool) {
        if format.bold { format_set_bold(lxwFormat) }
        if format.italic { format_set_italic(lxwFormat) }
        if let color = format.fontColor { format_set_font_color(lxwFormat, lxwColor(color)) }
        if let size = format.fontSize { format_set_font_size(lxwFormat, size) }
        if let fill = format.fillColor {
            // A solid cell fill; a conditional (dxf) fill is given by its background colour alone.
            if !conditional { format_set_pattern(lxwFormat, UInt8(LXW_PATTERN_SOLID.rawValue)) }
            format_set_bg_color(lxwFormat, lxwColor(fill))
        }
        if let border = format.border { format_set_border(lxwFormat, borderStyle(border)) }
        if let color = format.borderColor { format_set_border_color(lxwFormat, lxwColor(color)) }
        if let numberFormat = format.numberFormat { format_set_num_format(lxwFormat, numberFormat) }
        if format.wrap { format_set_text_wrap(lxwFormat) }
        if let horizontal = format.horizontalAlignment { format_set_align(lxwFormat, alignment(horizontal)) }
        if let vertical = format.verticalAlignment { format_set_align(lxwFormat, alignment(vertical)) }
    }

    /// 1.1.4 treats 0x000000 as "unset", so black has its own marker value.
    static func lxwColor(_ color: Color) -> lxw_color_t {
        color.rgb == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : lxw_color_t(color.rgb)
    }

    static func borderStyle(_ style: BorderStyle) -> UInt8 {
        let value: lxw_format_borders
        switch style {
        case .thin: value = LXW_BORDER_THIN
        case .medium: value = LXW_BORDER_MEDIUM
        case .thick: value = LXW_BORDER_THICK
        case .dashed: value = LXW_BORDER_DASHED
        case .dotted: value = LXW_BORDER_DOTTED
        case .double: value = LXW_BORDER_DOUBLE
        case .hair: value = LXW_BORDER_HAIR
        }
        return UInt8(value.rawValue)
    }

    static func alignment(_ horizontal: HorizontalAlignment) -> UInt8 {
        let value: lxw_format_alignments
        switch horizontal {
        case .left: value = LXW_ALIGN_LEFT
        case .center: value = LXW_ALIGN_CENTER
        case .right: value = LXW_ALIGN_RIGHT
        case .fill: value = LXW_ALIGN_FILL
        case .justify: value = LXW_ALIGN_JUSTIFY
        case .centerAcross: value = LXW_ALIGN_CENTER_ACROSS
        }
        return UInt8(value.rawValue)
    }

    static func alignment(_ vertical: VerticalAlignment) -> UInt8 {
        let value: lxw_format_alignments
        switch vertical {
        case .top: value = LXW_ALIGN_VERTICAL_TOP
        case .center: value = LXW_ALIGN_VERTICAL_CENTER
        case .bottom: value = LXW_ALIGN_VERTICAL_BOTTOM
        case .justify: value = LXW_ALIGN_VERTICAL_JUSTIFY
        }
        return UInt8(value.rawValue)
    }
}
