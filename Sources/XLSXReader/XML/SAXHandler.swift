/// The base of the part readers. libxml2 calls one set of C callbacks, which reach the reader
/// through a borrowed (not retained) reference and an overridden method: no protocol existential,
/// so an event costs no retain and release. Names and text arrive as the parser's own UTF-8 bytes,
/// valid only during the call, so a sheet of a million cells makes no String per tag.
class SAXHandler {
    /// Shared with the parser's callbacks, behind a pointer (no exclusivity check per event).
    struct Shared {
        /// Set by the reader to stop the parse (a row consumer asked to stop, or threw).
        var stop: SAXStop?
        /// Mirrors `stop != nil`, read after every element.
        var stopping = false
        /// The first error libxml2 reported: message, 1-based line and column in the part.
        var firstError: (message: String, line: Int, column: Int)?
        var parser: OpaquePointer?
    }

    let shared: UnsafeMutablePointer<Shared>

    init() {
        shared = .allocate(capacity: 1)
        shared.initialize(to: Shared())
    }

    deinit {
        shared.deinitialize(count: 1)
        shared.deallocate()
    }

    func startElement(_ name: XMLName, _ attributes: XMLAttributes) {}
    func endElement(_ name: XMLName) {}
    func characters(_ text: UnsafeBufferPointer<UInt8>) {}

    final var stop: SAXStop? {
        get { shared.pointee.stop }
        set {
            shared.pointee.stop = newValue
            shared.pointee.stopping = newValue != nil
        }
    }
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

    /// Calls `body` with each attribute whose local name is one letter (a cell's `r`, `s`, `t`).
    @inline(__always)
    func forEachSingleLetter(_ body: (UInt8, UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base else { return }
        for index in 0..<count {
            let slot = base + index * 5
            guard let name = slot[0], name[0] != 0, name[1] == 0, let start = slot[3], let end = slot[4] else {
                continue
            }
            body(name[0], UnsafeBufferPointer(start: start, count: end - start))
        }
    }

    /// A non-negative decimal attribute (`s="12"`, `r="5"`); nil when absent or not all digits.
    func integer(_ localName: StaticString) -> Int? {
        value(localName).flatMap(Self.integer)
    }

    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var result = 0
        for byte in bytes {
            guard byte &- 0x30 < 10 else { return nil }
            result = result * 10 + Int(byte &- 0x30)
        }
        return result
    }
}
