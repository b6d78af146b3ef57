import Testing

@testable import MonthEndReconcile

@Suite("Courier: alias table")
struct CourierAliasesTests {
    @Test("names compare after NFKC, without white space, ASCII case-insensitive")
    func comparison() {
        let aliases = CourierAliases(entries: ["顺丰": ["顺丰速运", "SF Express"]])
        #expect(aliases.canonicalName("ＳＦ　ｅｘｐｒｅｓｓ") == "顺丰")
        #expect(aliases.canonicalName("sfexpress") == "顺丰")
        #expect(aliases.canonicalName(" 顺丰 速运 ") == "顺丰")
        #expect(aliases.canonicalName("韵达快递 ") == "韵达快递")
        #expect(aliases.canonicalName("  ") == "")
        #expect(aliases.canonicalName(nil) == "")
    }

    @Test("a user's table adds couriers and wins where both name a spelling")
    func merging() {
        let builtIn = CourierAliases(entries: [
            (canonical: "顺丰", aliases: ["顺丰速运", "SF"]), (canonical: "中通", aliases: ["ZTO"]),
        ])
        let user = CourierAliases(entries: [
            (canonical: "丰网", aliases: ["SF"]), (canonical: "德邦", aliases: ["德邦快递", "DBL"]),
        ])
        let merged = builtIn.merging(user)
        #expect(merged.canonicalName("SF") == "丰网")
        #expect(merged.canonicalName("顺丰速运") == "顺丰")
        #expect(merged.canonicalName("dbl") == "德邦")
        #expect(merged.canonicalNames == ["顺丰", "中通", "丰网", "德邦"])
    }
}
