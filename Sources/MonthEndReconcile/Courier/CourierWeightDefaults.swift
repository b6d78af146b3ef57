/// The default weight rule of each courier (templates/couriers.yaml, section `weights:`), keyed by
/// canonical name; a courier not listed gets `CourierWeightRule.standard`.
public struct CourierWeightDefaults: Sendable, Hashable {
    /// Comparison key of the canonical name -> rule.
    private var ruleByKey: [String: CourierWeightRule] = [:]

    /// No courier listed: every courier charges 1 kg first weight, 1 kg step.
    public init() {}

    /// Rules by courier name; each name is resolved through `aliases` (a rule for `SF` is 顺丰's).
    /// Of two rules for one courier the later wins.
    public init(rules: [(courier: String, rule: CourierWeightRule)], aliases: CourierAliases) {
        for entry in rules {
            let key = ComparisonText.key(aliases.canonicalName(entry.courier))
            if !key.isEmpty { ruleByKey[key] = entry.rule }
        }
    }

    /// The rule of a courier by its canonical name.
    public func rule(for courier: String) -> CourierWeightRule {
        ruleByKey[ComparisonText.key(courier)] ?? .standard
    }
}
