import Foundation

/// A template written out for reading: its theme, scale and every question.
/// A template is text from outside: every field of it leaves through the
/// Markdown exit (`MarkdownText`) before the outline's markup is added. Ids
/// go into code spans unescaped: the loader has checked them already
/// (lower-case letters, digits and hyphens).
public enum TemplateOutline {
    public static func markdown(_ template: AuditTemplate) -> String {
        let md = MarkdownText.escaped
        var out = "# \(md(template.title)) (\(template.id), version \(template.version))\n\n"
        out += "\(md(template.theme))\n\n"
        out += "## Why this theme\n\n"
        out += template.enquiries.map { enquiry in
            "- \(md(enquiry.text.replacingNewlines()))" + (enquiry.id.map { " `\($0)`" } ?? "") + "\n"
        }.joined()
        out += "\nAudit window: the last \(template.auditWindowMonths) months. "
        out += "Re-audit after \(template.reauditMonths) months.\n\n"
        out += "## Agencies\n\n"
        out += template.agencies.map { "- \(md($0.name)) (`\($0.id)`)\n" }.joined()
        out += "\n## Grading: \(md(template.scale.name))\n\n"
        out += template.scale.levels.map { "- **\(md($0.label))** (`\($0.id)`): \(md($0.descriptor.replacingNewlines()))\n" }.joined()
        out += "\nEvery grade needs its rationale."
        if let level = template.concernAtOrBelow, let rank = template.scale.rank(of: level) {
            let label = template.scale.levels[rank].label
            let worse = rank == template.scale.levels.count - 1 ? "" : " or worse"
            out += " A domain graded \(md(label))\(worse) prompts the immediate-concern question."
        }
        out += "\n"
        for section in template.sections {
            out += "\n## \(md(section.title))\n\n"
            var notes: [String] = []
            if section.perAgency { notes.append("asked for each agency involved") }
            if section.repeats { notes.append("one entry for each, as many as needed") }
            if !notes.isEmpty { out += "_\(notes.joined(separator: "; "))_\n\n" }
            if let guidance = section.guidance { out += "\(md(guidance))\n\n" }
            for question in section.questions {
                out += "- **\(md(question.prompt.replacingNewlines()))** `\(question.id)`, \(question.type.rawValue)"
                out += question.required ? ", required" : ""
                if let answer = question.defaultAnswer { out += ", default \(md(answer.replacingNewlines()))" }
                out += "\n"
                if !question.choices.isEmpty {
                    out += "  - choices: \(md(question.choices.map(\.label).joined(separator: " / ").replacingNewlines()))\n"
                }
                for prompt in question.ageBandPrompts {
                    out += "  - age \(md(prompt.ageBand)): \(md(prompt.prompt.replacingNewlines()))\n"
                }
                if let guidance = question.guidance {
                    out += "  - guidance: \(md(guidance.replacingNewlines()))\n"
                }
                if !question.evidences.isEmpty {
                    out += "  - evidences: " + question.evidences.map { "`\($0)`" }.joined(separator: ", ") + "\n"
                }
                if !question.refuse.isEmpty {
                    out += "  - not accepted: \(md(question.refuse.map { "\"\($0)\"" }.joined(separator: ", ").replacingNewlines()))\n"
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
