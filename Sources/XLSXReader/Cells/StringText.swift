/// Text as OOXML stores it in `<t>`: characters XML cannot carry are written `_xHHHH_` (`_x000D_`
/// for a carriage return), and a literal `_x` sequence is protected as `_x005F_xHHHH_`.
enum StringText {
    /// Decodes `_xHHHH_` escapes in place of appending; other bytes are copied as they are.
    static func appendDecoded(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            if byte == UInt8(ascii: "_"), index + 6 < count, text[index + 1] == UInt8(ascii: "x"),
                text[index + 6] == UInt8(ascii: "_"), let scalar = hexScalar(text, index + 2)
            {
                output.append(contentsOf: String(Character(scalar)).utf8)
                index += 7
                continue
            }
            output.append(byte)
            index += 1
        }
    }

    /// Whether the bytes may hold an escape at all (most text has no `_x`), so the common case is a copy.
    static func mayHoldEscape(_ text: some Collection<UInt8>) -> Bool {
        guard text.count >= 7 else { return false }
        var previous: UInt8 = 0
        for byte in text {
            if previous == UInt8(ascii: "_") && byte == UInt8(ascii: "x") { return true }
            previous = byte
        }
        return false
    }

    static func decoded(_ text: [UInt8]) -> [UInt8] {
        guard mayHoldEscape(text) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        text.withUnsafeBufferPointer { appendDecoded($0, to: &output) }
        return output
    }

    private static func hexScalar(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Unicode.Scalar? {
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = text[start + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return Unicode.Scalar(value)
    }
}
