import Foundation
import MonthEndCore
import MonthEndReconcile
import MonthEndWorkbook

/// The built-in templates (embedded at build time from templates/) and a user's own folders.
enum Templates {
    static func builtIn(_ name: String) throws -> String {
        guard let text = EmbeddedTemplates.files[name] else {
            throw MonthEndError(
                .badTemplate, "the built-in template \(name) is missing from this build", hint: "rebuild MonthEnd")
        }
        return text
    }

    static func labels(_ language: RunRequest.Language) throws -> WorkbookLabels {
        let name = "labels.\(language.rawValue).yaml"
        return try WorkbookLabels.parse(try builtIn(name), path: "templates/" + name)
    }

    /// The built-in couriers.yaml with each folder's merged over it in order: the alias table, and
    /// the default weight rules resolved through the whole table (a user's `SF` rule is 顺丰's).
    static func couriers(folders: [String]) throws -> (aliases: CourierAliases, weights: CourierWeightDefaults) {
        let builtIn = try CourierTemplateFile(parsing: try builtIn("couriers.yaml"), path: "templates/couriers.yaml")
        var aliases = CourierAliases(entries: builtIn.aliases)
        var rules = builtIn.weightRules
        for folder in folders {
            let path = (folder as NSString).appendingPathComponent("couriers.yaml")
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
            else {
                throw MonthEndError(
                    .badTemplate, "cannot read couriers.yaml as UTF-8 text", path: path, hint: "save it as UTF-8")
            }
            let file = try CourierTemplateFile(parsing: text, path: path)
            aliases = aliases.merging(CourierAliases(entries: file.aliases))
            rules += file.weightRules
        }
        return (aliases, CourierWeightDefaults(rules: rules, aliases: aliases))
    }
}
