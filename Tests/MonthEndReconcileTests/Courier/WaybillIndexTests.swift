import MonthEndCore
import Testing

@testable import MonthEndReconcile

/// The waybill index must join exactly the waybills whose matching keys (`ComparisonText.key`) are
/// equal Strings, whether a key packs into two words or not.
@Suite("Courier: waybill ids and text keys")
struct WaybillIndexTests {
    @Test("spellings with equal keys share an id; ids count up in order of first sight")
    func equalKeys() {
        var index = WaybillIndex(capacity: 4)
        let first = index.id(of: "SF0001234567891")
        #expect(first == 0)
        #expect(index.id(of: "sf0001234567891") == 0)
        #expect(index.id(of: " SF 0001234567891 ") == 0)
        // Full-width letters and digits: NFKC makes them the same key.
        #expect(index.id(of: "ＳＦ0001234567891") == 0)
        #expect(index.id(of: "SF0001234567892") == 1)
        #expect(index.id(of: "700033456780") == 2)
        #expect(index.count == 3)
    }

    @Test("keys longer than 16 bytes, non-ASCII keys and the empty key are told apart exactly")
    func unpackedKeys() {
        var index = WaybillIndex(capacity: 4)
        let long = index.id(of: "SF00012345678912345")
        #expect(index.id(of: "sf00012345678912345") == long)
        #expect(index.id(of: "SF0001234567891234") != long)
        let chinese = index.id(of: "顺丰123")
        #expect(index.id(of: "顺丰 123") == chinese)
        #expect(index.id(of: "顺丰124") != chinese)
        let empty = index.id(of: "")
        #expect(index.id(of: "   ") == empty)
        #expect(Set([long, chinese, empty]).count == 3)
        // 16 bytes exactly still packs, and differs from its 15-byte prefix.
        let sixteen = index.id(of: "ABCDEFGHIJKLMNOP")
        #expect(index.id(of: "abcdefghijklmnop") == sixteen)
        #expect(index.id(of: "ABCDEFGHIJKLMNO") != sixteen)
    }

    @Test("a key canonically equal to an ASCII key shares its id")
    func canonicalEquivalence() {
        var index = WaybillIndex(capacity: 2)
        // U+212A KELVIN SIGN is canonically K; NFKC keys and String equality both say so.
        let ascii = index.id(of: "k12")
        #expect(index.id(of: "\u{212A}12") == ascii)
    }

    @Test("text bytes: equal exactly when the bytes are, packed or not")
    func textBytes() {
        #expect(TextBytes("广东") == TextBytes("广东"))
        #expect(TextBytes("广东") != TextBytes("广东省"))
        #expect(TextBytes("") == TextBytes(""))
        #expect(TextBytes("") != TextBytes(" "))
        let long = "广东省深圳市南山区"
        #expect(TextBytes(long) == TextBytes(String(long)))
        #expect(TextBytes(long) != TextBytes(long + "1"))
        // Canonically equal, different bytes: a memo may keep both.
        #expect(TextBytes("\u{00E9}") != TextBytes("e\u{0301}"))
        #expect(TextBytes.same("ZT8800123", "ZT8800123"))
        #expect(Set([TextBytes("a"), TextBytes("a"), TextBytes("b")]).count == 2)
    }
}
