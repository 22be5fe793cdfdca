import Foundation

/// The letters of SMART as Doran first wrote them (1981): each names what
/// one part of an action point or recommendation must do.
public enum SmartLetter: String, Sendable, CaseIterable, Codable {
    /// The action says what will be done, in words anyone could see done.
    case specific = "S"
    /// The measure names the evidence that will show it was done.
    case measurable = "M"
    /// One role, not a person, not "all agencies", answers for it.
    case assignable = "A"
    /// What it needs is stated, even when that is nothing.
    case realistic = "R"
    /// It falls due on a date still to come and within the template's limit.
    case timeRelated = "T"

    public var word: String {
        switch self {
        case .specific: "Specific"
        case .measurable: "Measurable"
        case .assignable: "Assignable"
        case .realistic: "Realistic"
        case .timeRelated: "Time-related"
        }
    }
}

/// Why one part of an action is not SMART: the letter that fails and one
/// sentence that names the field, says why, and suggests a fix.
public struct SmartProblem: Sendable, Equatable, CustomStringConvertible {
    public var letter: SmartLetter
    /// The whole sentence, starting with the letter's word: "Specific: the action …".
    public var message: String

    public init(_ letter: SmartLetter, _ reason: String) {
        self.letter = letter
        message = "\(letter.word): \(reason)"
    }

    public var description: String { message }
}

/// The SMART rules an audit template holds in its `smart:` block
/// (Documentation/Templates.md), with the defaults used when it has none.
/// Phrases are compared as words, ignoring case and punctuation, so
/// "In progress!", "IN-PROGRESS" and "in progress" are one phrase.
public struct SmartRules: Sendable, Equatable {
    /// The part of an action point each question answers.
    public enum Part: String, Sendable, CaseIterable {
        case action, owner, measure, resources, due
    }

    /// The action-point question that answers each part.
    public var questions: [Part: String]
    /// Openings that say what people should know or feel, or to carry on,
    /// not what will be done; refused unless a measurable outcome follows.
    public var vagueOpenings: [String]
    /// Answers that are a state, not evidence or a statement ("ongoing").
    public var notMeasures: [String]
    /// Words that name evidence in a measure, besides numbers and percentages.
    public var evidence: [String]
    /// Owners that are not one role ("all agencies").
    public var vagueOwners: [String]
    /// Statements that no resources are needed: resources stated.
    public var noResources: [String]

    public init(
        questions: [Part: String], vagueOpenings: [String], notMeasures: [String], evidence: [String],
        vagueOwners: [String], noResources: [String]
    ) {
        self.questions = questions
        self.vagueOpenings = vagueOpenings
        self.notMeasures = notMeasures
        self.evidence = evidence
        self.vagueOwners = vagueOwners
        self.noResources = noResources
    }

    /// The rules of a template without a `smart:` block.
    public static let defaults = SmartRules(
        questions: [.action: "action", .owner: "lead-role", .measure: "outcome-measure", .resources: "resources", .due: "due-date"],
        vagueOpenings: [
            "be aware", "be more aware", "be mindful", "be more", "be curious", "be alert", "be reminded", "be encouraged",
            "be vigilant", "be cognisant", "be clear", "be confident", "be considered", "bear in mind", "keep in mind",
            "aware", "more aware", "are aware", "are more aware", "is aware", "are reminded", "awareness", "greater awareness", "increased awareness", "raise awareness", "ensure awareness",
            "consider", "think about", "reflect on", "understand", "know", "recognise", "recognize", "remember", "remind",
            "continue", "carry on", "keep on", "maintain", "ongoing", "in progress",
            "improve", "improved", "better", "more", "greater", "enhance", "strengthen", "promote", "encourage", "embed",
            "support", "look at", "explore", "have regard to",
        ],
        notMeasures: [
            "ongoing", "on going", "in progress", "continuous", "continuing", "continual", "as required", "as needed",
            "as and when", "tbc", "tba", "tbd", "to be confirmed", "to be agreed", "to be decided", "n a", "na", "not applicable",
            "asap", "as soon as possible", "various", "unknown", "see above", "nil", "yes", "done",
        ],
        evidence: [
            "audit", "audited", "dip sample", "sample", "sampled", "survey", "questionnaire", "evaluation", "interview",
            "record", "records", "recorded", "register", "log", "tracker", "minutes", "agenda", "agendas", "report",
            "reported", "document", "documented", "plan", "policy", "procedure", "protocol", "guidance", "guide",
            "checklist", "template", "form", "leaflet", "briefing", "published", "signed off", "issued", "data", "figures",
            "count", "counted", "rate", "percentage", "proportion", "spreadsheet", "dashboard", "attendance", "list", "listed",
        ],
        vagueOwners: [
            "all", "all agencies", "agencies", "each agency", "every agency", "everyone", "everybody", "all staff", "staff",
            "practitioners", "all practitioners", "professionals", "all professionals", "partners", "the partnership",
            "partnership", "team", "the team", "we", "us", "me", "multi agency", "tbc", "tba", "n a", "na", "unknown",
        ],
        noResources: [
            "none", "none needed", "none required", "no resources", "no resources needed", "no additional resources",
            "no additional resources needed", "no extra resources", "no cost", "within existing resources", "existing resources",
        ]
    )

    /// The part an action-point question answers, if any.
    public func part(of questionID: String) -> Part? {
        questions.first { $0.value == questionID }?.key
    }

    // MARK: - The checks

    /// Why the action is not specific, or nil when it is.
    public func action(_ text: String, field: String = "the action") -> SmartProblem? {
        let words = Self.words(text)
        let example = "e.g. 'Audit 20 plans for a recorded Graded Care Profile'"
        if words.isEmpty || Self.matches(words, notMeasures) {
            return SmartProblem(.specific, "\(field) '\(text)' says nothing that could be done; say what will be done, \(example)")
        }
        if words.count < 3 {
            return SmartProblem(.specific, "\(field) '\(text)' is too short to say what will be done, and to what; \(example)")
        }
        // The opening as written ("Continue to…", "Remind staff to…"), then
        // past its subject ("Staff to be aware…").
        let openings = vagueOpenings.map(Self.words)
        let found = [Self.afterEnsure(words), Self.predicate(words)].lazy.compactMap { start in
            openings.filter { Self.starts(start, with: $0) }.max { $0.count < $1.count }.map { (start, $0) }
        }.first
        guard let (start, opening) = found, !Self.measurableOutcome(Array(start.dropFirst(opening.count))) else { return nil }
        return SmartProblem(
            .specific,
            "\(field) '\(text)' opens with '\(opening.joined(separator: " "))', which says what people should know or keep doing, not what they will do; start with what will be done, \(example), or follow it with a measurable outcome ('… so that 8 of 10 plans show it by June')"
        )
    }

    /// Why the measure names no evidence, or nil when it does.
    public func measure(_ text: String, field: String = "the measure") -> SmartProblem? {
        let words = Self.words(text)
        let example = "e.g. 'a dip sample of 10 plans finds a GCP in 8'"
        if words.isEmpty {
            return SmartProblem(.measurable, "\(field) is missing; say what will show it made a difference, \(example)")
        }
        let namesEvidence = Self.hasNumber(words, text: text) || evidence.contains { Self.contains(words, Self.words($0)) }
        if let state = notMeasures.map(Self.words).first(where: { Self.starts(words, with: $0) }), words == state || !namesEvidence {
            return SmartProblem(.measurable, "\(field) '\(text)' is a state of work, not evidence that it was done; name what will be counted or checked, \(example)")
        }
        if !namesEvidence {
            return SmartProblem(
                .measurable,
                "\(field) '\(text)' names no evidence; say what will be counted or checked (a number, a percentage, an audit or dip sample, or a record such as minutes or a report), \(example)"
            )
        }
        return nil
    }

    /// Why the owner is not one role, or nil when it is.
    public func owner(_ text: String, field: String = "the owner") -> SmartProblem? {
        let words = Self.words(text)
        let example = "e.g. 'Early help service manager'"
        if words.isEmpty {
            return SmartProblem(.assignable, "\(field) is missing; name the role that answers for it, \(example)")
        }
        if Self.matches(words, vagueOwners) || Self.matches(words, notMeasures) {
            return SmartProblem(.assignable, "\(field) '\(text)' is not one role that answers for it; name that role, \(example)")
        }
        if Self.isPersonName(text) {
            return SmartProblem(.assignable, "\(field) '\(text)' looks like a person's name; give their role instead, \(example), so the action outlives a change of staff")
        }
        return nil
    }

    /// Why the resources are not stated, or nil when they are.
    public func resources(_ text: String, field: String = "the resources") -> SmartProblem? {
        let words = Self.words(text)
        let fix = "say what it needs (time, training, money, systems), or 'none needed' when it needs nothing"
        if words.isEmpty {
            return SmartProblem(.realistic, "\(field) are not stated, and are stated even when none are needed; \(fix)")
        }
        if Self.matches(words, noResources) { return nil }
        if Self.matches(words, notMeasures) {
            return SmartProblem(.realistic, "\(field) '\(text)' do not say what it needs; \(fix)")
        }
        return nil
    }

    /// Why a due date (yyyy-mm-dd) is not still to come within `months` of
    /// `today` (called `todayName` in the sentence), or nil; `tooFar` is the
    /// fix suggested for a date beyond the limit.
    public static func due(
        _ date: String, today: String, withinMonths months: Int, field: String = "the due date", todayName: String = "the audit day",
        tooFar: String = "break it into smaller actions with nearer dates"
    ) -> SmartProblem? {
        if date <= today {
            return SmartProblem(.timeRelated, "\(field) \(date) is not after \(todayName) (\(today)); give a date still to come")
        }
        let limit = CalendarDate.adding(months: months, to: today)
        if date > limit {
            return SmartProblem(.timeRelated, "\(field) \(date) is more than \(months) months away (the latest is \(limit)); \(tooFar)")
        }
        return nil
    }

    // MARK: - Words

    /// Lower-case words: letters, digits, % and apostrophes; everything else separates.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "%" || $0 == "'" || $0 == "’") }
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "'’")) }
            .filter { !$0.isEmpty }
    }

    static func matches(_ words: [String], _ phrases: [String]) -> Bool {
        phrases.contains { Self.words($0) == words }
    }

    static func starts(_ words: [String], with phrase: [String]) -> Bool {
        !phrase.isEmpty && words.count >= phrase.count && Array(words.prefix(phrase.count)) == phrase
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { Array(words[$0..<($0 + phrase.count)]) == phrase }
    }

    static let numberWords: Set<String> = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "half", "quarter", "third", "twice", "double",
        "percent", "percentage", "proportion",
    ]

    static func hasNumber(_ words: [String], text: String) -> Bool {
        text.contains { $0.isNumber } || words.contains { numberWords.contains($0) } || contains(words, ["per", "cent"])
    }

    /// "Follows" means: after the vague opening, the action names a number
    /// or a percentage, or has a "so that … by …" clause.
    static func measurableOutcome(_ rest: [String]) -> Bool {
        if rest.contains(where: { $0.contains(where: \.isNumber) || numberWords.contains($0) }) { return true }
        guard let soThat = (0..<max(rest.count - 1, 0)).first(where: { rest[$0] == "so" && rest[$0 + 1] == "that" }) else { return false }
        return rest[(soThat + 2)...].contains("by")
    }

    /// Modal words after which the action's verb comes: "staff to …", "GPs will …".
    static let modals: [[String]] = [["need", "to"], ["needs", "to"], ["are", "to"], ["is", "to"], ["to"], ["will"], ["should"], ["must"], ["shall"]]
    /// Who an action is often about, written before what they should do.
    static let groups: Set<String> = [
        "staff", "practitioners", "professionals", "agencies", "partners", "workers", "managers", "teams", "everyone", "all",
    ]

    /// The action's words from its verb: past "ensure (that)", a subject
    /// before "to", "will" or "should" in the first six words, or a bare
    /// group ("staff more aware").
    static func predicate(_ words: [String]) -> [String] {
        var rest = afterEnsure(words)
        for index in 0..<min(rest.count, 6) {
            if let modal = modals.first(where: { starts(Array(rest[index...]), with: $0) }), index > 0 {
                return Array(rest[(index + modal.count)...])
            }
        }
        while let first = rest.first, groups.contains(first), rest.count > 1 { rest.removeFirst() }
        return rest
    }

    /// The words past a leading "ensure" or "ensure that".
    static func afterEnsure(_ words: [String]) -> [String] {
        guard words.first == "ensure" else { return words }
        return Array(words.dropFirst(words.count > 1 && words[1] == "that" ? 2 : 1))
    }

    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"]

    /// A title and a name ("Mr Patel"), or a name the guard's gazetteer knows.
    static func isPersonName(_ text: String) -> Bool {
        let words = words(text)
        if let first = words.first, honorifics.contains(first), words.count > 1 { return true }
        return !NameRecogniser.find(in: ScanText(text)).isEmpty
    }
}
