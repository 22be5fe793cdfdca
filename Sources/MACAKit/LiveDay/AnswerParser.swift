import Foundation

/// What an answer may be matched against on the day.
public struct AnswerContext: Sendable {
    public var template: AuditTemplate
    /// The agencies at the day: an agency answer is one of these.
    public var attending: [Agency]
    /// The audit date, `yyyy-mm-dd`: due dates are measured from it.
    public var today: String

    public init(template: AuditTemplate, attending: [Agency], today: String) {
        self.template = template
        self.attending = attending
        self.today = today
    }
}

/// Turns what the facilitator typed into an answer of the question's type,
/// or says in one sentence why it cannot be accepted.
public enum AnswerParser {
    /// The options a question offers, in the order they are shown and numbered.
    public static func options(for question: Question, context: AnswerContext) -> [Choice] {
        switch question.type {
        case .multiChoice where question.id == "agencies-involved":
            // An agency added on the day can be involved in a case like any the template lists.
            question.choices + context.attending.filter { agency in !question.choices.contains { $0.id == agency.id } }
                .map { Choice(id: $0.id, label: $0.name) }
        case .choice, .multiChoice, .tags: question.choices
        case .grade: context.template.scale.levels.map { Choice(id: $0.id, label: $0.label) }
        case .agency: context.attending.map { Choice(id: $0.id, label: $0.name) }
        case .yesPartlyNo: YesPartlyNo.allCases.map { Choice(id: $0.rawValue, label: $0.rawValue) }
        default: []
        }
    }

    /// Parses one typed answer. Grades and yes/partly/no give only the level
    /// or word here; their rationale or evidence is asked for next.
    public static func parse(_ typed: String, for question: Question, context: AnswerContext) -> Result<AnswerValue, AnswerProblem> {
        let text = typed.trimmed(.whitespacesAndNewlines)
        guard !text.isEmpty else { return .failure(.init("this question needs an answer")) }
        if let refused = refusal(text, question: question) { return .failure(refused) }
        let options = options(for: question, context: context)
        switch question.type {
        case .shortText, .longText:
            // Two characters at least, counted without walking the whole text.
            if text.prefix(2).count < 2 { return .failure(.init("'\(text)' is too short to be a finding; say what happened")) }
            return .success(.text(text))
        case .choice:
            return match(text, in: options, what: "choice").map { .choice($0.id) }
        case .agency:
            return match(text, in: options, what: "agency attending").map { .choice($0.id) }
        case .multiChoice:
            var ids: [String] = []
            for part in split(text) {
                switch match(part, in: options, what: "choice") {
                case let .success(choice): if !ids.contains(choice.id) { ids.append(choice.id) }
                case let .failure(problem): return .failure(problem)
                }
            }
            return ids.isEmpty ? .failure(.init("give at least one choice")) : .success(.choices(ids))
        case .tags:
            // A suggested tag by number or name, else a new tag of the room's own:
            // a word or short phrase, so an address or a number cannot hide in its slug.
            var tags: [String] = []
            for item in split(text) {
                if let suggested = try? match(item, in: options, what: "tag").get() {
                    tags.append(suggested.id)
                    continue
                }
                guard item.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" }) else {
                    return .failure(.init("'\(item)' is not a tag: a tag is a word or short phrase (letters, digits, spaces and hyphens)"))
                }
                tags.append(tagID(item))
            }
            tags = tags.filter { !$0.isEmpty }
            var unique: [String] = []
            for tag in tags where !unique.contains(tag) { unique.append(tag) }
            return .success(.tags(unique))
        case .yesPartlyNo:
            let (word, evidence) = leadingWord(text)
            guard let answer = yesPartlyNo(word) else {
                return .failure(.init("answer yes, partly or no (evidence may follow after a colon)"))
            }
            return .success(.yesPartlyNo(answer, evidence: evidence))
        case .grade:
            return match(text, in: options, what: "level of \(context.template.scale.name)").map { .grade(level: $0.id, rationale: "") }
        case .date:
            return date(text, today: context.today).map { .date($0) }
        }
    }

    /// Splits a list typed with commas or semicolons.
    public static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    public static func tagID(_ text: String) -> String {
        Identifier.slug(text)
    }

    /// `yes: seen alone at school` or `partly - …` or `no`.
    static func leadingWord(_ text: String) -> (String, String) {
        let separators: Set<Character> = [":", ",", " ", "-", "—", "."]
        guard let end = text.firstIndex(where: { separators.contains($0) }) else { return (text, "") }
        let rest = text[end...].drop { separators.contains($0) || $0.isWhitespace }
        return (String(text[..<end]), String(rest))
    }

    static func yesPartlyNo(_ word: String) -> YesPartlyNo? {
        switch word.lowercased() {
        case "y", "yes": .yes
        case "p", "partly", "partially", "part": .partly
        case "n", "no": .no
        default: nil
        }
    }

    /// A number from the list, an id, a label, or the unique start of one.
    public static func match(_ text: String, in options: [Choice], what: String) -> Result<Choice, AnswerProblem> {
        let wanted = text.lowercased()
        // Compared before any arithmetic: Int.min - 1 would trap.
        if let number = Int(text), number >= 1, number <= options.count { return .success(options[number - 1]) }
        if let exact = options.first(where: { $0.id.lowercased() == wanted || $0.label.lowercased() == wanted }) {
            return .success(exact)
        }
        let starts = options.filter { $0.id.lowercased().hasPrefix(wanted) || $0.label.lowercased().hasPrefix(wanted) }
        if starts.count == 1 { return .success(starts[0]) }
        let listed = options.map(\.id).joined(separator: ", ")
        if starts.count > 1 {
            return .failure(.init("'\(text)' could be \(starts.map(\.id).joined(separator: " or ")); type more of it"))
        }
        let article = what.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        return .failure(.init("'\(text)' is not \(article) \(what): use \(listed)"))
    }

    /// Agencies given as numbers, ids or names from `options`, or `+Name` for
    /// one not listed (its id made from the name), each once, in the order given.
    public static func agencies(_ items: [String], from options: [Agency]) -> Result<[Agency], AnswerProblem> {
        var chosen: [Agency] = []
        for item in items {
            let agency: Agency
            if item.hasPrefix("+") {
                let name = item.dropFirst().trimmingCharacters(in: .whitespaces)
                let id = Identifier.slug(name)
                guard Identifier.isValid(id) else {
                    return .failure(.init("give the added agency a name in plain letters and digits, like +Youth justice service"))
                }
                agency = Agency(id: id, name: name)
            } else {
                switch match(item, in: options.map { Choice(id: $0.id, label: $0.name) }, what: "agency listed above") {
                case let .success(choice): agency = options.first { $0.id == choice.id }!
                case let .failure(failure): return .failure(.init(failure.message + " (or +Name to add another)"))
                }
            }
            if !chosen.contains(where: { $0.id == agency.id }) { chosen.append(agency) }
        }
        return .success(chosen)
    }

    /// `2027-03-31`, `31/03/2027` or `today`, as `yyyy-mm-dd`.
    public static func date(_ text: String, today: String) -> Result<String, AnswerProblem> {
        if text.lowercased() == "today" { return .success(today) }
        var parts: [Int] = []
        var order = "ymd"
        if text.contains("/") {
            parts = text.split(separator: "/").compactMap { Int($0) }
            order = "dmy"
        } else {
            parts = text.split(separator: "-").compactMap { Int($0) }
        }
        guard parts.count == 3 else {
            return .failure(.init("'\(text)' is not a date: write it as 2027-03-31 or 31/03/2027"))
        }
        let (year, month, day) = order == "ymd" ? (parts[0], parts[1], parts[2]) : (parts[2], parts[1], parts[0])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: day)
        // The ranges first: a date of Int.max parts never reaches the calendar.
        guard (1900..<2200).contains(year), (1...12).contains(month), (1...31).contains(day), components.isValidDate(in: calendar) else {
            return .failure(.init("'\(text)' is not a real date"))
        }
        return .success(String(format: "%04d-%02d-%02d", year, month, day))
    }

    /// The template's refused answers, matched ignoring case.
    private static func refusal(_ text: String, question: Question) -> AnswerProblem? {
        // Most questions refuse nothing: a long answer is not lowercased for them.
        guard !question.refuse.isEmpty else { return nil }
        let lower = text.lowercased()
        for refused in question.refuse where lower == refused.lowercased() || lower.hasPrefix(refused.lowercased() + " ") {
            return .init("'\(text)' is not accepted here: \(refusalReason(question))")
        }
        return nil
    }

    static func refusalReason(_ question: Question) -> String {
        question.type == .date ? "give a real date by which it will be done" : "be specific"
    }
}

/// Why an answer was not accepted, as one sentence for the room.
public struct AnswerProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
