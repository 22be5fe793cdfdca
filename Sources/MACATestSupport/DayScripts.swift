import Foundation
import MACAKit

/// Scripted audit days for end-to-end tests: the shipped demo, and scripts
/// written from a template's questions so every template can be run.
public enum DayScripts {
    /// `examples/demo-day.txt` as shipped.
    public static func demo() throws -> String {
        try String(contentsOfFile: "\(packageRoot)/examples/demo-day.txt", encoding: .utf8)
    }

    /// The demo with one answer line replaced by several (a mistake, then the fix).
    public static func demo(replacing line: String, with lines: [String]) throws -> String {
        let text = try demo()
        let whole = "\n\(line)\n"
        precondition(text.components(separatedBy: whole).count == 2, "'\(line)' must stand once in the demo")
        return text.replacingOccurrences(of: whole, with: "\n" + lines.joined(separator: "\n") + "\n")
    }

    /// The demo cut off after the line that answers `line` (its first occurrence).
    public static func demoSplit(after line: String) throws -> (first: String, rest: String) {
        let text = try demo()
        guard let range = text.range(of: "\n\(line)\n") else { preconditionFailure("'\(line)' is not in the demo") }
        return (String(text[..<range.upperBound]), String(text[range.upperBound...]))
    }

    /// A whole day of invented cases that answers every question of the
    /// template with something valid, in the order the REPL asks. Free-text
    /// answers name their case, so each is unique in the day.
    public static func generated(for template: AuditTemplate, date: String = "2026-11-20", cases: Int = 1) -> String {
        var lines = [date, "Testshire (invented)", "Test Facilitator"]
        // Two agencies attending; auditors done at once.
        lines += ["1, 2", ""]
        let refs = (1...max(cases, 1)).map { String(format: "TPL-%04d", $0) }
        for ref in refs { lines += [ref, "Chosen to test the template."] }
        lines.append("")
        for index in refs.indices {
            let tag = cases > 1 ? " in case \(index + 1)" : ""
            for section in template.sections {
                switch section.kind {
                case .gradedDomains:
                    for question in section.questions { lines += ["2", "Invented rationale for \(question.id)\(tag)."] }
                case .actionPoints:
                    lines.append("yes")
                    for question in section.questions {
                        // The measure names its evidence, as the SMART rules ask.
                        let measure = template.smart.part(of: question.id) == .measure
                        lines.append(measure ? "Invented answer for \(question.id)\(tag): counted in 3 of 4 cases." : answer(question, date: date, due: true, tag: tag))
                    }
                    lines.append("no")
                case .immediateConcerns:
                    lines.append("no")
                case .agencyReturn:
                    continue  // answered by the agencies through `maca enter`
                default:
                    // Per-agency sections are asked for the one agency the profile names.
                    for question in section.questions {
                        if question.id == "reason-selected" {
                            lines.append("")
                        } else if question.id == "agencies-involved" {
                            lines.append(template.agencies[0].id)
                        } else {
                            lines.append(answer(question, date: date, due: false, tag: tag))
                        }
                    }
                }
            }
        }
        lines.append("yes")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func answer(_ question: Question, date: String, due: Bool, tag: String) -> String {
        switch question.type {
        case .shortText, .longText: "Invented answer for \(question.id)\(tag)."
        case .choice, .multiChoice, .agency, .grade: "1"
        // A tag of the room's own, confirmed as new.
        case .tags: "1, a-new-tag\ny"
        case .yesPartlyNo: "partly: invented evidence for \(question.id)\(tag)"
        case .date: due ? "2027-02-28" : date
        }
    }

    /// Runs `maca run` over a script with a fresh sessions folder; returns the result and the day folder.
    public static func run(
        _ script: String, template: String = "neglect", sessions: String, extra: [String] = []
    ) throws -> (result: CommandResult, folder: String?) {
        let result = try runMaca(["run", "--template", template, "--sessions", sessions] + extra, input: script)
        let folder = try SessionStore(directory: sessions).dayFolders().last.map { "\(sessions)/\($0)" }
        return (result, folder)
    }

    /// The fold of a day folder.
    public static func fold(_ folder: String) throws -> AuditDay {
        DayFold.fold(try SessionStore.readDay(folder))
    }
}
