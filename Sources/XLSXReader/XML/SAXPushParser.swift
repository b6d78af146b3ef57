internal import CLibXML2

/// libxml2's SAX2 push parser fed chunk by chunk (as ZIPFoundation inflates a part), so a part
/// of any size passes through in a few buffers. For the small parts; a sheet is pulled
/// (`SAXPullParser`), which libxml2 parses faster.
final class SAXPushParser {
    /// Held by the caller for the whole parse; the callbacks borrow it.
    private let handler: SAXHandler
    private var context: xmlParserCtxtPtr?
    private var saxTable = SAXCallbacks.table()

    init(handler: SAXHandler) {
        self.handler = handler
        SAXCallbacks.initialised
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
    }

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
            xmlCtxtUseOptions(context, SAXCallbacks.options)
            handler.shared.pointee.parser = OpaquePointer(context)
        }
        guard let context else { return }
        try SAXCallbacks.check(handler, status: xmlParseChunk(context, bytes, count, last ? 1 : 0))
    }
}
