internal import CLibXML2

/// The one set of C callbacks every parser here gives libxml2: each reaches its `SAXHandler`
/// through a borrowed (not retained) reference, stops the parser when the handler asks, and keeps
/// the first error with its line and column.
enum SAXCallbacks {
    static func table() -> xmlSAXHandler {
        var table = xmlSAXHandler()
        table.initialized = UInt32(XML_SAX2_MAGIC)
        table.startElementNs = { context, localName, _, _, _, _, count, _, attributes in
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
        table.endElementNs = { context, localName, _, _ in
            guard let context, let localName else { return }
            Unmanaged<SAXHandler>.fromOpaque(context)._withUnsafeGuaranteedRef { handler in
                handler.endElement(XMLName(bytes: localName))
                if handler.shared.pointee.stopping {
                    xmlStopParser(UnsafeMutablePointer(handler.shared.pointee.parser))
                }
            }
        }
        table.characters = { context, text, length in
            guard let context, let text, length > 0 else { return }
            Unmanaged<SAXHandler>.fromOpaque(context)._withUnsafeGuaranteedRef { handler in
                handler.characters(UnsafeBufferPointer(start: text, count: Int(length)))
            }
        }
        table.cdataBlock = table.characters
        table.serror = { context, error in
            guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            Unmanaged<SAXHandler>.fromOpaque(context)._withUnsafeGuaranteedRef { handler in
                guard handler.shared.pointee.firstError == nil else { return }
                var message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
                while message.last == "\n" { message.removeLast() }
                handler.shared.pointee.firstError = (message, Int(error.pointee.line), Int(error.pointee.int2))
            }
        }
        return table
    }

    /// libxml2 must be initialised once before parsers run on several threads.
    static let initialised: Void = xmlInitParser()

    /// No network, no external DTD, no entity expansion; CDATA comes as text.
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)

    /// How a parse (or a chunk of one) ended: the handler's stop, then libxml2's first error.
    static func check(_ handler: SAXHandler, status: Int32) throws(SAXFailure) {
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

/// How a parse ended early.
enum SAXFailure: Error {
    /// libxml2 found the part is not well-formed XML.
    case malformed(String, line: Int, column: Int)
    /// The handler stopped the parse because its consumer had what it needed.
    case stopped
    /// The handler (or its consumer) failed.
    case handler(any Error)
}
