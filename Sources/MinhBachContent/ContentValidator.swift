import MinhBachCore

/// Checks that need the whole content set: the unit tree and the results that refer to units.
enum ContentValidator {
    static func validate(_ content: inout ContentSet, siteFile: String, unitsFolder: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let bySlug = Dictionary(content.units.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let slugs = content.units.map(\.slug)
        let root = content.site.root

        if bySlug[root] == nil {
            diagnostics.append(.error(.unknownUnit, at: SourceLocation(file: siteFile), field: "root",
                "`root` names the unit `\(root)`, but there is no file \(unitsFolder)/\(root).md\(NearMiss.phrase(for: root, among: slugs))"))
        }
        for unit in content.units {
            if unit.slug == root {
                if unit.parent != nil {
                    diagnostics.append(.error(.rootHasParent, at: unit.parentLocation ?? unit.location, field: "parent",
                        "`\(unit.slug)` is the site's root (site.yaml) and cannot have a `parent`",
                        hint: "remove the `parent` line, or change `root` in site.yaml"))
                }
                continue
            }
            guard let parent = unit.parent else {
                diagnostics.append(.error(.missingField, at: unit.location, field: "parent",
                    "missing required field `parent`: only the site's root (`\(root)`) has no parent",
                    hint: "add `parent: <slug>` naming the unit this one belongs to"))
                continue
            }
            if bySlug[parent] == nil {
                diagnostics.append(.error(.unknownUnit, at: unit.parentLocation ?? unit.location, field: "parent",
                    "`parent` names the unit `\(parent)`, which has no file in \(unitsFolder)/\(NearMiss.phrase(for: parent, among: slugs))"))
            }
            for successor in unit.successors where Slug.isValid(successor) && bySlug[successor] == nil {
                diagnostics.append(.warning(.unknownSuccessor, at: unit.location, field: "successor",
                    "`successor` `\(successor)` is not a unit of this site; it is shown as text",
                    hint: "write the successor's name (\"Phường Thanh Điền\") when it is not on this site"))
            }
        }
        // Cycles: walk up from every unit; a walk longer than the number of units loops.
        var reported: Set<String> = []
        for unit in content.units {
            var seen: [String] = [unit.slug]
            var current = unit.parent
            while let c = current, let next = bySlug[c] {
                if let start = seen.firstIndex(of: c) {
                    let loop = seen[start...] + [c]
                    if reported.insert(Set(loop).sorted().joined(separator: ",")).inserted {
                        diagnostics.append(.error(.parentCycle, at: bySlug[c]!.parentLocation ?? bySlug[c]!.location, field: "parent",
                            "the units' parents form a loop: \(loop.joined(separator: " → "))",
                            hint: "each unit's `parent` must lead up to the root `\(root)`"))
                    }
                    break
                }
                seen.append(c)
                current = next.parent
            }
        }

        var kept: [ResultRecord] = []
        kept.reserveCapacity(content.results.count)
        for result in content.results {
            guard let unit = bySlug[result.unit] else {
                diagnostics.append(.error(.unknownUnit, at: result.location,
                    "no unit `\(result.unit)`: the file name must be the slug of a unit in \(unitsFolder)/\(NearMiss.phrase(for: result.unit, among: slugs))",
                    hint: "rename the file, or add \(unitsFolder)/\(result.unit).md"))
                continue
            }
            if let dissolved = unit.dissolved, dissolved <= result.period.firstDay {
                diagnostics.append(.error(.afterDissolution, at: result.location,
                    "\(unit.name) was dissolved on \(dissolved), before the month \(result.period)",
                    hint: unit.successors.first.map { "results after the merger belong to the successor (\($0))" }))
                continue
            }
            if let established = unit.established, established > result.period.lastDay {
                diagnostics.append(.error(.beforeEstablishment, at: result.location,
                    "\(unit.name) was established on \(established), after the month \(result.period)"))
                continue
            }
            kept.append(result)
        }
        content.results = kept
        diagnostics += checkSpans(&content, units: bySlug, unitsFolder: unitsFolder)
        diagnostics += checkProvisional(content)
        diagnostics += checkOverdue(kept, units: bySlug, parents: Set(content.units.compactMap(\.parent)))
        diagnostics += CommitmentChecks.check(kept)
        return diagnostics
    }
}
