internal import CLibXML2

/// libxml2's SAX2 push parser fed chunk by chunk (as ZIPFoundation inflates a part), so a sheet
/// of any size passes through in a few buffers. No network, no external DTD, no entity expansion.
final class SAXPushParser {
    /// Held by the caller for the whole parse; the callbacks borrow it.
    private let handler: SAXHandler
    private var context: xmlParserCtxtPtr?
    private var saxTable = xmlSAXHandler()

    init(handler: SAXHandler) {
        self.handler = handler
        Self.initialised
        saxTable.initialized = UInt32(XML_SAX2_MAGIC)
        saxTable.startElementNs = { context, localName, _, _, _, _, count, _, attributes in
            guard let context, let localName else { return }
            Unmanaged<SAXHandler>.fromOpaque(context)._withUnsafeGuaranteedRef { handler in
                handler.startElement(
                    XMLName(bytes: localName),
                    XMLAttributes(base: UnsafeMutablePointer(mutating: attributes), count: Int(count)))
                if handler.shared.pointee.stopping {
                    xmlStopParser(UnsafeMutablePointer(handler.shared.pointee.parser))
                }
            }
        }
        saxTable.endElementNs = { context, localName, _, _ in
            guard let context, let localName else { return }
            Unmanaged<SAXHandler>.fromOpaque(context)._withUnsafeGuaranteedRef { handler in
                handler.endElement(XMLName(bytes: localName))
                if handler.shared.pointee.stopping {
                    xmlStopParser(UnsafeMutablePointer(handler.shared.pointee.parser))
                }
            }
        }
        saxTable.characters = { context, text, length in
            guard let context, let text, length > 0 else { return }
            Unmanaged<SAXHandler>.fromOpaque(context)._withUnsafeGuaranteedRef { handler in
                handler.characters(UnsafeBufferPointer(start: text, count: Int(length)))
            }
        }
        saxTable.cdataBlock = saxTable.characters
        saxTable.serror = { context, error in
            guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            Unmanaged<SAXHandler>.fromOpaque(context)._withUnsafeGuaranteedRef { handler in
                guard handler.shared.pointee.firstError == nil else { return }
                var message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
                while message.last == "\n" { message.removeLast() }
                handler.shared.pointee.firstError = (message, Int(error.pointee.line), Int(error.pointee.int2))
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
            let me = Unmanaged.passUnretained(handler).toOpaque()
            context = xmlCreatePushParserCtxt(&saxTable, me, nil, 0, nil)
            guard let context else { throw .malformed("cannot start the XML parser", line: 0, column: 0) }
            xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue))
            handler.shared.pointee.parser = OpaquePointer(context)
        }
        guard let context else { return }
        let status = xmlParseChunk(context, bytes, count, last ? 1 : 0)
        if let stop = handler.stop {
            switch stop {
            case .finished: throw .stopped
            case .failed(let error): throw .handler(error)
            }
        }
        if status != 0 || handler.shared.pointee.firstError != nil {
            let error = handler.shared.pointee.firstError ?? ("malformed XML (libxml2 code \(status))", 0, 0)
            throw .malformed(error.message, line: error.line, column: error.column)
        }
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
