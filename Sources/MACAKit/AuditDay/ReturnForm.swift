import Foundation
import Yams

/// A blank agency return as a YAML file, for agencies that do not run maca,
/// and the checked import of a filled one. A form is imported whole or not
/// at all: every problem is reported as `file:line: message` first.
public enum ReturnForm {
    /// A blank form for one agency over the day's cases.
    public static func blank(day: AuditDay, folderName: String, template: AuditTemplate, agency: Agency) -> String {
        let questions = template.section(.agencyReturn)?.questions ?? []
        let domains = template.section(.gradedDomains)?.questions ?? []
        let levels = template.scale.levels.map(\.id).joined(separator: ", ")
        var out = """
            # maca agency return: \(template.title), \(day.date ?? "") (\(day.area ?? ""))
            # For \(agency.name). Fill in each answer after its key, from your agency's records only.
            # Cases are by reference: never write a child's or family's name, date of birth or address.
            # Long answers: write them indented on the lines after '|'. Leave an answer empty if your
            # agency has nothing to record for it. Each grade is one of: \(levels); give its rationale.
            # Import it with: maca returns import FILE

            day: \(day.id ?? "")
            day-folder: \(folderName)
            template: \(template.id)
            template-version: \(template.version)
            agency: \(agency.id)
            auditor: ""
            cases:

            """
        for audit in day.cases {
            out += "  - ref: \(audit.ref)\n"
            for question in questions {
                out += "    # \(question.prompt)\(question.required ? "" : " (optional)")\n"
                switch question.type {
                case .tags, .multiChoice:
                    let choices = question.choices.map(\.id).joined(separator: ", ")
                    out += "    # As a list, e.g. [\(question.choices.prefix(2).map(\.id).joined(separator: ", "))]\(choices.isEmpty ? "" : "; suggested: \(choices)")\n"
                    out += "    \(question.id): []\n"
                case .longText:
                    out += "    \(question.id): |\n      \n"
                default:
                    out += "    \(question.id): \"\"\n"
                }
            }
            out += "    grades:\n"
            for domain in domains {
                out += "      # \(domain.prompt)\n"
                out += "      \(domain.id):\n        grade: \"\"\n        rationale: \"\"\n"
            }
        }
        return out
    }

    /// The day folder a form names: its first line that starts `day-folder:`,
    /// without the key, spaces or quotes. Lines are looked at from the top
    /// until it is found, not split out of the whole form, which may hold an
    /// answer of megabytes. A line ends at a newline, as `split(separator:
    /// "\n")` ends it: a CRLF is one character, and not the end of a line.
    public static func dayFolder(in text: String) -> String? {
        let key = "day-folder:"
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex {
            var end = utf8.endIndex
            var from = start
            while let newline = utf8[from...].firstIndex(of: UInt8(ascii: "\n")) {
                if newline > utf8.startIndex, utf8[utf8.index(before: newline)] == UInt8(ascii: "\r") {
                    from = utf8.index(after: newline)
                    continue
                }
                end = newline
                break
            }
            let line = text[start..<end]
            if line.hasPrefix(key) {
                return line.dropFirst(key.count).trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"'")))
            }
            start = end < utf8.endIndex ? utf8.index(after: end) : end
        }
        return nil
    }

    /// What a filled form says: whose return it is and the answers to record.
    public struct Filled: Sendable, Equatable {
        public var dayID: String
        public var dayFolder: String
        public var agency: String
        public var auditor: String
        /// In the form's order: answers, and empty answers to record as skipped.
        public var answers: [(key: AnswerKey, value: AnswerValue?)]
        /// The line of the form each answer's text starts on (a grade's: its rationale's).
        public var lines: [AnswerKey: Int] = [:]

        public static func == (lhs: Filled, rhs: Filled) -> Bool {
            lhs.dayID == rhs.dayID && lhs.agency == rhs.agency && lhs.auditor == rhs.auditor
                && lhs.answers.map(\.key) == rhs.answers.map(\.key) && lhs.answers.map(\.value) == rhs.answers.map(\.value)
        }
    }

    /// Reads and checks a filled form against the day it names.
    public static func read(_ text: String, file: String, day: AuditDay, template: AuditTemplate) throws(FileProblems) -> Filled {
        let problems = ProblemList()
        let root = try composeYAML(text, file: file)
        let fields = YAMLFields(root, file: file, context: "the return", problems: problems)
        let dayID = fields.string("day") ?? ""
        let dayFolder = fields.string("day-folder", required: false) ?? ""
        let templateID = fields.string("template")
        _ = fields.int("template-version", required: false)
        let agency = fields.string("agency") ?? ""
        let auditor = fields.string("auditor", required: false) ?? ""
        let caseNodes = fields.sequence("cases")
        fields.finish()
        if !dayID.isEmpty, dayID != day.id {
            problems.add(file, fields.line(of: "day"), "field 'day' is \(dayID), but this day is \(day.id ?? "?"): the form belongs to another audit day")
        }
        if let templateID, templateID != template.id {
            problems.add(file, fields.line(of: "template"), "field 'template' is '\(templateID)', but the day uses '\(template.id)'")
        }
        if !agency.isEmpty, !Identifier.isValid(agency) {
            problems.add(file, fields.line(of: "agency"), "agency '\(agency)' is not an agency id: use lower-case letters, digits and hyphens, as 'maca returns form' wrote it")
        } else if !agency.isEmpty, !(day.agencies + template.agencies).contains(where: { $0.id == agency }) {
            problems.add(file, fields.line(of: "agency"), "agency '\(agency)' is not attending the day nor in its template")
        }

        let questions = template.section(.agencyReturn)?.questions ?? []
        let domains = template.section(.gradedDomains)?.questions ?? []
        let context = AnswerContext(template: template, attending: day.agencies, today: day.date ?? "")
        var answers: [(AnswerKey, AnswerValue?)] = []
        var lines: [AnswerKey: Int] = [:]
        var seen: Set<String> = []
        for node in caseNodes {
            let entry = YAMLFields(node, file: file, context: "a case", problems: problems)
            guard let ref = entry.string("ref") else { continue }
            entry.context = "case \(ref)"
            if day.caseAudit(ref) == nil {
                problems.add(file, entry.line(of: "ref"), "case \(ref) is not on this day (its cases: \(day.cases.map(\.ref).joined(separator: ", ")))")
            }
            if !seen.insert(ref).inserted { problems.add(file, entry.line(of: "ref"), "case \(ref) appears twice") }
            for question in questions {
                let key = AnswerKey(ref: ref, question: question.id, agency: agency)
                guard let value = entry.node(question.id) else {
                    problems.add(file, entry.line, "case \(ref) is missing field '\(question.id)'")
                    continue
                }
                let typed: String
                switch value {
                case let .sequence(items): typed = items.compactMap(\.string).joined(separator: ", ")
                case let .scalar(scalar): typed = scalar.string
                default:
                    problems.add(file, value.mark?.line, "field '\(question.id)' of case \(ref) must be text")
                    continue
                }
                if typed.trimmed(.whitespacesAndNewlines).isEmpty {
                    answers.append((key, nil))
                    continue
                }
                switch AnswerParser.parse(typed, for: question, context: context) {
                case let .success(parsed):
                    answers.append((key, parsed))
                    lines[key] = value.mark?.line
                case let .failure(problem): problems.add(file, value.mark?.line, "field '\(question.id)' of case \(ref): \(problem.message)")
                }
            }
            let grades = entry.node("grades").map { YAMLFields($0, file: file, context: "the grades of case \(ref)", problems: problems) }
            for domain in domains {
                let key = AnswerKey(ref: ref, question: domain.id, agency: agency)
                guard let gradeNode = grades?.node(domain.id) else {
                    problems.add(file, grades?.line ?? entry.line, "case \(ref) is missing the grade for '\(domain.id)'")
                    continue
                }
                let grade = YAMLFields(gradeNode, file: file, context: "grade '\(domain.id)' of case \(ref)", problems: problems)
                let level = grade.string("grade", required: false) ?? ""
                let rationale = grade.string("rationale", required: false) ?? ""
                grade.finish()
                if level.isEmpty {
                    if !rationale.isEmpty { problems.add(file, grade.line(of: "grade"), "grade '\(domain.id)' of case \(ref) has a rationale but no grade") }
                    answers.append((key, nil))
                    continue
                }
                // The form's grade field holds the level alone: its rationale has a field of its own.
                guard case let .success(.grade(id, inline)) = AnswerParser.parse(level, for: domain, context: context), inline.isEmpty else {
                    problems.add(file, grade.line(of: "grade"), "grade scale '\(template.scale.id)' has no level '\(level)' (grade '\(domain.id)' of case \(ref))")
                    continue
                }
                if rationale.isEmpty {
                    problems.add(file, grade.line(of: "rationale"), "grade '\(domain.id)' of case \(ref) needs its rationale")
                    continue
                }
                answers.append((key, .grade(level: id, rationale: rationale)))
                lines[key] = grade.node("rationale")?.mark?.line ?? grade.line(of: "rationale")
            }
            grades?.finish()
            entry.finish()
        }
        if auditor.isEmpty { problems.add(file, fields.line(of: "auditor"), "field 'auditor' is empty: say who completed the return") }
        let errors = problems.reported
        guard errors.isEmpty else { throw FileProblems(errors) }
        return Filled(dayID: dayID, dayFolder: dayFolder, agency: agency, auditor: auditor, answers: answers, lines: lines)
    }

    /// A filled form's events after the identifier guard: each likely
    /// identifier is a problem at the line (and column) of the form where it
    /// is, naming the case, the field and the kind of identifier, never the
    /// identifier; `redacted` holds the events with each replaced by its
    /// placeholder, and `kinds`, by event, the kinds replaced.
    public struct Guarded: Sendable {
        public var problems: [FileProblem]
        /// What replaces each, in the order of `problems`: `[postcode]`.
        public var placeholders: [String]
        public var redacted: [Event]
        public var kinds: [Int: [String]]
    }

    public static func guarded(_ events: [Event], filled: Filled, text: String, file: String, guard guardian: IdentifierGuard) -> Guarded {
        var result = Guarded(problems: [], placeholders: [], redacted: events, kinds: [:])
        let formLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Where each answer's text can be: from its first line to the next answer's.
        let starts = Set(filled.lines.values).sorted()
        for (index, event) in events.enumerated() {
            let key = IdentifierChoice.key(for: event)
            var value: AnswerValue?
            if case let .answerGiven(given) = event { value = given.value }
            if case let .answerCorrected(corrected) = event { value = corrected.new }
            // A tag is read whole, as typed, before its slug lost its shape: one holding a name or an
            // identifier is refused, and with --redact left out (issue 15).
            if case let .tags(tags)? = value, case let .answerGiven(given) = event {
                let flagged = tags.filter { !guardian.scanTag($0).isEmpty }
                if !flagged.isEmpty {
                    let kinds = flagged.flatMap { guardian.scanTag($0).map(\.kind) }.reduce(into: [IdentifierFinding.Kind]()) { if !$0.contains($1) { $0.append($1) } }
                    result.problems.append(FileProblem(
                        file: file, line: filled.lines[key],
                        message: "field '\(key.question)' of case \(key.ref): a tag looks like it holds \(kinds.map(\.described).joined(separator: ", ")); a tag names a theme in ordinary words, never a person or an identifier (with --redact the tag is left out)"
                    ))
                    result.placeholders.append(IdentifierGuard.withheldTag)
                    result.kinds[index] = kinds.map(\.rawValue)
                    var kept = given
                    kept.value = .tags(tags.filter { !flagged.contains($0) })
                    result.redacted[index] = .answerGiven(kept)
                    continue
                }
            }
            // Scanned once: the redacted form below is made from these findings.
            let scanned = guardian.scanned(event)
            let found = scanned.findings
            guard !found.isEmpty else { continue }
            let field: String
            if case .grade? = value {
                field = "the rationale of grade '\(key.question)' of case \(key.ref)"
            } else {
                field = "field '\(key.question)' of case \(key.ref)"
            }
            var seen: [String: Int] = [:]
            for finding in found.map(\.finding) {
                let start = filled.lines[key]
                var line = start, column: Int?
                if let start {
                    let end = starts.first { $0 > start }.map { $0 - 1 } ?? formLines.count
                    // The same identifier twice in one answer: each found where it is.
                    let nth = seen[finding.text, default: 0]
                    seen[finding.text] = nth + 1
                    if let place = place(of: finding.text, occurrence: nth, in: formLines, from: start, through: end) {
                        (line, column) = (place.line, place.column)
                    }
                }
                result.problems.append(FileProblem(
                    file: file, line: line, message: "\(field) looks like it holds \(finding.kind.described)", column: column
                ))
                result.placeholders.append(finding.placeholder)
            }
            result.kinds[index] = found.map(\.finding.kind.rawValue).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
            result.redacted[index] = scanned.redacted
        }
        return result
    }

    /// The line and column (both from 1) of the `occurrence`-th time `text`
    /// is on the lines `from` through `through`; nil when it is not there
    /// as it was read (it runs over a line break, or is escaped in quotes).
    static func place(of text: String, occurrence: Int, in lines: [Substring], from: Int, through: Int) -> (line: Int, column: Int)? {
        guard !text.isEmpty, from >= 1 else { return nil }
        var count = 0
        for number in from...max(from, min(through, lines.count)) where number <= lines.count {
            let line = lines[number - 1]
            var searchFrom = line.startIndex
            while let range = line[searchFrom...].range(of: text) {
                if count == occurrence { return (number, line.distance(from: line.startIndex, to: range.lowerBound) + 1) }
                count += 1
                searchFrom = range.upperBound
            }
        }
        return nil
    }

    /// The events that record a filled form in the auditor's journal, given what the day already holds.
    public static func events(_ filled: Filled, day: AuditDay) -> [Event] {
        filled.answers.compactMap { key, value -> Event? in
            let existing = day.caseAudit(key.ref)?.answers[key]?.value
            switch (existing, value) {
            case let (nil, value?): return .answerGiven(AnswerGiven(key: key, value: value))
            case let (old?, new?) where old != new: return .answerCorrected(AnswerCorrected(key: key, old: old, new: new))
            case (nil, nil): return day.caseAudit(key.ref)?.skipped.contains(key) == true ? nil : .answerSkipped(AnswerSkipped(key: key))
            default: return nil
            }
        }
    }
}
