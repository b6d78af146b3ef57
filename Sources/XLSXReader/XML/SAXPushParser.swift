internal import CLibXML2

/// libxml2's SAX2 push parser fed chunk by chunk (as ZIPFoundation inflates a part), so a sheet
/// of any size passes through in a few buffers. No network, no external DTD, no entity expansion.
final class SAXPushParser {
    private let handler: any SAXHandler
    private var context: xmlParserCtxtPtr?
    private var saxTable = xmlSAXHandler()
    /// The first error libxml2 reported: message, 1-based line and column in the part.
    fileprivate var firstError: (message: String, line: Int, column: Int)?

    init(handler: any SAXHandler) {
        self.handler = handler
        Self.initialised
        saxTable.initialized = UInt32(XML_SAX2_MAGIC)
        saxTable.startElementNs = { context, localName, _, _, _, _, count, _, attributes in
            guard let context, let localName else { return }
            let parser = Unmanaged<SAXPushParser>.fromOpaque(context).takeUnretainedValue()
            parser.handler.startElement(
                XMLName(bytes: localName),
                XMLAttributes(base: UnsafeMutablePointer(mutating: attributes), count: Int(count)))
            parser.stopIfAsked()
        }
        saxTable.endElementNs = { context, localName, _, _ in
            guard let context, let localName else { return }
            let parser = Unmanaged<SAXPushParser>.fromOpaque(context).takeUnretainedValue()
            parser.handler.endElement(XMLName(bytes: localName))
            parser.stopIfAsked()
        }
        saxTable.characters = { context, text, length in
            guard let context, let text, length > 0 else { return }
            let parser = Unmanaged<SAXPushParser>.fromOpaque(context).takeUnretainedValue()
            parser.handler.characters(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        saxTable.cdataBlock = saxTable.characters
        saxTable.serror = { context, error in
            guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let parser = Unmanaged<SAXPushParser>.fromOpaque(context).takeUnretainedValue()
            if parser.firstError == nil {
                let message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
                parser.firstError = (
                    message.trimmingSuffix(while: { $0 == "\n" }), Int(error.pointee.line), Int(error.pointee.int2)
                )
            }
        }
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
    }

    /// libxml2 must be initialised once before parsers run on several threads.
    private static let initialised: Void = xmlInitParser()

    /// Parses the next chunk of the part.
    func feed(_ bytes: UnsafeRawBufferPointer) throws(SAXFailure) {
        try push(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(clamping: bytes.count), last: false)
    }

    /// Ends the part: an unclosed element is an error here.
    func finish() throws(SAXFailure) {
        try push(nil, 0, last: true)
    }

    private func push(_ bytes: UnsafePointer<CChar>?, _ count: Int32, last: Bool) throws(SAXFailure) {
        if context == nil {
            let me = Unmanaged.passUnretained(self).toOpaque()
            context = xmlCreatePushParserCtxt(&saxTable, me, nil, 0, nil)
            guard let context else { throw .malformed("cannot start the XML parser", line: 0, column: 0) }
            xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue))
        }
        guard let context else { return }
        let status = xmlParseChunk(context, bytes, count, last ? 1 : 0)
        if let stop = handler.stop {
            switch stop {
            case .finished: throw .stopped
            case .failed(let error): throw .handler(error)
            }
        }
        if status != 0 || firstError != nil {
            let error = firstError ?? ("malformed XML (libxml2 code \(status))", 0, 0)
            throw .malformed(error.message, line: error.line, column: error.column)
        }
    }

    fileprivate func stopIfAsked() {
        if handler.stop != nil, let context { xmlStopParser(context) }
    }
}

/// How a push ended early.
enum SAXFailure: Error {
    /// libxml2 found the part is not well-formed XML.
    case malformed(String, line: Int, column: Int)
    /// The handler stopped the parse because its consumer had what it needed.
    case stopped
    /// The handler (or its consumer) failed.
    case handler(any Error)
}

extension String {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var text = self
        while let last = text.last, predicate(last) { text.removeLast() }
        return text
    }
}
