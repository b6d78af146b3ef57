import Testing

@testable import MonthEndApp

/// The Chinese catalog of terminal messages: an English message with its figures and names becomes
/// the Chinese one with the same figures and names; what the catalog does not know stays English.
@Suite struct TerminalTextTests {
    @Test func slotsCarryTheFiguresOver() throws {
        let zh = try TerminalText.load(.zh)
        #expect(zh("wrote out/m.xlsx") == "已写入 out/m.xlsx")
        #expect(
            zh("bytes 0xC3 0x28 at byte offset 1204, line 31 are neither UTF-8 nor GB18030")
                == "第 31 行（字节偏移 1204）的字节 0xC3 0x28 既不是 UTF-8 也不是 GB18030")
        #expect(zh("bytes 0xFF at byte offset 7 are not UTF-16LE") == "字节偏移 7 处的字节 0xFF 不是 UTF-16LE")
        // A slot whose text is itself a message is translated too.
        #expect(zh("cannot open file: Permission denied") == "无法打开文件：权限不够")
        #expect(zh("an English message the catalog lacks") == "an English message the catalog lacks")
        #expect(TerminalText.english("wrote out/m.xlsx") == "wrote out/m.xlsx")
    }

    @Test func bracesThatAreNoSlotAreText() {
        let pattern = MessagePattern("line is not `name: {first_weight_kg: N}` in {file}")
        #expect(pattern.match("line is not `name: {first_weight_kg: N}` in a.yaml") == ["file": "a.yaml"])
        #expect(pattern.match("line is not `name: [x]` in a.yaml") == nil)
        #expect(MessagePattern.fill("{a} and {b}", ["a": "1", "b": "{a}"]) == "1 and {a}")
    }

    @Test(arguments: [
        ([:], RunRequest.Language.en), (["LANG": "zh_CN.UTF-8"], .zh), (["LANG": "zh_TW"], .zh),
        (["LANG": "en_US.UTF-8"], .en), (["LANG": "zh_CN.UTF-8", "LC_ALL": "C"], .en),
        (["LANG": "C", "LC_MESSAGES": "zh_CN.GB18030"], .zh), (["LC_ALL": "", "LANG": "zh_HK"], .zh),
    ])
    func languageFromTheLocale(environment: [String: String], expected: RunRequest.Language) {
        #expect(TerminalText.language(explicit: nil, environment: environment) == expected)
        #expect(TerminalText.language(explicit: .en, environment: environment) == .en)
    }
}
