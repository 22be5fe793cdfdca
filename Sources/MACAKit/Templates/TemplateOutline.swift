import Foundation

/// A template written out for reading: its theme, scale and every question.
public enum TemplateOutline {
    public static func markdown(_ template: AuditTemplate) -> String {
        var out = "# \(template.title) (\(template.id), version \(template.version))\n\n"
        out += "\(template.theme)\n\n"
        out += "## Why this theme\n\n"
        out += template.linesOfEnquiry.map { "- \($0)\n" }.joined()
        out += "\nAudit window: the last \(template.auditWindowMonths) months. "
        out += "Re-audit after \(template.reauditMonths) months.\n\n"
        out += "## Agencies\n\n"
        out += template.agencies.map { "- \($0.name) (`\($0.id)`)\n" }.joined()
        out += "\n## Grading: \(template.scale.name)\n\n"
        out += template.scale.levels.map { "- **\($0.label)** (`\($0.id)`): \($0.descriptor)\n" }.joined()
        out += "\nEvery grade needs its rationale."
        if let level = template.concernAtOrBelow, let rank = template.scale.rank(of: level) {
            let label = template.scale.levels[rank].label
            let worse = rank == template.scale.levels.count - 1 ? "" : " or worse"
            out += " A domain graded \(label)\(worse) prompts the immediate-concern question."
        }
        out += "\n"
        for section in template.sections {
            out += "\n## \(section.title)\n\n"
            var notes: [String] = []
            if section.perAgency { notes.append("asked for each agency involved") }
            if section.repeats { notes.append("one entry for each, as many as needed") }
            if !notes.isEmpty { out += "_\(notes.joined(separator: "; "))_\n\n" }
            if let guidance = section.guidance { out += "\(guidance)\n\n" }
            for question in section.questions {
                out += "- **\(question.prompt)** `\(question.id)`, \(question.type.rawValue)"
                out += question.required ? ", required" : ""
                if let answer = question.defaultAnswer { out += ", default \(answer)" }
                out += "\n"
                if !question.choices.isEmpty {
                    out += "  - choices: \(question.choices.map(\.label).joined(separator: " / "))\n"
                }
                for prompt in question.ageBandPrompts {
                    out += "  - age \(prompt.ageBand): \(prompt.prompt)\n"
                }
                if let guidance = question.guidance {
                    out += "  - guidance: \(guidance.replacingNewlines())\n"
                }
                if !question.refuse.isEmpty {
                    out += "  - not accepted: \(question.refuse.map { "\"\($0)\"" }.joined(separator: ", "))\n"
                }
            }
        }
        return out
    }
}

extension String {
    func replacingNewlines() -> String {
        split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
