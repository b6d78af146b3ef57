import MonthEndCore
import MonthEndReconcile
import Yams

/// templates/couriers.yaml, read with Yams: the alias table (`aliases:`) and each courier's default
/// weight rule (`weights:`), handed to Reconcile as plain values. A file without those two keys is
/// all aliases (the form before weights were added), so a user's older couriers.yaml still reads.
///
///     aliases:
///       顺丰: [顺丰速运, SF, SF Express]
///     weights:
///       EMS: {first_weight_kg: 0.5, step_kg: 0.5}
struct CourierTemplateFile {
    /// In file order.
    var aliases: [(canonical: String, aliases: [String])] = []
    /// In file order, names as written: resolve them through the run's whole alias table.
    var weightRules: [(courier: String, rule: CourierWeightRule)] = []

    init(parsing text: String, path: String) throws(MonthEndError) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.yamlError(error, path: path)
        } catch {
            throw MonthEndError(.badTemplate, "not valid YAML: \(error)", path: path)
        }
        guard let root else { return }
        guard let top = root.mapping else {
            throw Self.error(root, path, "couriers.yaml is not a mapping of `aliases:` and `weights:`")
        }
        let sections = top.keys.compactMap(\.string)
        if sections.contains("aliases") || sections.contains("weights") {
            for (key, value) in top {
                switch key.string {
                case "aliases": try readAliases(value, path: path)
                case "weights": try readWeights(value, path: path)
                default: throw Self.error(key, path, "unknown section `\(key.string ?? "")`: use aliases: and weights:")
                }
            }
        } else {
            try readAliases(root, path: path)
        }
    }

    private mutating func readAliases(_ node: Node, path: String) throws(MonthEndError) {
        guard node.scalar?.string.isEmpty != true else { return }
        guard let mapping = node.mapping else {
            throw Self.error(node, path, "courier aliases are not `name: [alias, ...]` lines")
        }
        for (key, value) in mapping {
            guard let name = key.string, !name.isEmpty, let list = value.sequence else {
                throw Self.error(key, path, "courier alias line is not `name: [alias, ...]`")
            }
            var spellings: [String] = []
            for item in list {
                guard let alias = item.string, !alias.isEmpty else {
                    throw Self.error(item, path, "courier alias line is not `name: [alias, ...]`")
                }
                spellings.append(alias)
            }
            aliases.append((name, spellings))
        }
    }

    private mutating func readWeights(_ node: Node, path: String) throws(MonthEndError) {
        guard node.scalar?.string.isEmpty != true else { return }
        guard let mapping = node.mapping else {
            throw Self.error(node, path, "courier weight line is not `name: {first_weight_kg: N, step_kg: N}`")
        }
        for (key, value) in mapping {
            guard let name = key.string, !name.isEmpty, let fields = value.mapping, fields.count == 2,
                let first = Self.kilograms(fields["first_weight_kg"]), let step = Self.kilograms(fields["step_kg"])
            else {
                throw Self.error(key, path, "courier weight line is not `name: {first_weight_kg: N, step_kg: N}`")
            }
            weightRules.append((name, CourierWeightRule(firstWeightKg: first, stepKg: step)))
        }
    }

    /// A weight in kg above 0, written as a plain decimal.
    private static func kilograms(_ node: Node?) -> Quantity? {
        guard let text = node?.scalar?.string, let value = Quantity(plain: text), value > .zero else { return nil }
        return value
    }

    private static func error(_ node: Node, _ path: String, _ message: String) -> MonthEndError {
        MonthEndError(
            .badTemplate, message, path: path, line: node.mark?.line, column: node.mark?.column,
            hint: "one courier per line, e.g. `顺丰: [顺丰速运, SF]` under aliases: and "
                + "`EMS: {first_weight_kg: 0.5, step_kg: 0.5}` under weights:")
    }

    private static func yamlError(_ error: YamlError, path: String) -> MonthEndError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return MonthEndError(
                .badTemplate, "not valid YAML: \(problem)", path: path, line: mark.line, column: mark.column)
        default:
            return MonthEndError(.badTemplate, "not valid YAML: \(error)", path: path)
        }
    }
}
