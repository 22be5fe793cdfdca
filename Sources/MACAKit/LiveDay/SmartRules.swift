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
    /// Phrases anywhere in an action or a measure that leave open whether,
    /// or how well, it is done ("as appropriate", "where possible",
    /// "robust", "strive to"); a number after them does not close it.
    public var hedges: [String]
    /// Openings of a measure that claim a change without counting it
    /// ("increased", "improved", "better"): a trend needs a number, or
    /// evidence beyond the thing said to have changed.
    public var trends: [String]
    /// Words that make an owner everyone in a group when they start it
    /// ("all", "each", "every").
    public var ownerQuantifiers: [String]
    /// Nouns that name a group, a body or a function rather than one role
    /// ("team", "board", "sub-group", "workforce development"), refused at
    /// the end of an owner's leading phrase ("Safeguarding team", but not
    /// "Chair of the QA sub-group").
    public var groupOwners: [String]
    /// Agencies and services, by name or acronym ("CSC", "Police", "front
    /// door"): an owner made only of these names an agency, not a role in
    /// it. The template's own agencies are added to these when checking.
    public var agencyNames: [String]
    /// One good example for each part (`examples:` in the template), quoted
    /// in a refusal as the fix to copy, so the suggestion fits the theme; a
    /// part without one has the default's, the resources none.
    public var examples: [Part: String]

    /// The examples of a template that gives none.
    public static let defaultExamples: [Part: String] = [
        .action: "Audit 20 plans for a recorded Graded Care Profile",
        .measure: "a dip sample of 10 plans finds a GCP in 8",
        .owner: "Early help service manager",
    ]

    public init(
        questions: [Part: String], vagueOpenings: [String], notMeasures: [String], evidence: [String],
        vagueOwners: [String], noResources: [String], hedges: [String] = Self.defaultHedges, trends: [String] = Self.defaultTrends,
        ownerQuantifiers: [String] = Self.defaultOwnerQuantifiers, groupOwners: [String] = Self.defaultGroupOwners,
        agencyNames: [String] = Self.defaultAgencyNames, examples: [Part: String] = Self.defaultExamples
    ) {
        self.examples = examples
        self.questions = questions
        self.vagueOpenings = vagueOpenings
        self.notMeasures = notMeasures
        self.evidence = evidence
        self.vagueOwners = vagueOwners
        self.noResources = noResources
        self.hedges = hedges
        self.trends = trends
        self.ownerQuantifiers = ownerQuantifiers
        self.groupOwners = groupOwners
        self.agencyNames = agencyNames
    }

    public static let defaultHedges = [
        "as appropriate", "where appropriate", "if appropriate", "when appropriate", "where possible", "if possible",
        "when possible", "wherever possible", "as far as possible", "as required", "where required", "if required",
        "as needed", "where needed", "if needed", "as necessary", "where necessary", "if necessary", "when necessary",
        "as and when", "as discussed", "if time allows", "where relevant", "robust", "robustly",
        "strive", "strive to", "try to", "endeavour", "endeavour to", "attempt to", "do our best",
        "in a timely manner", "in a timely way", "in a timely fashion", "in good time",
    ]

    public static let defaultTrends = [
        "increased", "increase", "increasing", "improved", "improve", "improvement", "improvements", "improving", "better",
        "more", "greater", "higher", "fewer", "less", "lower", "reduced", "reduction", "reducing", "decreased", "enhanced",
        "stronger", "strengthened", "embedded", "raised",
    ]

    public static let defaultOwnerQuantifiers = [
        "all", "each", "every", "any", "both", "various", "relevant", "respective", "several", "some", "multiple", "our",
    ]

    public static let defaultGroupOwners = [
        "team", "teams", "board", "boards", "group", "groups", "subgroup", "committee", "panel", "partnership", "partners",
        "forum", "network", "service", "services", "agency", "agencies", "department", "directorate", "unit", "hub",
        "staff", "workforce", "practitioners", "professionals", "colleagues", "everyone", "development", "training",
        "commissioning", "quality assurance", "performance", "communications", "business support",
        "administration", "admin", "management", "leadership", "governors",
    ]

    public static let defaultAgencyNames = [
        "csc", "children's social care", "childrens social care", "social care", "children's services", "childrens services",
        "social services", "social work", "local authority", "la", "council", "police", "health", "nhs", "icb", "education",
        "school", "schools", "early help", "eh", "mash", "front door", "probation", "yot", "yjs", "youth justice",
        "youth offending", "camhs", "housing", "acute trust", "trust", "maternity", "midwifery", "health visiting",
        "school nursing", "adult social care", "adult mental health", "mental health", "substance misuse", "ambulance",
        "fire", "idva", "marac", "gp practices", "primary care", "safeguarding", "practice", "gp practice", "gp surgery",
        "surgery", "setting", "nursery", "college", "academy", "provider", "mosque", "madrassa", "church", "gurdwara", "temple",
        "synagogue", "club", "ed", "emergency department", "a e",
    ]

    /// The rules of a template without a `smart:` block.
    public static let defaults = SmartRules(
        questions: [.action: "action", .owner: "lead-role", .measure: "outcome-measure", .resources: "resources", .due: "due-date"],
        vagueOpenings: [
            "be aware", "be more aware", "be mindful", "be more", "be curious", "be alert", "be reminded", "be encouraged",
            "be vigilant", "be cognisant", "be clear", "be confident", "be considered", "bear in mind", "keep in mind",
            "aware", "more aware", "are aware", "are more aware", "is aware", "are reminded", "awareness", "greater awareness", "increased awareness", "raise awareness", "ensure awareness",
            "consider", "think about", "reflect on", "understand", "know", "recognise", "recognize", "knows", "understands", "recognises", "recognizes", "are confident", "is confident", "remember", "remind",
            "continue", "carry on", "keep on", "maintain", "ongoing", "in progress",
            "improve", "improved", "better", "more", "greater", "enhance", "strengthen", "promote", "encourage", "embed",
            "support", "look at", "explore", "have regard to",
            "feel", "feel more", "develop an understanding", "develop a better understanding", "develop understanding",
            "develop a greater understanding", "develop knowledge", "develop awareness", "gain an understanding",
            "gain a better understanding", "gain understanding", "gain confidence", "gain knowledge", "have a better understanding",
            "have an understanding", "have confidence", "grow confidence", "build confidence",
            "work more closely", "work closely", "work together", "work jointly", "work in partnership", "build better links",
            "build links", "build stronger links", "build relationships", "forge links", "forge closer links", "develop links",
            "develop closer links", "develop relationships", "engage more", "engage better", "think family", "think",
            "raise the profile", "raise the profile of", "raise profile",
            "aim to", "seek to", "work towards", "work toward",
            "work to", "look into", "look to", "move towards", "increase", "reduce", "decrease", "maximise", "minimise",
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
            "notes", "note", "file", "files", "logged", "dataset", "rota", "email", "emails", "letter", "letters",
            "certificate", "certificates", "return", "returns", "read receipt", "read receipts", "sign off", "signoff",
        ],
        vagueOwners: [
            "all", "all agencies", "agencies", "each agency", "every agency", "everyone", "everybody", "all staff", "staff",
            "practitioners", "all practitioners", "professionals", "all professionals", "partners", "the partnership",
            "partnership", "team", "the team", "we", "us", "me", "multi agency", "tbc", "tba", "n a", "na", "unknown",
        ],
        noResources: [
            "none", "none needed", "none required", "no resources", "no resources needed", "no additional resources",
            "no additional resources needed", "no extra resources", "no cost", "within existing resources", "existing resources",
            "nil", "nothing", "nothing needed", "nothing required", "not needed", "not required", "zero", "no extra cost",
            "no additional cost", "no additional", "no extra", "no additional funding", "no funding needed", "existing",
            "existing budget", "existing budgets", "existing staff", "existing capacity", "within existing budget",
            "within existing budgets", "within existing capacity", "within current capacity", "within current resources",
            "current resources", "within budget", "n a", "na", "not applicable",
        ]
    )

    /// "e.g. '…'": the template's example for a part, or the default's.
    func example(_ part: Part) -> String {
        "e.g. '\(examples[part] ?? Self.defaultExamples[part] ?? "")'"
    }

    /// The part an action-point question answers, if any.
    public func part(of questionID: String) -> Part? {
        questions.first { $0.value == questionID }?.key
    }

    // MARK: - The checks

    /// Why the action is not specific, or nil when it is.
    public func action(_ text: String, field: String = "the action") -> SmartProblem? {
        let words = Self.words(text)
        let example = self.example(.action)
        if words.isEmpty || Self.matches(words, notMeasures) {
            return SmartProblem(.specific, "\(field) '\(text)' says nothing that could be done; say what will be done, \(example)")
        }
        if words.count < 3 {
            return SmartProblem(.specific, "\(field) '\(text)' is too short to say what will be done, and to what; \(example)")
        }
        if let hedge = hedge(in: words) {
            return SmartProblem(
                .specific,
                "\(field) '\(text)' says '\(hedge)', which leaves open whether, or how well, it is done; say exactly what will be done and to how many, \(example)"
            )
        }
        // "Learning to be shared": a subject and "to be" done, saying neither by whom nor how.
        let predicate = Self.predicate(words)
        if predicate.count < words.count, predicate.first == "be",
           predicate.count <= 2 || (predicate.count == 3 && predicate[2].hasSuffix("ly")) {
            return SmartProblem(.specific, "\(field) '\(text)' says only that something is to be done, not what, by whom or how; say what will be done, \(example)")
        }
        // The opening as written ("Continue to…", "Remind staff to…"), then
        // past its subject ("Staff to be aware…"), then past a heading
        // ("MASH/EH - better links").
        let openings = vagueOpenings.map(Self.words)
        // An "ensure" clause has its own subject: "Ensure every midwife knows how to…".
        let ensured = words.first == "ensure" ? (1...3).map { Array(Self.afterEnsure(words).dropFirst($0)) } : []
        let starts = [Self.afterEnsure(words), Self.predicate(words)] + (Self.afterHeading(text).map { [Self.predicate($0)] } ?? []) + ensured
        let found = starts.lazy.compactMap { start in
            openings.filter { Self.starts(start, with: $0) }.max { $0.count < $1.count }.map { (start, $0) }
        }.first
        guard let (start, opening) = found, !Self.measurableOutcome(Array(start.dropFirst(opening.count))) else { return nil }
        return SmartProblem(
            .specific,
            "\(field) '\(text)' opens with '\(opening.joined(separator: " "))', which says what people should know, aim for or keep doing, not what they will do; start with what will be done, \(example), or follow it with a measurable outcome ('… so that 8 of 10 plans show it by June')"
        )
    }

    /// Why the measure names no evidence, or nil when it does.
    public func measure(_ text: String, field: String = "the measure") -> SmartProblem? {
        let words = Self.words(text)
        let example = self.example(.measure)
        if words.isEmpty {
            return SmartProblem(.measurable, "\(field) is missing; say what will show it made a difference, \(example)")
        }
        // Evidence is named in the singular or the plural ("lesson plans", "case file audits").
        let singularWords = words.map(Self.singular)
        let evidenceAt = evidence.map { Self.words($0).map(Self.singular) }.flatMap { Self.positions(of: $0, in: singularWords) }
        let hasNumber = Self.hasNumber(words)
        let namesEvidence = hasNumber || !evidenceAt.isEmpty
        if let state = notMeasures.map(Self.words).first(where: { Self.starts(words, with: $0) }), words == state || !namesEvidence {
            return SmartProblem(.measurable, "\(field) '\(text)' is a state of work, not evidence that it was done; name what will be counted or checked, \(example)")
        }
        if let hedge = hedge(in: words) {
            return SmartProblem(.measurable, "\(field) '\(text)' says '\(hedge)', which leaves open what counts as done; name what will be counted or checked, \(example)")
        }
        // "Increased attendance": the thing said to change is not evidence of it.
        if let trend = trends.map(Self.words).first(where: { Self.starts(words, with: $0) }), !hasNumber,
           !evidenceAt.contains(where: { $0 > trend.count }) {
            return SmartProblem(
                .measurable,
                "\(field) '\(text)' claims a change ('\(trend.joined(separator: " "))') without saying how it will be counted; give the figure to reach and where it is recorded, e.g. 'attendance register shows 8 of 10 conferences attended'"
            )
        }
        if !namesEvidence {
            return SmartProblem(
                .measurable,
                "\(field) '\(text)' names no evidence; say what will be counted or checked (a number, a percentage, an audit or dip sample, or a record such as minutes or a report), \(example)"
            )
        }
        return nil
    }

    /// Why the owner is not one role, or nil when it is. `agencies` are the
    /// day's agencies' names and ids, refused alone as ``agencyNames`` are.
    /// Words that say when, never who.
    static let timeWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "tomorrow", "next", "week", "month", "year", "quarter", "end", "of", "the", "asap", "soon", "later", "now",
    ]

    public func owner(_ text: String, field: String = "the owner", agencies: [String] = []) -> SmartProblem? {
        let words = Self.words(text)
        let example = self.example(.owner)
        if words.isEmpty {
            return SmartProblem(.assignable, "\(field) is missing; name the role that answers for it, \(example)")
        }
        if Self.matches(words, vagueOwners) || Self.matches(words, notMeasures) {
            return SmartProblem(.assignable, "\(field) '\(text)' is not one role that answers for it; name that role, \(example)")
        }
        // A time typed where the owner goes ("March", "next month", "Friday"): the prompts were answered one out of step.
        if words.allSatisfy({ Self.timeWords.contains($0) }) {
            return SmartProblem(.assignable, "\(field) '\(text)' is a time, not a role; name the role that answers for it, \(example)")
        }
        if let first = words.first, ownerQuantifiers.contains(where: { Self.words($0) == [first] }) {
            return SmartProblem(.assignable, "\(field) '\(text)' starts with '\(first)', so it is everyone in a group, not one role that answers for it; name that one role, \(example)")
        }
        if Self.onlyNames(words, of: agencyNames + agencies) {
            return SmartProblem(.assignable, "\(field) '\(text)' names an agency or service, not a role in it that answers for it; name that role, e.g. 'Head of MASH' or 'CSC team manager, front door'")
        }
        let head = Self.headPhrase(text)
        if let group = groupOwners.map(Self.words).first(where: { Self.ends(head.map(\.lower), with: $0) }) {
            return SmartProblem(.assignable, "\(field) '\(text)' is a group, body or function ('\(group.joined(separator: " "))'), not one role that answers for it; name the role that leads it, e.g. 'Chair of the quality assurance sub-group'")
        }
        if let last = head.last, Self.isPlural(last.written) {
            return SmartProblem(.assignable, "\(field) '\(text)' is several people ('\(last.written)'), not one role that answers for it; name the one role that answers for them, e.g. their team manager")
        }
        // "Head of Service and Team Managers": one role joined to several people.
        if let joined = Self.joinedRoles(text).dropFirst().first(where: { part in
            guard let last = Self.headPhrase(part).last else { return false }
            return Self.isPlural(last.written) && Self.roleNouns.contains(Self.singular(last.lower))
        }), let people = Self.headPhrase(joined).last {
            return SmartProblem(.assignable, "\(field) '\(text)' adds several people ('\(people.written)') to the role, so no one role answers for it; name the one role that does, \(example)")
        }
        if Self.isPersonName(text) {
            return SmartProblem(.assignable, "\(field) '\(text)' looks like a person's name; give their role instead, \(example), so the action outlives a change of staff")
        }
        return nil
    }

    /// Why the resources are not stated, or nil when they are.
    public func resources(_ text: String, field: String = "the resources") -> SmartProblem? {
        let words = Self.words(text)
        let fix = "say what it needs (time, training, money, systems)\(examples[.resources].map { ", e.g. '\($0)'" } ?? ""), or 'none needed' when it needs nothing"
        if words.isEmpty {
            return SmartProblem(.realistic, "\(field) are not stated, and are stated even when none are needed; \(fix)")
        }
        if Self.matches(words, noResources) { return nil }
        // "TBC - depends on the quote": still not said, unless a figure follows.
        if Self.matches(words, notMeasures)
            || (notMeasures.map(Self.words).contains { Self.starts(words, with: $0) } && !Self.hasNumber(words) && !text.contains("£")) {
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
    /// Text of ASCII alone (every shipped phrase, and most answers) is read
    /// byte by byte; any other text by ``referenceWords(_:)``, which defines them.
    static func words(_ text: String) -> [String] {
        asciiWords(text) ?? referenceWords(text)
    }

    /// The definition of ``words(_:)`` for any text: Unicode letters and
    /// numbers, with apostrophes trimmed from each word's ends.
    static func referenceWords(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "%" || $0 == "'" || $0 == "’") }
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "'’")) }
            .filter { !$0.isEmpty }
    }

    /// ``referenceWords(_:)`` for text of ASCII alone, or nil for any other.
    /// In ASCII the letters are A–Z and a–z and the numbers 0–9, lower-casing
    /// changes only A–Z, and "\r\n", the one character of two bytes, is
    /// neither: so a word is a run of those bytes, % and ', trimmed of '.
    /// (Tests/MACAKitTests/LiveDay/SmartWordsTests.swift compares the two.)
    static func asciiWords(_ text: String) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        func flush() {
            // Apostrophes at either end are quotation marks, not part of the word.
            if let first = word.firstIndex(where: { $0 != UInt8(ascii: "'") }),
               let last = word.lastIndex(where: { $0 != UInt8(ascii: "'") }) {
                words.append(String(decoding: word[first...last], as: UTF8.self))
            }
            word.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "%"), UInt8(ascii: "'"):
                word.append(byte)
            default: flush()
            }
        }
        flush()
        return words
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

    /// A quantity: a word of digits (with a % or an ordinal ending), a
    /// number word, or "per cent". Digits inside a name ("GCP2", "S175") are
    /// not a quantity.
    static func isQuantity(_ word: String) -> Bool {
        if numberWords.contains(word) { return true }
        var digits = Substring(word)
        for ending in ["%", "st", "nd", "rd", "th"] where digits.hasSuffix(ending) {
            digits = digits.dropLast(ending.count)
            break
        }
        return !digits.isEmpty && digits.allSatisfy(\.isNumber)
    }

    static func hasNumber(_ words: [String]) -> Bool {
        words.contains(where: isQuantity) || contains(words, ["per", "cent"])
    }

    /// "Follows" means: after the vague opening, the action names a number
    /// or a percentage, or has a "so that … by …" clause.
    static func measurableOutcome(_ rest: [String]) -> Bool {
        if rest.contains(where: isQuantity) { return true }
        guard let soThat = (0..<max(rest.count - 1, 0)).first(where: { rest[$0] == "so" && rest[$0 + 1] == "that" }) else { return false }
        return rest[(soThat + 2)...].contains("by")
    }

    /// Where a phrase starts in the words, every time.
    static func positions(of phrase: [String], in words: [String]) -> [Int] {
        guard !phrase.isEmpty, words.count >= phrase.count else { return [] }
        return (0...(words.count - phrase.count)).filter { Array(words[$0..<($0 + phrase.count)]) == phrase }
    }

    /// The first hedge in the words. One followed by "by" or "under" names
    /// the rule that settles it ("as required by the statutory guidance").
    func hedge(in words: [String]) -> String? {
        for phrase in hedges.map(Self.words) {
            let settled = Self.positions(of: phrase, in: words).allSatisfy { start in
                let next = start + phrase.count
                return next < words.count && ["by", "under"].contains(words[next])
            }
            if !settled { return phrase.joined(separator: " ") }
        }
        return nil
    }

    static func ends(_ words: [String], with phrase: [String]) -> Bool {
        !phrase.isEmpty && words.count >= phrase.count && Array(words.suffix(phrase.count)) == phrase
    }

    /// The words after a heading that ends at a colon or a spaced dash
    /// within the first five words ("YJS: screen…", "MASH/EH - better links").
    static func afterHeading(_ text: String) -> [String]? {
        for mark in [":", " - ", " – ", " — "] {
            guard let range = text.range(of: mark) else { continue }
            let before = words(String(text[..<range.lowerBound])), after = words(String(text[range.upperBound...]))
            if !before.isEmpty, before.count <= 5, !after.isEmpty { return after }
        }
        return nil
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
        if let first = rest.first, causatives.contains(first) { return rest }
        for index in 0..<min(rest.count, 6) {
            if let modal = modals.first(where: { starts(Array(rest[index...]), with: $0) }), index > 0,
               !(modal == ["to"] && ["how", "what", "when", "where", "whether", "who", "which"].contains(rest[index - 1])) {
                return Array(rest[(index + modal.count)...])
            }
        }
        while let first = rest.first, groups.contains(first), rest.count > 1 { rest.removeFirst() }
        return rest
    }

    /// Verbs whose object is followed by what it is for ("Train every housing
    /// officer to recognise…"): the action is the verb itself, not what
    /// follows "to".
    static let causatives: Set<String> = [
        "train", "teach", "coach", "mentor", "brief", "instruct", "direct", "require", "commission", "equip", "enable",
        "ask", "invite", "fund", "resource", "task", "appoint", "recruit",
    ]

    /// Roles written in the plural when several people are named as owners.
    static let roleNouns: Set<String> = [
        "manager", "lead", "officer", "worker", "nurse", "dsl", "gp", "head", "chair", "coordinator", "co-ordinator", "teacher",
        "supervisor", "adviser", "advisor", "director", "practitioner", "clinician", "visitor", "consultant", "paediatrician",
        "headteacher", "leader", "deputy", "deputie", "senco", "member", "partner", "colleague", "professional", "sergeant",
        "inspector", "detective", "constable", "therapist", "psychologist", "midwive", "midwife",
    ]

    /// The owner's parts joined by "and" or "&", each as written.
    static func joinedRoles(_ text: String) -> [String] {
        text.replacingOccurrences(of: "&", with: " and ")
            .components(separatedBy: .whitespaces).split { $0.lowercased() == "and" }
            .map { $0.filter { !$0.isEmpty }.joined(separator: " ") }.filter { !$0.isEmpty }
    }

    /// The words past a leading "ensure" or "ensure that".
    static func afterEnsure(_ words: [String]) -> [String] {
        guard words.first == "ensure" else { return words }
        return Array(words.dropFirst(words.count > 1 && words[1] == "that" ? 2 : 1))
    }

    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"]

    /// Words that join names without being one ("CSC and Police", "EH & MASH").
    static let joining: Set<String> = ["and", "or", "plus", "with", "the"]

    /// Whether the words are only names from the list (each maybe plural),
    /// joined by "and", "&", "/" or commas. A name is also read in its parts
    /// ("Acute hospital (emergency department, paediatrics)" names
    /// "paediatrics"; "Health visiting and school nursing", "school nursing").
    static func onlyNames(_ words: [String], of names: [String]) -> Bool {
        let parts = names.flatMap { name in
            [name] + name.split { "(),;/&".contains($0) }.flatMap { $0.components(separatedBy: " and ") }.flatMap { $0.components(separatedBy: " or ") }
        }
        let names = parts.map { Self.words($0).filter { !joining.contains($0) } }.filter { !$0.isEmpty }
        let rest = words.filter { !joining.contains($0) }
        guard !rest.isEmpty else { return false }
        var index = 0
        while index < rest.count {
            let match = names.filter { name in
                guard index + name.count <= rest.count else { return false }
                let written = Array(rest[index..<(index + name.count)])
                return written.dropLast() == name.dropLast() && singular(written[written.count - 1]) == singular(name[name.count - 1])
            }.map(\.count).max()
            guard let match else { return false }
            index += match
        }
        return true
    }

    static func singular(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    /// The owner's leading phrase, the words of the role itself: before a
    /// comma, a bracket, a dash, or "of", "for", "in", "at", "on", "to",
    /// "within", "across" ("Chair | of the QA sub-group", "Named nurse |,
    /// acute trust"); each word as written and lower-cased.
    static func headPhrase(_ text: String) -> [(written: String, lower: String)] {
        var head = text
        if let cut = head.firstIndex(where: { ",(;[".contains($0) }) { head = String(head[..<cut]) }
        for mark in [" - ", " – ", " — "] { if let range = head.range(of: mark) { head = String(head[..<range.lowerBound]) } }
        let written = head.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }.map(String.init)
        let stops: Set<String> = ["of", "for", "in", "at", "on", "to", "within", "across"]
        let kept = written.prefix { !stops.contains($0.lowercased()) }
        return kept.map { ($0, words($0).joined(separator: " ")) }
    }

    /// A plural noun as written: ends in "s" (not "ss", "us", "is" or a
    /// possessive), four letters or more, and not an acronym in capitals
    /// ("CAMHS", "YJS"); "DSLs" and "GPs" are plurals.
    static func isPlural(_ written: String) -> Bool {
        let lower = written.lowercased()
        guard written.count >= 3, lower.hasSuffix("s"), !["ss", "us", "is", "'s", "’s"].contains(where: lower.hasSuffix) else { return false }
        if written.allSatisfy({ $0.isUppercase || !$0.isLetter }) { return false }
        let stem = written.dropLast()
        if stem.count >= 2, stem.allSatisfy({ $0.isUppercase }) { return true }
        return written.count >= 4
    }

    /// A person's name: a title and a name ("Mr Patel", "Dr A. Whitcombe"),
    /// initials and a surname ("P. Hartwell", "J Smith"), a first name and a
    /// surname ("Sarah Thompson"), or a plain first name alone ("Sarah"), in any
    /// part of the owner between commas or brackets. A role that only holds a
    /// capitalised word ("Safeguarding Lead Nurse, Acute Trust") is not one.
    static func isPersonName(_ text: String) -> Bool {
        let parts = text.split { ",()/;".contains($0) }
        return parts.contains { part in
            let written = part.split(whereSeparator: \.isWhitespace).map(String.init).filter { !$0.isEmpty }
            guard let first = written.first else { return false }
            let lower = words(first).first ?? ""
            if honorifics.contains(lower), written.count > 1 { return true }
            guard (1...3).contains(written.count) else { return false }
            let capitalised = { (word: String) in word.first?.isUppercase == true }
            func isInitial(_ word: String) -> Bool {
                let letters = word.filter(\.isLetter)
                return !letters.isEmpty && letters.count <= 2 && letters.allSatisfy(\.isUppercase)
                    && (word.contains(".") || letters.count == 1)
            }
            let rest = written.dropFirst()
            if isInitial(first), !rest.isEmpty, rest.allSatisfy(capitalised), let surname = rest.last, !isInitial(surname) {
                let last = words(surname).joined(separator: "-")
                return !NameRecogniser.isKnownWord(last) || NameRecogniser.isSurname(last)
            }
            guard capitalised(first), NameRecogniser.isFirstName(lower) else { return false }
            let plain = NameRecogniser.tier(lower) == .plain
            if rest.isEmpty { return plain }
            guard rest.allSatisfy(capitalised), let surname = rest.last else { return false }
            let last = words(surname).joined(separator: "-")
            // A plain first name before a surname or a word no list knows ("Sarah Thompson");
            // one that is also a word or a place only before a surname that is no word ("Victoria
            // Lewis-Grant", not "Chief Officer" or "Oak House").
            if plain { return NameRecogniser.isSurname(last) || !NameRecogniser.isKnownWord(last) }
            return NameRecogniser.isSurname(last) && !NameRecogniser.isKnownWord(last)
        }
    }
}
