import Foundation
import MonthEndCore
import Testing

@testable import MonthEndApp

/// templates/couriers.yaml and a user's own, read with Yams where templates are loaded.
@Suite struct CourierTemplatesTests {
    static func kg(_ text: String) -> Quantity { Quantity(plain: text)! }

    @Test func builtInTableHoldsEverySpellingAndAWeightRuleForEachCourier() throws {
        let (aliases, weights) = try Templates.couriers(folders: [])
        #expect(aliases.canonicalNames == ["顺丰", "中通", "圆通", "申通", "韵达", "极兔", "京东", "EMS", "百世", "中通快运"])
        let expected: [(String, String)] = [
            ("顺丰速运", "顺丰"), ("SF", "顺丰"), ("SF Express", "顺丰"), ("顺丰", "顺丰"), ("中通快递", "中通"), ("ZTO", "中通"),
            ("YTO", "圆通"), ("STO", "申通"), ("Yunda", "韵达"), ("J&T", "极兔"), ("京东物流", "京东"), ("JD", "京东"),
            ("中国邮政", "EMS"), ("邮政", "EMS"), ("ems", "EMS"), ("百世快递", "百世"), ("中通快运", "中通快运"),
            ("ZTO Freight", "中通快运"),
        ]
        for (written, canonical) in expected {
            #expect(aliases.canonicalName(written) == canonical, "\(written)")
        }
        let file = try CourierTemplateFile(parsing: try Templates.builtIn("couriers.yaml"), path: "couriers.yaml")
        // 百世 and 中通快运 (a freight carrier) list no rule: the default 1 kg / 1 kg applies.
        #expect(file.weightRules.map(\.courier) == Array(aliases.canonicalNames.prefix(8)))
        let rules = ["EMS", "顺丰", "德邦"].map { weights.rule(for: $0) }
        #expect(rules.map(\.firstWeightKg) == [Self.kg("0.5"), Self.kg("1"), Self.kg("1")])
        #expect(rules.map(\.stepKg) == [Self.kg("0.5"), Self.kg("1"), Self.kg("1")])
    }

    @Test func aUserFolderAddsAndWins() throws {
        let folder = try MonthEndCLI.temporaryFolder()
        try """
        # mine: the older form, aliases only, with a BOM
        丰网: [SF]
        德邦: [德邦快递, "D,BL"]
        """.write(to: folder.appendingPathComponent("couriers.yaml"), atomically: true, encoding: .utf8)
        let (aliases, _) = try Templates.couriers(folders: [folder.path])
        #expect(aliases.canonicalName("SF") == "丰网")
        #expect(aliases.canonicalName("顺丰速运") == "顺丰")
        #expect(aliases.canonicalName("d,bl") == "德邦")
        try """
        aliases:
          德邦: [DBL]
        weights:
          DBL: {first_weight_kg: 3, step_kg: 0.5}
          顺丰速运: {step_kg: 0.5, first_weight_kg: 1}
        """.write(to: folder.appendingPathComponent("couriers.yaml"), atomically: true, encoding: .utf8)
        let (merged, weights) = try Templates.couriers(folders: [folder.path])
        #expect(merged.canonicalName("dbl") == "德邦")
        let rules = ["德邦", "顺丰"].map { weights.rule(for: $0) }
        #expect(rules.map(\.firstWeightKg) == [Self.kg("3"), Self.kg("1")])
        #expect(rules.map(\.stepKg) == [Self.kg("0.5"), Self.kg("0.5")])
    }

    @Test(arguments: [
        ("weights:\n  EMS: {first_weight_kg: 0.5}\n", 2), ("weights:\n  EMS: {first_weight_kg: 0, step_kg: 1}\n", 2),
        ("aliases:\n  EMS: []\nweights:\n  EMS: 0.5\n", 4), ("aliases:\n  顺丰: [SF]\n  中通: ZTO\n", 3),
        ("aliases: [顺丰]\n", 1), ("顺丰: [SF\n", 2),
    ])
    func aBadFileIsAnErrorNamingItsLine(text: String, line: Int) {
        do {
            _ = try CourierTemplateFile(parsing: text, path: "my/couriers.yaml")
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.code == .badTemplate)
            #expect(error.path == "my/couriers.yaml")
            #expect(error.line == line, "\(text)")
        }
    }
}
