/// A themed audit as a partnership defines it: what is audited, why, by whom,
/// on what grading scale, and the questions asked of every case, in order.
///
/// Templates are YAML files (see `Documentation/Templates.md`) read by
/// ``TemplateLoader``. A day stamps the template's `id`, `version` and source
/// into its journal, so the day can be read long after the template changes.
public struct AuditTemplate: Sendable, Equatable {
    public var id: String
    public var version: Int
    public var title: String
    /// What the theme covers, in the partnership's words.
    public var theme: String
    /// Why this theme is being audited now: the lines of enquiry, each with
    /// the id its questions name (none in templates written before ids).
    public var enquiries: [LineOfEnquiry]
    /// The lines of enquiry's text.
    public var linesOfEnquiry: [String] { enquiries.map(\.text) }
    /// How far back the audit looks at each case's records.
    public var auditWindowMonths: Int
    /// When the theme should be re-audited to see whether practice improved.
    public var reauditMonths: Int
    /// The latest an action point may fall due, in months from the audit day.
    public var actionDueWithinMonths: Int = 12
    /// The SMART rules its action points are held to: the template's
    /// `smart:` block, or the defaults.
    public var smart: SmartRules = .defaults
    /// The agencies invited by default; a day may add others.
    public var agencies: [Agency]
    public var scale: GradeScale
    /// Grading a domain at or below this level prompts the immediate-concern question.
    public var concernAtOrBelow: String?
    public var sections: [Section]
    /// The YAML text the template was read from, kept so a day can embed it.
    public var source: String

    public init(
        id: String, version: Int, title: String, theme: String, linesOfEnquiry: [String],
        auditWindowMonths: Int, reauditMonths: Int, agencies: [Agency], scale: GradeScale,
        concernAtOrBelow: String?, sections: [Section], source: String
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.theme = theme
        enquiries = linesOfEnquiry.map { LineOfEnquiry(id: nil, text: $0) }
        self.auditWindowMonths = auditWindowMonths
        self.reauditMonths = reauditMonths
        self.agencies = agencies
        self.scale = scale
        self.concernAtOrBelow = concernAtOrBelow
        self.sections = sections
        self.source = source
    }

    public func section(_ kind: SectionKind) -> Section? {
        sections.first { $0.kind == kind }
    }

    /// The questions that evidence a line of enquiry, in template order.
    public func questions(evidencing enquiry: String) -> [Question] {
        sections.flatMap(\.questions).filter { $0.evidences.contains(enquiry) }
    }

    /// The question with this id, wherever it stands in the template.
    public func question(_ id: String) -> Question? {
        for section in sections {
            if let question = section.questions.first(where: { $0.id == id }) { return question }
        }
        return nil
    }

    public func agency(_ id: String) -> Agency? {
        agencies.first { $0.id == id }
    }
}

/// An organisation that takes part in an audit (children's social care, police, a health trust…).
public struct Agency: Sendable, Equatable, Hashable, Codable {
    /// A short stable key used in journals, e.g. `police` or `health-gp`.
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// A grading scale: ordered from best to worst.
public struct GradeScale: Sendable, Equatable {
    public var id: String
    public var name: String
    public var levels: [GradeLevel]

    public init(id: String, name: String, levels: [GradeLevel]) {
        self.id = id
        self.name = name
        self.levels = levels
    }

    public func level(_ id: String) -> GradeLevel? {
        levels.first { $0.id == id }
    }

    /// The level's position, 0 for the best.
    public func rank(of id: String) -> Int? {
        levels.firstIndex { $0.id == id }
    }
}

public struct GradeLevel: Sendable, Equatable {
    public var id: String
    public var label: String
    /// What practice at this level looks like, shown when grading.
    public var descriptor: String

    public init(id: String, label: String, descriptor: String) {
        self.id = id
        self.label = label
        self.descriptor = descriptor
    }
}

/// What a section is for. Every template has each of the required kinds
/// once; `agency-return` at most once; `other` as often as it likes.
public enum SectionKind: String, Sendable, Equatable, CaseIterable {
    case caseProfile = "case-profile"
    case livedExperience = "lived-experience"
    case voiceOfTheChild = "voice-of-the-child"
    case workedWell = "worked-well"
    case areasForImprovement = "areas-for-improvement"
    case gradedDomains = "graded-domains"
    case actionPoints = "action-points"
    case immediateConcerns = "immediate-concerns"
    /// What each agency's auditor answers for each case in their own return,
    /// before or during the day; they also grade every graded domain.
    case agencyReturn = "agency-return"
    case other

    /// The kinds a template must contain, in the order the day asks them.
    public static let required: [SectionKind] = [
        .caseProfile, .livedExperience, .voiceOfTheChild, .workedWell,
        .areasForImprovement, .gradedDomains, .actionPoints, .immediateConcerns,
    ]
}

public struct Section: Sendable, Equatable {
    public var id: String
    public var kind: SectionKind
    public var title: String
    public var guidance: String?
    /// The questions are asked once for each agency involved in the case.
    public var perAgency: Bool
    /// The section records a list of entries (action points, concerns), each answering every question.
    public var repeats: Bool
    public var questions: [Question]

    public init(
        id: String, kind: SectionKind, title: String, guidance: String?, perAgency: Bool,
        repeats: Bool, questions: [Question]
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.guidance = guidance
        self.perAgency = perAgency
        self.repeats = repeats
        self.questions = questions
    }
}

public enum QuestionType: String, Sendable, Equatable, CaseIterable {
    case shortText = "short-text"
    case longText = "long-text"
    case choice
    case multiChoice = "multi-choice"
    /// Yes, partly or no, with the evidence for the answer.
    case yesPartlyNo = "yes-partly-no"
    /// A level of the template's scale, with its rationale.
    case grade
    /// One of the day's agencies.
    case agency
    case date
    /// Free tags, suggested from `choices` when the template gives them.
    case tags
}

public struct Choice: Sendable, Equatable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// A prompt worded for one age band, e.g. what life was like for a baby.
public struct AgeBandPrompt: Sendable, Equatable {
    public var ageBand: String
    public var prompt: String

    public init(ageBand: String, prompt: String) {
        self.ageBand = ageBand
        self.prompt = prompt
    }
}

/// One of the questions a themed audit is to answer for the board. Its id
/// (from template version 2 of the shipped templates) is what questions name
/// in `evidences`, and what the report's findings are grouped by.
public struct LineOfEnquiry: Sendable, Equatable {
    public var id: String?
    public var text: String

    public init(id: String?, text: String) {
        self.id = id
        self.text = text
    }
}

public struct Question: Sendable, Equatable {
    /// Stable across template versions: answers are stored and merged by this id.
    public var id: String
    public var prompt: String
    public var guidance: String?
    public var type: QuestionType
    public var required: Bool
    public var choices: [Choice]
    /// Extra prompts for the case's age band (the age band is a case-profile answer).
    public var ageBandPrompts: [AgeBandPrompt]
    public var defaultAnswer: String?
    /// Answers the template will not accept, e.g. "ongoing" as a due date.
    public var refuse: [String]
    /// The ids of the lines of enquiry this question evidences.
    public var evidences: [String] = []
    /// The question of the agency-return section whose answer, in an
    /// agency's own return, is offered as this per-agency question's default
    /// (`from-return` in the template).
    public var fromReturn: String?

    public init(
        id: String, prompt: String, guidance: String? = nil, type: QuestionType,
        required: Bool = false, choices: [Choice] = [], ageBandPrompts: [AgeBandPrompt] = [],
        defaultAnswer: String? = nil, refuse: [String] = []
    ) {
        self.id = id
        self.prompt = prompt
        self.guidance = guidance
        self.type = type
        self.required = required
        self.choices = choices
        self.ageBandPrompts = ageBandPrompts
        self.defaultAnswer = defaultAnswer
        self.refuse = refuse
    }

    public func choice(_ id: String) -> Choice? {
        choices.first { $0.id == id }
    }
}
