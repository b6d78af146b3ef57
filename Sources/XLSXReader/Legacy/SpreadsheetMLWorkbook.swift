internal import CLibXML2
import Foundation

/// An "XML Spreadsheet 2003" file (SpreadsheetML: `<Workbook xmlns="urn:schemas-microsoft-com:
/// office:spreadsheet">`, `<Worksheet ss:Name>`, `<Row>`, `<Cell><Data ss:Type="String">`), which
/// ERP and portal exports write under an `.xls` name: the same sheets and rows an `.xlsx` gives.
/// Parsed once with libxml2's SAX parser, the rows kept (such files are written whole by their
/// exporters and stay small); a `Cell`'s `ss:Index` and `ss:MergeAcross`, a `Row`'s `ss:Index`
/// place the cells where Excel shows them. Numbers as written, dates (`2026-10-05T14:23:01.000`)
/// as the `.xlsx` path gives them, `1`/`0` booleans. No merged ranges; every sheet counts as visible.
public final class SpreadsheetMLWorkbook: WorkbookInMemory {

    /// The namespace every SpreadsheetML file declares.
    static let namespace = "urn:schemas-microsoft-com:office:spreadsheet"

    /// Whether the file is SpreadsheetML: its first 4 KB (after a BOM) open an XML document that
    /// declares the namespace.
    public static func sniff(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 4096), !data.isEmpty else { return false }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let head = String(decoding: bytes, as: UTF8.self)
        let body = head.drop { $0.isWhitespace }
        return (body.hasPrefix("<?xml") || body.hasPrefix("<Workbook")) && head.contains(namespace)
    }

    public init(contentsOf url: URL, displayName: String? = nil) throws(XLSXReadError) {
        let name = displayName ?? url.path
        let advice = "open it in Excel or WPS and save it as Excel 工作簿 (*.xlsx), or export it again"
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw XLSXReadError(.unreadable, file: name, message: "cannot open the file", advice: advice)
        }
        defer { try? handle.close() }
        let builder = SpreadsheetMLBuilder()
        var table = Self.saxTable()
        let me = Unmanaged.passUnretained(builder).toOpaque()
        guard let context = xmlCreatePushParserCtxt(&table, me, nil, 0, nil) else {
            throw XLSXReadError(.unreadable, file: name, message: "cannot start the XML parser", advice: advice)
        }
        defer { xmlFreeParserCtxt(context) }
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
        while true {
            let chunk = (try? handle.read(upToCount: 1 << 16)) ?? Data()
            let status = chunk.withUnsafeBytes { raw in
                xmlParseChunk(
                    context, raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), chunk.isEmpty ? 1 : 0)
            }
            if status != 0 {
                let line = Int(xmlSAX2GetLineNumber(context))
                throw XLSXReadError(
                    .damaged, file: name, message: "the XML spreadsheet is not well-formed (libxml2 error \(status))",
                    line: line, advice: advice)
            }
            if chunk.isEmpty { break }
        }
        super.init(file: name, names: builder.names, rows: builder.rows, partPrefix: "xml")
    }


    /// libxml2's SAX2 callbacks, each handing its event to the builder the parse was started with.
    private static func saxTable() -> xmlSAXHandler {
        var table = xmlSAXHandler()
        table.initialized = UInt32(XML_SAX2_MAGIC)
        table.startElementNs = { context, localName, _, _, _, _, count, _, attributes in
            guard let context, let localName else { return }
            var found: [String: String] = [:]
            if let attributes {
                for index in 0..<Int(count) {
                    // Five pointers each: local name, prefix, URI, value start, value end.
                    guard let key = attributes[index * 5], let start = attributes[index * 5 + 3],
                        let end = attributes[index * 5 + 4]
                    else { continue }
                    let value = UnsafeBufferPointer(start: start, count: end - start)
                    found[String(cString: key)] = String(decoding: value, as: UTF8.self)
                }
            }
            Unmanaged<SpreadsheetMLBuilder>.fromOpaque(context).takeUnretainedValue()
                .start(String(cString: localName), found)
        }
        table.endElementNs = { context, localName, _, _ in
            guard let context, let localName else { return }
            Unmanaged<SpreadsheetMLBuilder>.fromOpaque(context).takeUnretainedValue().end(String(cString: localName))
        }
        table.characters = { context, text, length in
            guard let context, let text, length > 0 else { return }
            Unmanaged<SpreadsheetMLBuilder>.fromOpaque(context).takeUnretainedValue()
                .text(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        table.cdataBlock = table.characters
        return table
    }
}
