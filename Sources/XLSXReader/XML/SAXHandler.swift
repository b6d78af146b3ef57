/// What a part's reader does with the parser's events. Names and text arrive as the parser's own
/// UTF-8 bytes, valid only during the call, so a sheet of a million cells makes no String per tag.
protocol SAXHandler: AnyObject {
    func startElement(_ name: XMLName, _ attributes: XMLAttributes)
    func endElement(_ name: XMLName)
    func characters(_ text: UnsafeBufferPointer<UInt8>)
    /// Set by the handler to stop the parse (a row consumer asked to stop, or threw): the pusher
    /// stops the parser and hands this back.
    var stop: SAXStop? { get }
}

/// Why a handler stopped its parse: the consumer had seen enough, or failed.
enum SAXStop {
    case finished
    case failed(any Error)
}

/// An element's local name (namespace prefix dropped: `x:row` and `row` are the same).
struct XMLName {
    let bytes: UnsafePointer<UInt8>

    /// Compares with an ASCII literal, without building a String.
    @inline(__always)
    func `is`(_ literal: StaticString) -> Bool {
        let other = literal.utf8Start
        var index = 0
        while true {
            let a = bytes[index]
            let b = index < literal.utf8CodeUnitCount ? other[index] : 0
            if a != b { return false }
            if a == 0 { return true }
            index += 1
        }
    }

    var string: String { String(cString: bytes) }
}

/// An element's attributes as libxml2 lays them out: five pointers each (local name, prefix, URI,
/// value start, value end). Values have character and predefined entity references resolved.
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    let count: Int

    /// The value of the attribute with this local name (any namespace), as bytes.
    func value(_ localName: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let base else { return nil }
        for index in 0..<count {
            let slot = base + index * 5
            guard let name = slot[0], XMLName(bytes: name).is(localName), let start = slot[3], let end = slot[4]
            else { continue }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }

    func string(_ localName: StaticString) -> String? {
        value(localName).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A non-negative decimal attribute (`s="12"`, `r="5"`); nil when absent or not all digits.
    func integer(_ localName: StaticString) -> Int? {
        guard let bytes = value(localName), !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var result = 0
        for byte in bytes {
            guard byte &- 0x30 < 10 else { return nil }
            result = result * 10 + Int(byte &- 0x30)
        }
        return result
    }
}
