import MonthEndCore
import Testing

@testable import MonthEndReconcile

@Suite("Courier: couriers.yaml, aliases and weights")
struct CourierTemplateFileTests {
    typealias T = CourierTestData

    @Test("the built-in file lists a weight rule for every courier it names")
    func builtInRules() throws {
        let file = try CourierSpecRevisionTests.templateFile()
        #expect(file.aliases.canonicalNames == ["顺丰", "中通", "圆通", "申通", "韵达", "极兔", "京东", "EMS"])
        #expect(file.weightRules.map(\.courier) == file.aliases.canonicalNames)
        let defaults = CourierWeightDefaults(rules: file.weightRules, aliases: file.aliases)
        #expect(defaults.rule(for: "EMS") == CourierWeightRule(firstWeightKg: T.kg("0.5"), stepKg: T.kg("0.5")))
        #expect(defaults.rule(for: "顺丰") == .standard)
        #expect(defaults.rule(for: "德邦") == .standard)
    }

    @Test("a file without section lines is all aliases, as before")
    func flatFileIsAliases() throws {
        let file = try CourierTemplateFile(parsing: "\u{FEFF}# mine\n丰网: [FW]\n德邦: [DBL]\n")
        #expect(file.aliases.canonicalName("fw") == "丰网")
        #expect(file.aliases.canonicalName("DBL") == "德邦")
        #expect(file.weightRules.isEmpty)
    }

    @Test("a rule named by an alias is its courier's, and a later rule wins")
    func rulesResolveThroughAliases() throws {
        let file = try CourierTemplateFile(
            parsing: """
                aliases:
                  顺丰: [SF]  # comment
                weights:
                  SF: {first_weight_kg: 1, step_kg: 1}
                  "顺丰": {step_kg: 0.5, first_weight_kg: 2}
                """)
        let defaults = CourierWeightDefaults(rules: file.weightRules, aliases: file.aliases)
        #expect(defaults.rule(for: "顺丰") == CourierWeightRule(firstWeightKg: T.kg("2"), stepKg: T.kg("0.5")))
        #expect(defaults.rule(for: "顺丰").chargeableWeight(T.kg("2.01")) == T.kg("2.5"))
        #expect(defaults.rule(for: "顺丰").chargeableWeight(T.kg("0.347")) == T.kg("2"))
    }

    @Test(
        "a bad line is an error naming its file and line",
        arguments: [
            "EMS: {first_weight_kg: 0.5}", "EMS: {first_weight_kg: 0, step_kg: 1}",
            "EMS: {first_weight_kg: a, step_kg: 1}",
            "EMS: 0.5", "{first_weight_kg: 1, step_kg: 1}",
        ])
    func badWeightLine(line: String) {
        #expect {
            _ = try CourierTemplateFile(parsing: "aliases:\n  EMS: []\nweights:\n  \(line)\n", path: "my/couriers.yaml")
        } throws: { error in
            guard let error = error as? MonthEndError else { return false }
            return error.path == "my/couriers.yaml" && error.line == 4 && error.code == .badTemplate
        }
    }

    @Test("an alias error still names its own line when weights come first")
    func aliasErrorLine() {
        #expect {
            _ = try CourierTemplateFile(
                parsing: "weights:\n  EMS: {first_weight_kg: 1, step_kg: 1}\naliases:\n  中通 - ZTO\n")
        } throws: { error in
            (error as? MonthEndError)?.line == 4
        }
    }
}
