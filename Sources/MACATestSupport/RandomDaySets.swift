import MACAKit

/// Random sets of audit days, built in memory (no journals), for the
/// property test of the report's disclosure control: any shipped template,
/// 1 to 12 days, 1 to 96 cases, a threshold of 3 to 10, skewed grades,
/// bands and plans (so that some counts are small and some are not),
/// agencies involved and returning, tags, concerns, missing answers, and
/// half the time a previous audit to compare with. Cases are invented
/// references; the same seed gives the same set.
public struct RandomDaySet: Sendable {
    public var inputs: ReportInputs
    public var threshold: Int
    public var template: AuditTemplate

    /// The theme report over the set, with the set's threshold.
    public var report: ThemeReport {
        ThemeReport(
            inputs: inputs, produced: "2027-01-01", from: inputs.days.compactMap(\.day.date).min(), to: nil,
            smallNumbers: SmallNumbers(threshold: threshold)
        )
    }
}

public enum RandomDaySets {
    /// The shipped templates, from `audit-templates/`.
    public static func shippedTemplates() throws -> [AuditTemplate] {
        try TemplateLibrary(directory: "\(packageRoot)/audit-templates").all()
    }

    public static func make(seed: UInt64, templates: [AuditTemplate]) -> RandomDaySet {
        var random = SplitMix64(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        let template = templates[Int.random(in: 0..<templates.count, using: &random)]
        let threshold = Int.random(in: 3...10, using: &random)
        // Small sets more often than large ones: that is where suppression works hardest.
        let caseCount = Bool.random(using: &random) ? Int.random(in: 1...12, using: &random) : Int.random(in: 1...96, using: &random)
        let dayCount = Int.random(in: 1...12, using: &random)
        let days = makeDays(template: template, days: dayCount, cases: caseCount, year: 2026, tag: "now", random: &random)
        var previous: [ReportInputs.Day] = []
        if Bool.random(using: &random) {
            previous = makeDays(
                template: template, days: Int.random(in: 1...3, using: &random), cases: Int.random(in: 1...30, using: &random),
                year: 2025, tag: "then", random: &random
            )
        }
        return RandomDaySet(inputs: ReportInputs(days: days, previous: previous), threshold: threshold, template: template)
    }

    /// A weighted pick: earlier entries are likelier, so some counts are large and some small.
    static func skewed<Element>(_ choices: [Element], _ random: inout SplitMix64) -> Element {
        // Weights 16, 8, 4, 2, 1, 1, …: the first choice about half the time.
        let total = (0..<choices.count).reduce(0) { $0 + (1 << max(0, 4 - $1)) }
        var pick = Int(random.next() % UInt64(total))
        for index in choices.indices {
            let weight = 1 << max(0, 4 - index)
            if pick < weight { return choices[index] }
            pick -= weight
        }
        return choices[choices.count - 1]
    }

    static func makeDays(template: AuditTemplate, days dayCount: Int, cases caseCount: Int, year: Int, tag: String, random: inout SplitMix64) -> [ReportInputs.Day] {
        // Each case to a day: spread evenly, or at random (then some days may have none).
        var perDay = Array(repeating: 0, count: dayCount)
        let even = Bool.random(using: &random)
        for index in 0..<caseCount {
            perDay[even ? index % dayCount : Int.random(in: 0..<dayCount, using: &random)] += 1
        }
        let templateStamp = TemplateStamp(id: template.id, version: template.version, sha256: String(repeating: "0", count: 64), source: template.source)
        let agencyIDs = template.agencies.map(\.id)
        let profile = template.section(.caseProfile)?.questions ?? []
        let lived = template.section(.livedExperience)?.questions.first
        let voice = (template.section(.voiceOfTheChild)?.questions ?? []).filter { $0.type == .yesPartlyNo }
        let domains = template.section(.gradedDomains)?.questions ?? []
        let levels = template.scale.levels.map(\.id)
        // Each audit's own mix of grades, so that one level dominates in some sets and none in others.
        let gradeOrder = levels.shuffled(using: &random)
        var number = 0
        return perDay.enumerated().map { dayIndex, cases in
            var day = AuditDay()
            day.id = "\(tag)-\(dayIndex)"
            day.template = templateStamp
            let date = "\(year)-\(dayIndex < 9 ? "0" : "")\(dayIndex + 1)-10"
            let stamp = "\(date)T10:00:00.000Z"
            day.date = date
            day.area = "Randomshire (invented)"
            day.facilitator = "F. Acilitator"
            day.isClosed = true
            let attending = agencyIDs.shuffled(using: &random).prefix(Int.random(in: 2...min(8, agencyIDs.count), using: &random)).sorted()
            day.agencies = attending.map { Agency(id: $0, name: template.agency($0)?.name ?? $0) }
            for _ in 0..<cases {
                number += 1
                let ref = "RND-\(tag)-\(number)"
                var audit = CaseAudit(ref: ref, reasonSelected: Int.random(in: 0..<5, using: &random) == 0 ? "Random sample (seed 7) from candidates.csv" : "Spread of ages and plans")
                func answer(_ question: String, _ value: AnswerValue, agency: String? = nil) {
                    audit.answers[AnswerKey(ref: ref, question: question, agency: agency)] = RecordedAnswer(
                        value: value, author: "Auditor", writer: "facilitator", timestamp: stamp
                    )
                }
                for question in profile {
                    let roll = Int.random(in: 0..<40, using: &random)
                    switch question.type {
                    case .choice where roll == 0: answer(question.id, .choice("not-a-listed-choice"))
                    case .choice where roll > 2: answer(question.id, .choice(skewed(question.choices.map(\.id), &random)))
                    default: break
                    }
                }
                let involved = Array(agencyIDs.shuffled(using: &random).prefix(Int.random(in: 1...4, using: &random)))
                if Int.random(in: 0..<20, using: &random) > 0 { answer("agencies-involved", .choices(involved)) }
                if let lived, Int.random(in: 0..<6, using: &random) > 0 {
                    answer(lived.id, .text("Invented day in the life number \(Int.random(in: 0..<(caseCount + 3), using: &random)). More detail follows."))
                }
                for question in voice where Int.random(in: 0..<10, using: &random) > 0 {
                    answer(question.id, .yesPartlyNo(skewed(YesPartlyNo.allCases.shuffled(using: &random), &random), evidence: "Invented."))
                }
                for kind in [SectionKind.workedWell, .areasForImprovement] {
                    guard let section = template.section(kind) else { continue }
                    for agency in involved where Int.random(in: 0..<10, using: &random) < 7 {
                        for question in section.questions {
                            switch question.type {
                            case .longText, .shortText: answer(question.id, .text("Invented finding."), agency: agency)
                            case .tags:
                                let pool = question.choices.isEmpty ? ["delay", "drift", "voice-heard"] : question.choices.map(\.id)
                                let tags = (0..<Int.random(in: 0...3, using: &random)).map { _ in skewed(pool, &random) }
                                if !tags.isEmpty { answer(question.id, .tags(Array(Set(tags)).sorted()), agency: agency) }
                            default: break
                            }
                        }
                    }
                }
                for domain in domains where Int.random(in: 0..<12, using: &random) > 0 {
                    audit.agreedGrades[domain.id] = AgreedGrade(level: skewed(gradeOrder, &random), rationale: "Invented.", author: "Room", timestamp: stamp)
                }
                // Agencies' own grades: a return from some involved agencies that attended.
                for agency in involved where attending.contains(agency) && Int.random(in: 0..<10, using: &random) < 4 {
                    for domain in domains {
                        answer(domain.id, .grade(level: skewed(gradeOrder, &random), rationale: "Invented."), agency: agency)
                    }
                }
                for index in 0..<Int.random(in: 0...2, using: &random) {
                    audit.actions.append(ActionPoint(
                        id: "\(template.id)-\(date)-\(ref)-A\(index + 1)",
                        fields: ["action": .text("Invented action."), "lead-agency": .choice(involved[0]), "lead-role": .text("Team manager"),
                                 "outcome-measure": .text("Invented measure."), "due-date": .date("\(year + 1)-06-30")],
                        author: "Room", timestamp: stamp
                    ))
                }
                if Int.random(in: 0..<12, using: &random) == 0 {
                    let id = "\(ref)-C1"
                    let acknowledged = Int.random(in: 0..<6, using: &random) > 0 ? ConcernAcknowledged(id: id, by: "Duty manager", note: "Invented.") : nil
                    audit.concerns.append(Concern(id: id, fields: ["concern": .text("Invented concern.")], raisedBy: "Room", raisedAt: stamp, acknowledgement: acknowledged))
                }
                day.cases.append(audit)
            }
            return ReportInputs.Day(folder: "/invented/\(tag)-\(dayIndex)", day: day, template: template)
        }
    }
}
