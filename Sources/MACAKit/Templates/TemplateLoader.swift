import Foundation
import Yams

/// Reads and checks audit templates. Every problem in a file is reported as
/// `file:line: message`; a template with any problem is not loaded.
public enum TemplateLoader {
    /// The largest template file: 256 KiB. The shipped templates are 28 to
    /// 31 kB, so this is eight times the largest (Documentation/Templates.md).
    public static let maximumBytes = 256 * 1024
    /// The most characters in one text field (a theme, a descriptor, a
    /// prompt, a piece of guidance). The longest shipped is a theme of 720.
    public static let maximumTextLength = 4_000
    /// The months of `audit-window-months`, `reaudit-months` and
    /// `action-due-within-months`: a month to ten years.
    public static let monthRange = 1...120
    /// A template's `version`.
    public static let versionRange = 1...9_999

    /// Reads and checks one template file. A file over `maximumBytes` is
    /// refused without being read past the limit.
    public static func load(path: String) throws -> AuditTemplate {
        try load(OrdinaryFile.read(path, what: "template file", limit: maximumBytes), path: path)
    }

    /// Checks a template file's bytes, already read from `path`.
    static func load(_ data: Data, path: String) throws -> AuditTemplate {
        if data.count > maximumBytes { throw tooLarge(file: path, line: line(at: maximumBytes, in: data)) }
        return try parse(TextFile.decode(data, file: path), file: path)
    }

    /// Checks template text; `file` is only used in messages.
    public static func parse(_ text: String, file: String) throws(FileProblems) -> AuditTemplate {
        if text.utf8.count > maximumBytes { throw tooLarge(file: file, line: line(at: maximumBytes, in: Data(text.utf8))) }
        let problems = ProblemList()
        let root = try composeYAML(text, file: file)
        let template = TemplateReader(file: file, problems: problems).template(root, source: text)
        let errors = problems.reported
        guard errors.isEmpty, let template else {
            throw FileProblems(errors)
        }
        return template
    }

    private static func tooLarge(file: String, line: Int) -> FileProblems {
        FileProblems([FileProblem(
            file: file, line: line,
            message: "the file goes past \(FileProblem.number(maximumBytes)) bytes (256 KiB), the most a template may be, on this line; the shipped templates are about 30 kB"
        )])
    }

    /// The line the byte at `offset` is on.
    private static func line(at offset: Int, in data: Data) -> Int {
        data.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}

/// Walks a template's YAML tree, collecting every problem it finds.
private struct TemplateReader {
    let file: String
    let problems: ProblemList

    /// The fields of one mapping, each text field held to the template's limit.
    private func fields(_ node: Node, context: String) -> YAMLFields {
        let fields = YAMLFields(node, file: file, context: context, problems: problems)
        fields.textLimit = TemplateLoader.maximumTextLength
        return fields
    }

    func template(_ root: Node, source: String) -> AuditTemplate? {
        let fields = self.fields(root, context: "the template")
        let id = fields.identifier("id")
        let version = fields.int("version", minimum: TemplateLoader.versionRange.lowerBound, maximum: TemplateLoader.versionRange.upperBound)
        let title = fields.string("title")
        let theme = fields.string("theme")
        let enquiries = linesOfEnquiry(fields)
        let months = TemplateLoader.monthRange
        let window = fields.int("audit-window-months", minimum: months.lowerBound, maximum: months.upperBound)
        let reaudit = fields.int("reaudit-months", minimum: months.lowerBound, maximum: months.upperBound)
        let actionLimit = fields.int("action-due-within-months", required: false, minimum: months.lowerBound, maximum: months.upperBound)
        let agencies = unique(fields.sequence("agencies").compactMap(agency), what: "agency", key: \.id)
        let scale = fields.node("scale").flatMap(scale)
        if fields.node("scale") == nil {
            problems.add(file, fields.line, "the template is missing field 'scale'")
        }
        let concernLevel = fields.string("concern-at-or-below", required: false)
        if let concernLevel, let scale, scale.level(concernLevel) == nil {
            problems.add(
                file, fields.line(of: "concern-at-or-below"),
                "grade scale '\(scale.id)' has no level '\(FileProblem.excerpt(concernLevel))'"
            )
        }
        let sections = fields.sequence("sections").compactMap { section($0, scale: scale) }
        let smart = fields.node("smart").map { smartRules($0, actions: sections.first { $0.section.kind == .actionPoints }) }
        fields.finish()
        checkSections(sections, templateLine: fields.line(of: "sections"))
        checkEvidence(sections, enquiries: enquiries, line: fields.line(of: "lines-of-enquiry"))

        guard let id, let version, let title, let theme, let window, let reaudit, let scale else { return nil }
        var template = AuditTemplate(
            id: id, version: version, title: title, theme: theme, linesOfEnquiry: [],
            auditWindowMonths: window, reauditMonths: reaudit, agencies: agencies, scale: scale,
            concernAtOrBelow: concernLevel, sections: sections.map(\.section), source: source
        )
        if let actionLimit { template.actionDueWithinMonths = actionLimit }
        if let smart { template.smart = smart }
        template.enquiries = enquiries.map(\.value)
        return template
    }

    /// The lines of enquiry: each either text alone (templates written
    /// before ids) or `id` and `text`; ids all or none, each once.
    private func linesOfEnquiry(_ fields: YAMLFields) -> [Located<LineOfEnquiry>] {
        let read: [Located<LineOfEnquiry>] = fields.sequence("lines-of-enquiry").compactMap { item in
            if case let .scalar(scalar) = item {
                let text = scalar.string.trimmingWhitespace()
                return fields.withinLimit(text, key: "lines-of-enquiry", line: item.mark?.line)
                    ? Located(value: LineOfEnquiry(id: nil, text: text), line: item.mark?.line) : nil
            }
            let line = self.fields(item, context: "a line of enquiry")
            let id = line.identifier("id")
            let text = line.string("text")
            line.finish()
            guard let id, let text else { return nil }
            return Located(value: LineOfEnquiry(id: id, text: text), line: line.line)
        }
        let withIDs = read.filter { $0.value.id != nil }
        if !withIDs.isEmpty, let plain = read.first(where: { $0.value.id == nil }) {
            problems.add(file, plain.line, "this line of enquiry has no id, but others have: give every line of enquiry an 'id' and a 'text', or none")
        }
        // A duplicate id is named as a problem; the first of each is kept.
        _ = unique(withIDs, what: "line of enquiry", key: { $0.id ?? "" })
        var seen: Set<String> = []
        return read.filter { item in item.value.id.map { seen.insert($0).inserted } ?? true }
    }

    /// Every line of enquiry a question names must be the template's.
    private func checkEvidence(_ sections: [ReadSection], enquiries: [Located<LineOfEnquiry>], line: Int?) {
        let known = enquiries.compactMap(\.value.id)
        for read in sections {
            for (question, questionLine) in zip(read.section.questions, read.questionLines) {
                for named in question.evidences where !known.contains(named) {
                    let hint = known.isEmpty
                        ? "the template's lines of enquiry have no ids: write each as '- id: ...' with a 'text'"
                        : "its lines of enquiry are " + known.map { "'\($0)'" }.joined(separator: ", ")
                    problems.add(file, questionLine, "question '\(question.id)' evidences '\(FileProblem.excerpt(named))', which is not a line of enquiry of the template; \(hint)")
                }
            }
        }
    }

    /// The `smart:` block: which action-point question answers each part,
    /// and the phrase lists, each replacing its default when given.
    private func smartRules(_ node: Node, actions: ReadSection?) -> SmartRules {
        let fields = self.fields(node, context: "the smart block")
        var rules = SmartRules.defaults
        if let questionsNode = fields.node("questions") {
            let map = self.fields(questionsNode, context: "the questions of the smart block")
            var named: [SmartRules.Part: String] = [:]
            for part in SmartRules.Part.allCases {
                guard let id = map.string(part.rawValue, required: false) else { continue }
                let line = map.line(of: part.rawValue)
                guard let actions else {
                    named[part] = id
                    continue
                }
                guard let question = actions.section.questions.first(where: { $0.id == id }) else {
                    let known = actions.section.questions.map { "'\($0.id)'" }.joined(separator: ", ")
                    problems.add(file, line, "the smart block's \(part.rawValue) question '\(FileProblem.excerpt(id))' is not a question of the action-points section '\(actions.section.id)' (its questions are \(known))")
                    continue
                }
                let wanted: [QuestionType] = part == .due ? [.date] : [.shortText, .longText]
                if !wanted.contains(question.type) {
                    problems.add(file, line, "the smart block's \(part.rawValue) question '\(id)' has type '\(question.type.rawValue)', but the \(part.rawValue) is \(part == .due ? "a date" : "text (short-text or long-text)")")
                    continue
                }
                if let other = named.first(where: { $0.value == id }) {
                    problems.add(file, line, "the smart block names question '\(id)' for both the \(other.key.rawValue) and the \(part.rawValue): each part is its own question")
                    continue
                }
                named[part] = id
            }
            map.finish()
            // A question named for one part answers only that part.
            for (part, id) in rules.questions where named[part] == nil && named.values.contains(id) { rules.questions[part] = nil }
            rules.questions.merge(named) { _, new in new }
        }
        func phrases(_ key: String) -> [String]? {
            guard fields.node(key) != nil else { return nil }
            let items = fields.sequence(key)
            let read: [String] = items.compactMap { item in
                guard case let .scalar(scalar) = item else {
                    problems.add(file, item.mark?.line, "each item of '\(key)' in the smart block must be text")
                    return nil
                }
                let text = scalar.string.trimmingWhitespace()
                guard fields.withinLimit(text, key: key, line: item.mark?.line) else { return nil }
                if SmartRules.words(text).isEmpty {
                    problems.add(file, item.mark?.line, "'\(FileProblem.excerpt(text))' in '\(key)' of the smart block has no letters or digits, so it could match nothing: phrases are compared as words, ignoring case and punctuation")
                    return nil
                }
                return text
            }
            return read.count == items.count && !items.isEmpty ? read : nil
        }
        if let list = phrases("vague-openings") { rules.vagueOpenings = list }
        if let list = phrases("not-measures") { rules.notMeasures = list }
        if let list = phrases("evidence") { rules.evidence = list }
        if let list = phrases("vague-owners") { rules.vagueOwners = list }
        if let list = phrases("no-resources") { rules.noResources = list }
        if let list = phrases("hedges") { rules.hedges = list }
        if let list = phrases("trends") { rules.trends = list }
        if let list = phrases("owner-quantifiers") { rules.ownerQuantifiers = list }
        if let list = phrases("group-owners") { rules.groupOwners = list }
        if let list = phrases("agency-names") { rules.agencyNames = list }
        if let examplesNode = fields.node("examples") {
            let map = self.fields(examplesNode, context: "the examples of the smart block")
            for part in [SmartRules.Part.action, .owner, .measure, .resources] {
                guard let text = map.string(part.rawValue, required: false)?.trimmingWhitespace() else { continue }
                let line = map.line(of: part.rawValue)
                guard map.withinLimit(text, key: part.rawValue, line: line) else { continue }
                // An example is what a refusal tells the room to copy: it must pass its own check.
                let refused: SmartProblem? = switch part {
                case .action: rules.action(text)
                case .owner: rules.owner(text)
                case .measure: rules.measure(text)
                case .resources: rules.resources(text)
                case .due: nil
                }
                if let refused {
                    problems.add(file, line, "the smart block's example \(part.rawValue) '\(FileProblem.excerpt(text))' is refused by the template's own rules (\(refused.message)); give one that passes")
                    continue
                }
                rules.examples[part] = text
            }
            map.finish()
        }
        fields.finish()
        return rules
    }

    private func agency(_ node: Node) -> Located<Agency>? {
        let fields = self.fields(node, context: "an agency")
        let id = fields.identifier("id")
        let name = fields.string("name")
        fields.finish()
        guard let id, let name else { return nil }
        return Located(value: Agency(id: id, name: name), line: fields.line)
    }

    private func scale(_ node: Node) -> GradeScale? {
        let fields = self.fields(node, context: "the grade scale")
        let id = fields.identifier("id")
        let name = fields.string("name")
        let levelNodes = fields.sequence("levels")
        fields.finish()
        let levels = unique(levelNodes.compactMap { level($0, scale: id ?? "?") }, what: "level", key: \.id)
        if levels.count < 2 && !levelNodes.isEmpty {
            problems.add(file, fields.line(of: "levels"), "grade scale '\(id ?? "?")' needs at least two levels")
        }
        guard let id, let name else { return nil }
        return GradeScale(id: id, name: name, levels: levels)
    }

    private func level(_ node: Node, scale: String) -> Located<GradeLevel>? {
        let fields = self.fields(node, context: "a level of grade scale '\(scale)'")
        let id = fields.identifier("id")
        let label = fields.string("label")
        let descriptor = fields.string("descriptor")
        fields.finish()
        guard let id, let label, let descriptor else { return nil }
        return Located(value: GradeLevel(id: id, label: label, descriptor: descriptor), line: fields.line)
    }

    private func section(_ node: Node, scale: GradeScale?) -> ReadSection? {
        let fields = self.fields(node, context: "a section")
        let id = fields.identifier("id")
        let context = "section '\(id ?? "?")'"
        if id != nil { fields.context = context }
        let kind = fields.oneOf("kind", SectionKind.self, what: "section kind")
        let title = fields.string("title")
        let guidance = fields.string("guidance", required: false)
        let perAgency = fields.bool("per-agency")
        let repeats = fields.bool("repeats")
        let questions = fields.sequence("questions").compactMap { question($0, section: context, scale: scale) }
        fields.finish()
        guard let id, let kind, let title else { return nil }
        let section = Section(
            id: id, kind: kind, title: title, guidance: guidance, perAgency: perAgency,
            repeats: repeats, questions: questions.map(\.value)
        )
        return ReadSection(section: section, line: fields.line, questionLines: questions.map(\.line), fromReturnLines: questions.map(\.fromReturnLine))
    }

    private func question(_ node: Node, section: String, scale: GradeScale?) -> Located<Question>? {
        let fields = self.fields(node, context: "a question in \(section)")
        let id = fields.identifier("id")
        let context = "question '\(id ?? "?")'"
        if id != nil { fields.context = "\(context) in \(section)" }
        let prompt = fields.string("prompt")
        let guidance = fields.string("guidance", required: false)
        let type = fields.oneOf("type", QuestionType.self, what: "question type")
        let required = fields.bool("required")
        let choiceNodes = fields.sequence("choices", required: false)
        let choices = unique(choiceNodes.compactMap { choice($0, question: context) }, what: "choice", key: \.id)
        let ageBandPrompts = ageBands(fields.node("age-band-prompts"), question: context)
        let defaultAnswer = fields.string("default", required: false)
        let refuse = fields.strings("refuse", required: false)
        let evidences = fields.strings("evidences", required: false)
        let fromReturn = fields.string("from-return", required: false)
        fields.finish()

        if let type {
            switch type {
            case .choice, .multiChoice:
                if choiceNodes.isEmpty {
                    problems.add(file, fields.line, "\(context) is a \(type.rawValue) question without choices")
                }
            case .grade:
                if !choiceNodes.isEmpty {
                    problems.add(file, fields.line(of: "choices"), "\(context) is a grade question: its choices are the levels of the grade scale")
                }
                if let defaultAnswer, let scale, scale.level(defaultAnswer) == nil {
                    problems.add(file, fields.line(of: "default"), "the default of \(context) is '\(FileProblem.excerpt(defaultAnswer))', but grade scale '\(scale.id)' has no such level")
                }
            default:
                break
            }
            if let defaultAnswer, type == .choice, !choices.isEmpty, !choices.contains(where: { $0.id == defaultAnswer }) {
                problems.add(file, fields.line(of: "default"), "the default of \(context) is '\(FileProblem.excerpt(defaultAnswer))', which is not one of its choices")
            }
        }
        guard let id, let prompt, let type else { return nil }
        var question = Question(
            id: id, prompt: prompt, guidance: guidance, type: type, required: required, choices: choices,
            ageBandPrompts: ageBandPrompts, defaultAnswer: defaultAnswer, refuse: refuse
        )
        question.evidences = evidences
        question.fromReturn = fromReturn
        return Located(value: question, line: fields.line, fromReturnLine: fields.line(of: "from-return"))
    }

    private func choice(_ node: Node, question: String) -> Located<Choice>? {
        if case let .scalar(scalar) = node {
            let label = scalar.string.trimmingWhitespace()
            guard Identifier.isValid(label) else {
                problems.add(
                    file, node.mark?.line,
                    "choice '\(FileProblem.excerpt(label))' of \(question) needs an id: write it as '- id: ...' with a 'label'"
                )
                return nil
            }
            return Located(value: Choice(id: label, label: label), line: node.mark?.line)
        }
        let fields = self.fields(node, context: "a choice of \(question)")
        let id = fields.identifier("id")
        let label = fields.string("label")
        fields.finish()
        guard let id, let label else { return nil }
        return Located(value: Choice(id: id, label: label), line: fields.line)
    }

    private func ageBands(_ node: Node?, question: String) -> [AgeBandPrompt] {
        guard let node else { return [] }
        guard case let .mapping(mapping) = node else {
            problems.add(file, node.mark?.line, "field 'age-band-prompts' of \(question) must map age bands to prompts")
            return []
        }
        let limits = fields(node, context: question)
        return mapping.compactMap { key, value in
            guard let band = key.string, let prompt = value.string else {
                problems.add(file, key.mark?.line, "each age band prompt of \(question) must be text")
                return nil
            }
            let text = prompt.trimmingWhitespace()
            guard limits.withinLimit(band, key: "age-band-prompts", line: key.mark?.line),
                  limits.withinLimit(text, key: "age-band-prompts", line: value.mark?.line) else { return nil }
            return AgeBandPrompt(ageBand: band, prompt: text)
        }
    }

    /// Keeps the first of each id and reports the rest as duplicates.
    private func unique<Value>(_ items: [Located<Value>], what: String, key: (Value) -> String) -> [Value] {
        var seen: [String: Int?] = [:]
        return items.compactMap { item in
            let id = key(item.value)
            if let first = seen[id] {
                problems.add(file, item.line, "duplicate \(what) id '\(id)'\(firstAt(first))")
                return nil
            }
            seen[id] = item.line
            return item.value
        }
    }

    /// Age-band prompts must name a choice of the case profile's age-band question.
    private func checkAgeBandPrompts(_ sections: [ReadSection], bands: Question?) {
        guard let bands else { return }
        let known = Set(bands.choices.map(\.id))
        for read in sections {
            for (question, line) in zip(read.section.questions, read.questionLines) {
                for prompt in question.ageBandPrompts where !known.contains(prompt.ageBand) {
                    let choices = bands.choices.map(\.id).joined(separator: ", ")
                    problems.add(file, line, "question '\(question.id)' has a prompt for age band '\(FileProblem.excerpt(prompt.ageBand))', which is not a choice of 'age-band' (\(choices))")
                }
            }
        }
    }

    /// `from-return` names a question of the agency-return section whose
    /// answer can stand as this question's: only in a per-agency section,
    /// and of a kind that fits (text for text, tags for tags).
    private func checkFromReturn(_ sections: [ReadSection], agencyReturn: ReadSection?) {
        for read in sections {
            for (index, question) in read.section.questions.enumerated() {
                guard let source = question.fromReturn else { continue }
                let line = read.fromReturnLines.indices.contains(index) ? read.fromReturnLines[index] : read.questionLines[index]
                let named = "question '\(question.id)' takes its default from-return '\(FileProblem.excerpt(source))'"
                guard read.section.kind != .agencyReturn else {
                    problems.add(file, line, "question '\(question.id)' is itself in the agency-return section: 'from-return' belongs on a question of a per-agency section")
                    continue
                }
                guard read.section.perAgency else {
                    problems.add(file, line, "\(named), but section '\(read.section.id)' is not per-agency: an agency's return can only stand for that agency's own answers")
                    continue
                }
                guard let agencyReturn else {
                    problems.add(file, line, "\(named), but the template has no agency-return section")
                    continue
                }
                guard let returned = agencyReturn.section.questions.first(where: { $0.id == source }) else {
                    let ids = agencyReturn.section.questions.map(\.id).joined(separator: ", ")
                    problems.add(file, line, "\(named), which is not a question of the agency-return section (\(ids))")
                    continue
                }
                let text: Set<QuestionType> = [.shortText, .longText]
                let lists: Set<QuestionType> = [.tags, .multiChoice]
                let fits = (text.contains(question.type) && text.contains(returned.type)) || (question.type == .tags && lists.contains(returned.type))
                if !fits {
                    problems.add(file, line, "\(named), a \(returned.type.rawValue) question, but '\(question.id)' is \(question.type.rawValue): text takes text, and tags take tags or choices")
                }
            }
        }
    }

    private func firstAt(_ line: Int??) -> String {
        guard let line = line ?? nil else { return "" }
        return " (first at line \(line))"
    }

    private func checkSections(_ sections: [ReadSection], templateLine: Int?) {
        _ = unique(sections.map { Located(value: $0.section, line: $0.line) }, what: "section", key: \.id)
        var questionLines: [String: Int?] = [:]
        for read in sections {
            for (question, line) in zip(read.section.questions, read.questionLines) {
                if let first = questionLines[question.id] {
                    problems.add(file, line, "duplicate question id '\(question.id)'\(firstAt(first))")
                } else {
                    questionLines[question.id] = line
                }
            }
        }
        for kind in SectionKind.required {
            let matching = sections.filter { $0.section.kind == kind }
            if matching.isEmpty {
                problems.add(file, templateLine, "required section '\(kind.rawValue)' is missing")
            } else if matching.count > 1 {
                problems.add(file, matching[1].line, "section kind '\(kind.rawValue)' appears more than once")
            }
        }
        let byKind = Dictionary(sections.map { ($0.section.kind, $0) }, uniquingKeysWith: { first, _ in first })
        if let profile = byKind[.caseProfile] {
            for needed in ["age-band", "plan-type"] where !profile.section.questions.contains(where: { $0.id == needed }) {
                problems.add(file, profile.line, "the case-profile section needs a question with id '\(needed)'")
            }
            checkAgeBandPrompts(sections, bands: profile.section.questions.first { $0.id == "age-band" })
        }
        if let good = byKind[.workedWell], let better = byKind[.areasForImprovement],
           let goodIndex = sections.firstIndex(where: { $0.section.kind == .workedWell }),
           let betterIndex = sections.firstIndex(where: { $0.section.kind == .areasForImprovement }),
           betterIndex < goodIndex {
            problems.add(
                file, better.line,
                "section '\(better.section.id)' (areas for improvement) comes before section '\(good.section.id)' (what worked well): the day asks what worked well first"
            )
        }
        if let grades = byKind[.gradedDomains] {
            if !grades.section.questions.contains(where: { $0.id == "overall" && $0.type == .grade }) {
                problems.add(file, grades.line, "the graded-domains section needs a grade question with id 'overall'")
            }
            for (question, line) in zip(grades.section.questions, grades.questionLines) where question.type != .grade {
                problems.add(file, line, "question '\(question.id)' in the graded-domains section must have type 'grade'")
            }
        }
        let returns = sections.filter { $0.section.kind == .agencyReturn }
        if returns.count > 1 {
            problems.add(file, returns[1].line, "section kind 'agency-return' appears more than once")
        }
        if let agencyReturn = returns.first {
            if agencyReturn.section.perAgency || agencyReturn.section.repeats {
                problems.add(file, agencyReturn.line, "the agency-return section is answered by one agency per return: it takes neither 'per-agency' nor 'repeats'")
            }
            for (question, line) in zip(agencyReturn.section.questions, agencyReturn.questionLines) where question.type == .grade {
                problems.add(file, line, "question '\(question.id)' in the agency-return section is a grade: agencies grade the graded-domains section's domains in their return, so leave grades out here")
            }
        }
        checkFromReturn(sections, agencyReturn: returns.first)
        for kind in [SectionKind.actionPoints, .immediateConcerns] {
            if let section = byKind[kind], !section.section.repeats {
                problems.add(file, section.line, "the \(kind.rawValue) section must have 'repeats: true'")
            }
        }
    }

}

/// A value read from the file, with the line it starts on.
private struct Located<Value> {
    var value: Value
    var line: Int?
    /// A question's `from-return` key's line, for the checks across sections.
    var fromReturnLine: Int? = nil
}

/// A section as read, keeping its questions' lines for cross-section checks.
private struct ReadSection {
    var section: Section
    var line: Int?
    var questionLines: [Int?]
    var fromReturnLines: [Int?] = []
}
