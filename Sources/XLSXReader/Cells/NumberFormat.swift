/// What a cell's number format does to a stored number: leave it a number, make it a date, a
/// date and time, a time of day, or text (`@`).
enum NumberFormat: Equatable {
    case general
    case date
    case dateTime
    case time
    case text

    /// Built-in formats (ECMA-376 §18.8.30) that Excel does not write into styles.xml: 14-22 and
    /// 45-47 everywhere; 27-36 and 50-58 in Chinese (and other East Asian) Excel, which is what
    /// these exports come from.
    static func builtIn(_ id: Int) -> NumberFormat {
        switch id {
        case 14...17, 27...31, 36, 50...54, 57, 58: return .date
        case 22: return .dateTime
        case 18...21, 32...35, 45...47, 55, 56: return .time
        case 49: return .text
        default: return .general
        }
    }

    /// A custom format code: only its first section counts; quoted text, `\x` escapes, `_x`/`*x`
    /// padding and `[...]` (colours, locales) are not codes, except elapsed time `[h]` `[mm]` `[ss]`.
    /// `y` or `d` makes a date (with a time when `h` or `s` is there too), `h` or `s` alone a time,
    /// a lone `m` a month (a date); `@` makes text.
    static func classify(code: String) -> NumberFormat {
        var letters = Set<UInt8>()
        var elapsedTime = false
        var iterator = Array(code.utf8).makeIterator()
        scan: while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "\""):
                while let inner = iterator.next(), inner != UInt8(ascii: "\"") {}
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                _ = iterator.next()
            case UInt8(ascii: "["):
                var inside: [UInt8] = []
                while let inner = iterator.next(), inner != UInt8(ascii: "]") { inside.append(inner | 0x20) }
                if !inside.isEmpty,
                    inside.allSatisfy({ $0 == UInt8(ascii: "h") || $0 == UInt8(ascii: "m") || $0 == UInt8(ascii: "s") })
                {
                    elapsedTime = true
                }
            case UInt8(ascii: ";"):
                break scan
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                letters.insert(byte | 0x20)
            default:
                letters.insert(byte)
            }
        }
        let hasDate = letters.contains(UInt8(ascii: "y")) || letters.contains(UInt8(ascii: "d"))
        let hasTime = elapsedTime || letters.contains(UInt8(ascii: "h")) || letters.contains(UInt8(ascii: "s"))
        if hasDate { return hasTime ? .dateTime : .date }
        if hasTime { return .time }
        if letters.contains(UInt8(ascii: "m")) { return .date }
        if letters.contains(UInt8(ascii: "@")) { return .text }
        return .general
    }
}
