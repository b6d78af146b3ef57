import Foundation
import MonthEndCore
import MonthEndImport
import Yams

/// Reads a MonthEnd configuration file (YAML, as `monthend init` writes it) into `Settings`.
/// Every problem names the file, the line and the setting, like a compiler: a typo in a key is an
/// error too, because a silently ignored tolerance would change figures finance signs off.
public enum Configuration {
    /// The commented default configuration, as `monthend init` writes it.
    public static var defaultText: String { EmbeddedTemplates.files["monthend.yaml"] ?? "" }

    public static func load(path: String) throws -> Settings {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MonthEndError(
                .badConfiguration, "cannot read the configuration file", path: path,
                hint: "check the path given to --config, or write a fresh one with `monthend init`")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MonthEndError(.badConfiguration, "the configuration file is not UTF-8 text", path: path)
        }
        var settings = try parse(text, path: path)
        let folder = (path as NSString).deletingLastPathComponent
        settings.templateFolders = settings.templateFolders.map { folderPath in
            folderPath.hasPrefix("/") ? folderPath : (folder.isEmpty ? folderPath : folder + "/" + folderPath)
        }
        if !settings.storePath.hasPrefix("/") && !folder.isEmpty {
            settings.storePath = folder + "/" + settings.storePath
        }
        return settings
    }

    /// Parses configuration text; `path` is only used in messages.
    public static func parse(_ text: String, path: String) throws -> Settings {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw yamlError(error, path: path)
        }
        var settings = Settings()
        guard let root else { return settings }
        let reader = Reader(path: path, lines: text.components(separatedBy: "\n"))
        let top = try reader.mapping(root, "")
        for (key, node) in top {
            switch key {
            case "company":
                for (k, v) in try reader.mapping(node, key) {
                    let name = "company." + k
                    switch k {
                    case "name": settings.company.name = try reader.string(v, name)
                    case "prepared_by": settings.company.preparedBy = try reader.string(v, name)
                    case "reviewed_by": settings.company.reviewedBy = try reader.string(v, name)
                    case "own_accounts":
                        settings.company.ownAccounts = try reader.sequence(v, name).map { try reader.string($0, name) }
                    default: throw reader.unknown(v, name)
                    }
                }
            case "courier":
                for (k, v) in try reader.mapping(node, key) {
                    let name = "courier." + k
                    switch k {
                    case "weight_tolerance_kg":
                        settings.courier.weightToleranceKg = try reader.quantity(v, name, nonNegative: true)
                    case "fee_tolerance": settings.courier.feeTolerance = try reader.money(v, name)
                    default: throw reader.unknown(v, name)
                    }
                }
            case "receivables":
                for (k, v) in try reader.mapping(node, key) {
                    let name = "receivables." + k
                    switch k {
                    case "default_terms_days":
                        settings.receivables.defaultTermsDays = try reader.integer(v, name, range: 0...3650)
                    case "aging_basis":
                        let raw = try reader.string(v, name)
                        guard let basis = AgingBasis(rawValue: raw) else {
                            throw reader.error(v, name, "expected due_date or invoice_date, found \"\(raw)\"")
                        }
                        settings.receivables.agingBasis = basis
                    case "aging_buckets":
                        let bounds = try reader.sequence(v, name).map { try reader.integer($0, name, range: 1...3650) }
                        guard bounds.count == 3, bounds[0] < bounds[1], bounds[1] < bounds[2] else {
                            throw reader.error(v, name, "expected three increasing day counts, like [30, 60, 90]")
                        }
                        settings.receivables.agingBuckets = bounds
                    default: throw reader.unknown(v, name)
                    }
                }
            case "dunning":
                for (k, v) in try reader.mapping(node, key) {
                    let name = "dunning." + k
                    switch k {
                    case "lead_days": settings.dunning.leadDays = try reader.integer(v, name, range: 0...365)
                    case "before_due_weekdays": settings.dunning.beforeDueWeekdays = try reader.weekdays(v, name)
                    case "overdue_weekdays": settings.dunning.overdueWeekdays = try reader.weekdays(v, name)
                    case "holidays": settings.dunning.holidays = try reader.dates(v, name)
                    case "extra_workdays": settings.dunning.extraWorkdays = try reader.dates(v, name)
                    default: throw reader.unknown(v, name)
                    }
                }
            case "stock":
                for (k, v) in try reader.mapping(node, key) {
                    let name = "stock." + k
                    switch k {
                    case "tolerance":
                        for (tk, tv) in try reader.mapping(v, name) {
                            let tname = name + "." + tk
                            switch tk {
                            case "count_units":
                                settings.stock.countUnits = try reader.sequence(tv, tname).map {
                                    try reader.string($0, tname)
                                }
                            case "count_tolerance":
                                settings.stock.countTolerance = try reader.quantity(tv, tname, nonNegative: true)
                            case "measured_units":
                                settings.stock.measuredUnits = try reader.sequence(tv, tname).map {
                                    try reader.string($0, tname)
                                }
                            case "measured_percent":
                                settings.stock.measuredPercent = try reader.quantity(tv, tname, nonNegative: true)
                            default: throw reader.unknown(tv, tname)
                            }
                        }
                    case "overrides":
                        for (item, ov) in try reader.mapping(v, name) {
                            let oname = name + "." + item
                            var override = StockToleranceOverride()
                            for (ok, value) in try reader.mapping(ov, oname) {
                                switch ok {
                                case "absolute":
                                    override.absolute = try reader.quantity(
                                        value, oname + ".absolute", nonNegative: true)
                                case "percent":
                                    override.percent = try reader.quantity(value, oname + ".percent", nonNegative: true)
                                default: throw reader.unknown(value, oname + "." + ok)
                                }
                            }
                            guard (override.absolute == nil) != (override.percent == nil) else {
                                throw reader.error(ov, oname, "give exactly one of absolute or percent")
                            }
                            settings.stock.overrides[item] = override
                        }
                    default: throw reader.unknown(v, name)
                    }
                }
            case "store":
                for (k, v) in try reader.mapping(node, key) {
                    let name = "store." + k
                    switch k {
                    case "path": settings.storePath = try reader.string(v, name)
                    default: throw reader.unknown(v, name)
                    }
                }
            case "templates":
                for (k, v) in try reader.mapping(node, key) {
                    let name = "templates." + k
                    switch k {
                    case "folders":
                        settings.templateFolders = try reader.sequence(v, name).map { try reader.string($0, name) }
                    default: throw reader.unknown(v, name)
                    }
                }
            case "map":
                let table = try SynonymTable.builtIn()
                for (k, v) in try reader.mapping(node, key) {
                    let text = k + "=" + (try reader.string(v, "map." + k))
                    do {
                        _ = try ColumnMap(parsing: text, table: table)
                    } catch {
                        throw reader.error(v, "map." + k, error.message + (error.hint.map { "; " + $0 } ?? ""))
                    }
                    settings.columnMaps.append(text)
                }
            default:
                throw reader.unknown(node, key)
            }
        }
        return settings
    }

    private static func yamlError(_ error: YamlError, path: String) -> MonthEndError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return MonthEndError(
                .badConfiguration, "not valid YAML: \(problem)", path: path, line: mark.line, column: mark.column,
                hint: "compare with the file `monthend init` writes")
        default:
            return MonthEndError(.badConfiguration, "not valid YAML: \(error)", path: path)
        }
    }

    /// Typed access to YAML nodes that reports the setting's name and position on failure.
    private struct Reader {
        let path: String
        let lines: [String]

        func error(_ node: Node, _ setting: String, _ message: String) -> MonthEndError {
            let line = node.mark?.line
            let column = node.mark?.column
            var source: String?
            if let line, line >= 1, line <= lines.count { source = lines[line - 1] }
            return MonthEndError(
                .badConfiguration, "setting \(setting): \(message)", path: path, line: line, column: column,
                hint: "`monthend init` writes every setting with its default and a comment", sourceLine: source)
        }

        func unknown(_ node: Node, _ setting: String) -> MonthEndError {
            error(node, setting, "no such setting")
        }

        func mapping(_ node: Node, _ setting: String) throws -> [(String, Node)] {
            if case .scalar(let s) = node, s.string.isEmpty || s.string == "~" || s.string == "null" { return [] }
            guard let mapping = node.mapping else {
                throw error(node, setting.isEmpty ? "(top level)" : setting, "expected a group of settings")
            }
            return try mapping.map { key, value in
                guard let k = key.string else { throw error(key, setting, "a setting's name must be text") }
                return (k, value)
            }
        }

        func sequence(_ node: Node, _ setting: String) throws -> [Node] {
            guard let sequence = node.sequence else { throw error(node, setting, "expected a list like [a, b]") }
            return Array(sequence)
        }

        func string(_ node: Node, _ setting: String) throws -> String {
            guard case .scalar(let s) = node else { throw error(node, setting, "expected text") }
            return s.string
        }

        func integer(_ node: Node, _ setting: String, range: ClosedRange<Int>) throws -> Int {
            let raw = try string(node, setting)
            guard let value = Int(raw), range.contains(value) else {
                throw error(
                    node, setting,
                    "expected a whole number from \(range.lowerBound) to \(range.upperBound), found \"\(raw)\"")
            }
            return value
        }

        func quantity(_ node: Node, _ setting: String, nonNegative: Bool) throws -> Quantity {
            let raw = try string(node, setting)
            guard let value = Quantity(plain: raw), !(nonNegative && value.isNegative) else {
                throw error(node, setting, "expected a number like 0.5, found \"\(raw)\"")
            }
            return value
        }

        func money(_ node: Node, _ setting: String) throws -> Money {
            let raw = try string(node, setting)
            guard let value = Money(plain: raw), !value.isNegative else {
                throw error(node, setting, "expected an amount like 0.01 (at most two decimals), found \"\(raw)\"")
            }
            return value
        }

        func weekdays(_ node: Node, _ setting: String) throws -> Set<Int> {
            let names = ["mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7]
            var result = Set<Int>()
            for item in try sequence(node, setting) {
                let raw = try string(item, setting)
                guard let day = names[String(raw.lowercased().prefix(3))], raw.count >= 3 else {
                    throw error(item, setting, "expected weekdays like Mon, Thu; found \"\(raw)\"")
                }
                result.insert(day)
            }
            return result
        }

        func dates(_ node: Node, _ setting: String) throws -> Set<LocalDate> {
            var result = Set<LocalDate>()
            for item in try sequence(node, setting) {
                let raw = try string(item, setting)
                guard let date = LocalDate(iso: raw) else {
                    throw error(item, setting, "expected a date like 2026-10-01, found \"\(raw)\"")
                }
                result.insert(date)
            }
            return result
        }
    }
}
