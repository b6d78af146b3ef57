internal import CLibXML2
import Foundation

/// A table saved as HTML under an Excel name: many portals' ".xls" downloads are an HTML page
/// (`<html xmlns:x="urn:schemas-microsoft-com:office:excel">`, `<table><tr><td>`) that Excel opens
/// as a sheet. Read with libxml2's HTML parser, streaming: every `<tr>` of the page is a row, in
/// order (title tables above the data come first, as a sheet shows them), each `<td>`/`<th>` a cell
/// placed where Excel shows it: a `colspan` cell is followed by empty cells, a `rowspan` cell keeps
/// its column in the rows below.
public enum HTMLTable {
    /// What an HTML page declares about itself, from its first bytes.
    public struct Sniff: Sendable, Equatable {
        /// The `charset` of its `<meta>` (lower-cased), nil when it names none.
        public var charset: String?

        /// A Chinese code page (GBK and its kin), which the run reports as GB18030.
        public var isChinese: Bool {
            guard let charset else { return false }
            return ["gbk", "gb2312", "gb18030", "cp936", "x-gbk", "euc-cn"].contains(charset)
        }
    }

    /// The page's declaration when the file is HTML (its first non-blank text after a BOM opens
    /// `<html`, `<!doctype html`, `<table`, `<meta` or `<head`, or an XML declaration or comment
    /// ahead of `<html` or `<table`), nil otherwise. Reads 4 KB.
    public static func sniff(_ url: URL) -> Sniff? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 4096), !data.isEmpty else { return nil }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        let body = head.drop { $0.isWhitespace }
        let opensHTML = ["<html", "<!doctype html", "<table", "<meta", "<head"].contains(where: body.hasPrefix)
        // An XHTML page opens with an XML declaration or a comment; a spreadsheet namespace makes it
        // an XML Spreadsheet instead (SpreadsheetMLWorkbook).
        let markupWithTable =
            (body.hasPrefix("<?xml") || body.hasPrefix("<!--")) && (head.contains("<html") || head.contains("<table"))
            && !head.contains(SpreadsheetMLWorkbook.namespace)
        guard opensHTML || markupWithTable else { return nil }
        guard let mark = head.range(of: "charset=") else { return Sniff(charset: nil) }
        let name = head[mark.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return Sniff(charset: name.isEmpty ? nil : String(name))
    }

    /// Calls `body` with each row's number (1-based, in page order) and its cells' text. Throws
    /// `XLSXReadError` when the file cannot be read, and what `body` throws as it is.
    /// `encoding` (an iconv name such as `GB18030`) is for a page whose `<meta>` names none.
    public static func readRows(
        _ url: URL, displayName: String? = nil, encoding: String? = nil, _ body: (Int, [String]) throws -> Void
    ) throws {
        let name = displayName ?? url.path
        let advice = "check that the file can be opened, or export it again from the portal"
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw XLSXReadError(.unreadable, file: name, message: "cannot open the file", advice: advice)
        }
        defer { try? handle.close() }
        try withoutActuallyEscaping(body) { body in
            let builder = HTMLRowBuilder(body)
            var table = HTMLTable.saxTable()
            let me = Unmanaged.passUnretained(builder).toOpaque()
            guard let context = htmlCreatePushParserCtxt(&table, me, nil, 0, nil, XML_CHAR_ENCODING_NONE) else {
                throw XLSXReadError(.unreadable, file: name, message: "cannot start the HTML parser", advice: advice)
            }
            defer { htmlFreeParserCtxt(context) }
            if let encoding, let handler = xmlFindCharEncodingHandler(encoding) {
                xmlSwitchToEncoding(context, handler)
            }
            htmlCtxtUseOptions(
                context,
                Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue))
            while true {
                let chunk: Data
                do { chunk = try handle.read(upToCount: 1 << 16) ?? Data() } catch {
                    throw XLSXReadError(.unreadable, file: name, message: "cannot read the file: \(error)", advice: advice)
                }
                _ = chunk.withUnsafeBytes { raw in
                    htmlParseChunk(
                        context, raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count),
                        chunk.isEmpty ? 1 : 0)
                }
                if let failure = builder.failure { throw failure }
                if chunk.isEmpty { break }
            }
            builder.finishRow()
            if let failure = builder.failure { throw failure }
        }
    }

    /// libxml2's HTML callbacks (SAX1 shape: a name and a NULL-ended list of name, value pairs),
    /// each handing its event to the `HTMLRowBuilder` the parse was started with.
    private static func saxTable() -> htmlSAXHandler {
        var table = htmlSAXHandler()
        table.startElement = { context, name, attributes in
            guard let context, let name else { return }
            let builder = Unmanaged<HTMLRowBuilder>.fromOpaque(context).takeUnretainedValue()
            builder.start(String(cString: name), attributes: Self.attributes(attributes))
        }
        table.endElement = { context, name in
            guard let context, let name else { return }
            Unmanaged<HTMLRowBuilder>.fromOpaque(context).takeUnretainedValue().end(String(cString: name))
        }
        table.characters = { context, text, length in
            guard let context, let text, length > 0 else { return }
            Unmanaged<HTMLRowBuilder>.fromOpaque(context).takeUnretainedValue()
                .text(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        table.cdataBlock = table.characters
        return table
    }

    /// `colspan` and `rowspan` of a cell; nothing else of an element is read.
    private static func attributes(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> [String: String] {
        guard let list else { return [:] }
        var found: [String: String] = [:]
        var index = 0
        while let key = list[index] {
            let value = list[index + 1].map { String(cString: $0) } ?? ""
            let name = String(cString: key).lowercased()
            if name == "colspan" || name == "rowspan" { found[name] = value }
            index += 2
        }
        return found
    }
}
