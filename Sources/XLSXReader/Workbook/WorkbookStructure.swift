/// The parts every read needs before the first row: where the workbook part is, its sheets and
/// their parts, the date system, the number format of each cell style, the shared strings' part.
struct WorkbookStructure {
    var sheets: [XLSXSheet] = []
    var dateSystem = SheetDate.System.from1900
    var formats: [NumberFormat] = []
    var sharedStringsPart: String?

    static func read(_ package: XLSXPackage) throws(XLSXReadError) -> WorkbookStructure {
        var structure = WorkbookStructure()
        let workbookPart = try officeDocument(package)
        let relationships = try Self.relationships(package, of: workbookPart)
        var listed: [(name: String, visibility: XLSXSheet.Visibility, relationship: String?)] = []
        let collector = ElementCollector { name, attributes, _ in
            if name.is("sheet") {
                let state = attributes.string("state") ?? "visible"
                listed.append(
                    (
                        attributes.string("name") ?? "", XLSXSheet.Visibility(rawValue: state) ?? .visible,
                        attributes.string("id")
                    ))
            } else if name.is("workbookPr") {
                let flag = attributes.string("date1904")
                if flag == "1" || flag == "true" { structure.dateSystem = .from1904 }
            }
        }
        try parse(package, workbookPart, collector)
        for (offset, sheet) in listed.enumerated() {
            var part: String?
            if let id = sheet.relationship, let target = relationships[id], target.type.hasSuffix("/worksheet"),
                package.hasPart(target.path)
            {
                part = target.path
            }
            structure.sheets.append(
                XLSXSheet(name: sheet.name, index: offset + 1, visibility: sheet.visibility, part: part))
        }
        let byType = Dictionary(
            relationships.values.map { ($0.type, $0.path) }, uniquingKeysWith: { first, _ in first })
        structure.sharedStringsPart =
            byType.first { $0.key.hasSuffix("/sharedStrings") }?.value
            ?? (package.hasPart("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : nil)
        if let stylesPart = byType.first(where: { $0.key.hasSuffix("/styles") })?.value
            ?? (package.hasPart("xl/styles.xml") ? "xl/styles.xml" : nil), package.hasPart(stylesPart)
        {
            structure.formats = try formats(package, stylesPart)
        }
        return structure
    }

    /// `_rels/.rels` names the workbook part; `xl/workbook.xml` when it says nothing usable.
    private static func officeDocument(_ package: XLSXPackage) throws(XLSXReadError) -> String {
        let fallback = "xl/workbook.xml"
        if package.hasPart("_rels/.rels") {
            let rels = try relationships(package, of: "")
            if let document = rels.values.first(where: { $0.type.hasSuffix("/officeDocument") }),
                package.hasPart(document.path)
            {
                return document.path
            }
        }
        guard package.hasPart(fallback) else {
            throw package.damaged(
                "the archive has no workbook part (xl/workbook.xml): it is not an Excel workbook", part: nil)
        }
        return fallback
    }

    /// The relationships of a part (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`), with
    /// targets resolved against the part's folder.
    private static func relationships(_ package: XLSXPackage, of part: String) throws(XLSXReadError)
        -> [String: (type: String, path: String)]
    {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard package.hasPart(relsPart) else { return [:] }
        var result: [String: (type: String, path: String)] = [:]
        let collector = ElementCollector { name, attributes, _ in
            guard name.is("Relationship"), let id = attributes.string("Id"), let target = attributes.string("Target"),
                attributes.string("TargetMode") != "External"
            else { return }
            result[id] = (attributes.string("Type") ?? "", resolve(target, from: folder))
        }
        try parse(package, relsPart, collector)
        return result
    }

    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else if piece != "." {
                parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }

    /// `<numFmts>` codes and the `numFmtId` of each `<cellXfs>` entry (a cell's `s` indexes these).
    private static func formats(_ package: XLSXPackage, _ part: String) throws(XLSXReadError) -> [NumberFormat] {
        var custom: [Int: NumberFormat] = [:]
        var ids: [Int] = []
        let collector = ElementCollector { name, attributes, collector in
            if name.is("numFmt"), let id = attributes.integer("numFmtId") {
                custom[id] = NumberFormat.classify(code: attributes.string("formatCode") ?? "")
            } else if name.is("xf"), collector.isInside("cellXfs") {
                ids.append(attributes.integer("numFmtId") ?? 0)
            }
        }
        try parse(package, part, collector)
        return ids.map { custom[$0] ?? NumberFormat.builtIn($0) }
    }

    static func parse(_ package: XLSXPackage, _ part: String, _ handler: SAXHandler) throws(XLSXReadError) {
        do {
            try package.parse(part, with: SAXPushParser(handler: handler))
        } catch {
            switch error {
            case .read(let readError): throw readError
            case .stopped, .consumer: return
            }
        }
    }
}
