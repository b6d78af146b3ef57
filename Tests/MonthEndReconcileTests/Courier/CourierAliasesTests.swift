import Foundation
import Testing

@testable import MonthEndReconcile

@Suite("Courier: alias table")
struct CourierAliasesTests {
    /// templates/couriers.yaml, read from the source tree.
    static func templateText() throws -> String {
        let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("templates/couriers.yaml"), encoding: .utf8)
    }

    @Test("templates/couriers.yaml holds every spelling of RECONCILE.md section 1")
    func templateTable() throws {
        let aliases = try CourierTemplateFile(parsing: try Self.templateText()).aliases
        #expect(aliases.canonicalNames == ["顺丰", "中通", "圆通", "申通", "韵达", "极兔", "京东", "EMS"])
        let expected: [(String, String)] = [
            ("顺丰速运", "顺丰"), ("SF", "顺丰"), ("SF Express", "顺丰"), ("顺丰", "顺丰"),
            ("中通快递", "中通"), ("ZTO", "中通"), ("YTO", "圆通"), ("STO", "申通"), ("Yunda", "韵达"),
            ("J&T", "极兔"), ("京东物流", "京东"), ("JD", "京东"), ("中国邮政", "EMS"), ("邮政", "EMS"), ("ems", "EMS"),
        ]
        for (written, canonical) in expected {
            #expect(aliases.canonicalName(written) == canonical, "\(written)")
        }
    }

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
    func merging() throws {
        let builtIn = try CourierAliases(parsingSimpleList: "顺丰: [顺丰速运, SF]\n中通: [ZTO]\n")
        let user = try CourierAliases(parsingSimpleList: "丰网: [SF]\n德邦: [德邦快递, DBL]\n")
        let merged = builtIn.merging(user)
        #expect(merged.canonicalName("SF") == "丰网")
        #expect(merged.canonicalName("顺丰速运") == "顺丰")
        #expect(merged.canonicalName("dbl") == "德邦")
        #expect(merged.canonicalNames == ["顺丰", "中通", "丰网", "德邦"])
    }

    @Test("the simple list: comments, quotes, empty lists, a BOM")
    func parsing() throws {
        let text = "\u{FEFF}# couriers\n\n顺丰: [顺丰速运, 'SF Express', \"S,F\"]  # the big one\nEMS: []\n"
        let aliases = try CourierAliases(parsingSimpleList: text)
        #expect(aliases.canonicalNames == ["顺丰", "EMS"])
        #expect(aliases.canonicalName("S,F") == "顺丰")
        #expect(aliases.canonicalName("SF Express") == "顺丰")
        #expect(aliases.canonicalName("ems") == "EMS")
    }

    @Test("a line of another shape is a bad-template error naming the line")
    func badLine() {
        do {
            _ = try CourierAliases(parsingSimpleList: "顺丰: [SF]\n中通 - ZTO\n", path: "my/couriers.yaml")
            Issue.record("no error")
        } catch {
            #expect(error.code == .badTemplate)
            #expect(error.path == "my/couriers.yaml")
            #expect(error.line == 2)
            #expect(error.sourceLine == "中通 - ZTO")
        }
    }
}
