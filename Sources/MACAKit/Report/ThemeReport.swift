import Foundation

/// The quality sub-group's theme report for the board, collated from audit
/// days of one theme. Everything is sorted, and the only date in it not
/// taken from the days is the production date, so the same days give the
/// same report byte for byte.
public struct ThemeReport: Sendable {
    public let inputs: ReportInputs
    public let produced: String
    public let from: String?
    public let to: String?
    /// How small counts are hidden in every count and table of the report.
    public let smallNumbers: SmallNumbers
    /// Each action's progress from the action tracker, by id.
    public let actionProgress: [String: ActionProgress]
    /// Who the report is from and how it is marked, from the partnership's config.
    public let masthead: Masthead
    /// The partnership's recommendations for this theme, in the order made.
    public let recommendations: [Recommendations.Entry]

    /// The newest template among the days: its wording leads the report.
    public let template: AuditTemplate
    /// Every case of the period, in day order, numbered from 1: never by
    /// reference; `day` is its day's place in `inputs.days` (not a copy of
    /// the day for each case, which was about 1 KB a case: issue 18).
    public let cases: [(number: Int, day: Int, audit: CaseAudit)]
    /// Agency names by id, as the days name them, else as the template does.
    private let agencyNames: [String: String]

    /// Needs at least one day in `inputs.days`.
    public init(
        inputs: ReportInputs, produced: String, from: String?, to: String?, smallNumbers: SmallNumbers = SmallNumbers(),
        actionProgress: [String: ActionProgress] = [:], masthead: Masthead = Masthead(), recommendations: [Recommendations.Entry] = []
    ) {
        self.masthead = masthead
        self.smallNumbers = smallNumbers
        self.actionProgress = actionProgress
        self.inputs = inputs
        self.produced = produced
        self.from = from
        self.to = to
        let template = inputs.days.max { ($0.template.version, $0.day.date ?? "") < ($1.template.version, $1.day.date ?? "") }!.template
        self.template = template
        self.recommendations = recommendations.filter { $0.made.theme == template.id }
        var number = 0
        var cases: [(number: Int, day: Int, audit: CaseAudit)] = []
        cases.reserveCapacity(inputs.days.reduce(0) { $0 + $1.day.cases.count })
        for (index, day) in inputs.days.enumerated() {
            for audit in day.day.cases {
                number += 1
                cases.append((number, index, audit))
            }
        }
        self.cases = cases
        var names = Dictionary(template.agencies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for day in inputs.days.reversed() {
            for agency in day.day.agencies { names[agency.id] = agency.name }
        }
        agencyNames = names
    }

    /// The partnership the report is for: the config's name, else the
    /// partnership (area) the days recorded, each named once in day order
    /// (issue 16: a paper run without a config still names whose it is).
    public var partnership: String? {
        if let named = masthead.partnership, !named.isEmpty { return named }
        var seen: Set<String> = []
        let areas = inputs.days.compactMap { $0.day.area?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && seen.insert($0).inserted }
        return areas.isEmpty ? nil : areas.joined(separator: "; ")
    }

    /// The partnership, the author and the protective marking a report carries.
    public struct Masthead: Sendable, Equatable {
        public var partnership: String?
        public var author: String?
        public var marking: String
        public var logoText: String?
        /// What the board is asked to do; empty: the report's own lines.
        public var boardAskedTo: [String]
        public var familyInvolvement: String?
        /// The paper's version on its cover, e.g. "1.0" or "2 (final)".
        public var version: String

        public init(
            partnership: String? = nil, author: String? = nil, marking: String = PartnershipConfig.defaultMarking, logoText: String? = nil,
            boardAskedTo: [String] = [], familyInvolvement: String? = nil, version: String = Masthead.firstVersion
        ) {
            self.partnership = partnership
            self.author = author
            self.marking = marking
            self.logoText = logoText
            self.boardAskedTo = boardAskedTo
            self.familyInvolvement = familyInvolvement
            self.version = version
        }

        public init(_ config: PartnershipConfig, version: String = Masthead.firstVersion) {
            self.init(
                partnership: config.partnership, author: config.author, marking: config.marking ?? PartnershipConfig.defaultMarking,
                logoText: config.logoText, boardAskedTo: config.boardAskedTo, familyInvolvement: config.familyInvolvement, version: version
            )
        }

        public static let firstVersion = "1.0"
    }

    /// The tracked status and latest evidence of an action.
    public struct ActionProgress: Sendable, Equatable {
        public var status: ActionStatus
        public var evidence: String

        public init(status: ActionStatus, evidence: String) {
            self.status = status
            self.evidence = evidence
        }
    }

    public var title: String { "\(template.title): multi-agency theme audit report" }

    /// "2026-01-15 to 2026-03-15", or the one date of a one-day period.
    public var period: String {
        periodBounds.from == periodBounds.to ? periodBounds.from : "\(periodBounds.from) to \(periodBounds.to)"
    }

    /// The first and last dates of the period: as asked, else the days' own.
    var periodBounds: (from: String, to: String) {
        let dates = inputs.days.compactMap(\.day.date)
        return (from ?? dates.min() ?? "", to ?? dates.max() ?? "")
    }

    /// The report's file name without its extension,
    /// `<theme>-report-<from>-to-<to>`, each part checked as an id before
    /// it reaches a path (`FileNames`): the theme is the option's, and a date
    /// not given as an option is a day's own, read from its journal, where a
    /// forged `../../x` would otherwise put the report outside `--out`.
    public func fileStem(theme: String) throws(PathIDError) -> String {
        try FileNames.id(theme, what: "theme", origin: nil)
        let (first, last) = periodBounds
        for date in [first, last] {
            try FileNames.id(date, what: "the day's date", origin: inputs.days.first { $0.day.date == date }?.folder ?? "--from or --to")
        }
        return "\(theme)-report-\(first)-to-\(last)"
    }

    /// The cases of a single-choice question per choice, in the template's
    /// order, then those with a choice this template does not list, then
    /// those with none: together, every case once.
    func choiceCounts(of question: String, in cases: [CaseAudit]) -> (choices: [(id: String, label: String, count: Int)], other: Int, notRecorded: Int) {
        let choices = template.question(question)?.choices ?? []
        var known: [String: Int] = [:]
        var other = 0, notRecorded = 0
        for audit in cases {
            if case let .choice(id)? = audit.answer(question) {
                if choices.contains(where: { $0.id == id }) { known[id, default: 0] += 1 } else { other += 1 }
            } else {
                notRecorded += 1
            }
        }
        return (choices.map { ($0.id, $0.label, known[$0.id] ?? 0) }, other, notRecorded)
    }

    /// Agreed grades per level for a domain, over the given days, and the
    /// cases with no agreed grade on this scale.
    func gradeCounts(_ domain: String, days: [ReportInputs.Day]) -> (levels: [Int], notAgreed: Int) {
        // One pass, no case copied (issue 18): each case counts under every level of its grade's id.
        let ids = template.scale.levels.map(\.id)
        var levels = Array(repeating: 0, count: ids.count)
        var total = 0
        for day in days {
            total += day.day.cases.count
            for index in day.day.cases.indices {
                guard let level = day.day.cases[index].agreedGrades[domain]?.level else { continue }
                for (rank, id) in ids.enumerated() where id == level { levels[rank] += 1 }
            }
        }
        return (levels, total - levels.reduce(0, +))
    }

    /// The agencies' own grades for a domain, per agency (by id) and level.
    func agencyGradeCounts(_ domain: String) -> [(agency: String, counts: [Int])] {
        var byAgency: [String: [Int]] = [:]
        for (_, day, audit) in cases {
            for grade in AgencyReturns.grades(audit, domain: domain, day: inputs.days[day].day) {
                guard let rank = template.scale.rank(of: grade.level) else { continue }
                byAgency[grade.agency, default: Array(repeating: 0, count: template.scale.levels.count)][rank] += 1
            }
        }
        return byAgency.sorted { (agencyName($0.key), $0.key) < (agencyName($1.key), $1.key) }.map { ($0.key, $0.value) }
    }

    /// The agreed grade for a domain, counted for every agency (by id) involved in each case.
    func agreedByAgencyInvolved(_ domain: String) -> [(agency: String, counts: [Int])] {
        var byAgency: [String: [Int]] = [:]
        for (_, _, audit) in cases {
            guard let level = audit.agreedGrades[domain]?.level, let rank = template.scale.rank(of: level),
                  case let .choices(agencies)? = audit.answer("agencies-involved") else { continue }
            for agency in Set(agencies) {
                byAgency[agency, default: Array(repeating: 0, count: template.scale.levels.count)][rank] += 1
            }
        }
        return byAgency.sorted { (agencyName($0.key), $0.key) < (agencyName($1.key), $1.key) }.map { ($0.key, $0.value) }
    }

    func agencyName(_ id: String) -> String {
        agencyNames[id] ?? id
    }

    /// Tags given in the sections of one kind, with the number of cases
    /// each was given in (by any agency), most cases first, then by name;
    /// over the previous audit's days if asked.
    func tags(_ kind: SectionKind, previous: Bool = false) -> [(tag: String, count: Int)] {
        let questions = Set((template.section(kind)?.questions ?? []).filter { $0.type == .tags }.map(\.id))
        var counts: [String: Int] = [:]
        let audits = previous ? inputs.previous.flatMap(\.day.cases) : cases.map(\.audit)
        // Each case's tags found on whichever core is free, counted after (issue 18).
        let given = audits.parallelChunks { _, audit in
            var given = Set<String>()
            for (key, answer) in audit.answers where questions.contains(key.question) {
                if case let .tags(tags)? = answer.value { given.formUnion(tags) }
            }
            return given
        }
        for tags in given { tags.forEach { counts[$0, default: 0] += 1 } }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }

    /// Per agency (by id): the cases where it recorded anything in the
    /// sections of one kind, and the tags it gave there, by name.
    func findings(_ kind: SectionKind) -> [(agency: String, cases: Int, tags: [String])] {
        guard let section = template.section(kind) else { return [] }
        let questions = Set(section.questions.filter { $0.type == .longText || $0.type == .shortText || $0.type == .tags }.map(\.id))
        var found: [String: (cases: Set<Int>, tags: Set<String>)] = [:]
        // Each case's findings per agency on whichever core is free, gathered after in the cases' order (issue 18).
        let perCase = cases.map(\.audit).parallelChunks { _, audit in
            var tagged: [String: Set<String>] = [:]
            for (key, answer) in audit.answers where questions.contains(key.question) {
                guard let agency = key.agency, let value = answer.value else { continue }
                var tags = tagged[agency] ?? []
                if case let .tags(given) = value { tags.formUnion(given) }
                tagged[agency] = tags
            }
            return tagged
        }
        for (number, tagged) in zip(cases.lazy.map(\.number), perCase) {
            for (agency, tags) in tagged {
                found[agency, default: ([], [])].cases.insert(number)
                found[agency, default: ([], [])].tags.formUnion(tags)
            }
        }
        return found.sorted { (agencyName($0.key), $0.key) < (agencyName($1.key), $1.key) }
            .map { ($0.key, $0.value.cases.count, $0.value.tags.sorted()) }
    }
}
