import Foundation

/// The theme report as the board's paper, in the order a board expects,
/// built once as a ``ReportDocument``. Every count is registered by key with
/// its true value and printed by key; every table and sentence declares
/// what a reader knows about its counts; then ``ReportDraft/decided()``
/// labels every count once for the whole paper
/// (`Documentation/SmallNumbers.md`). The case-by-case table is not here:
/// it is the restricted annex (``CaseAnnex``).
public enum BoardPaper {
    /// The agencies that returned, whole returns first, then those in part:
    /// "Police, Education; in part only: GP practice" (empty when none).
    static func returnsList(whole: [String], part: [String]) -> String {
        let joined = whole.joined(separator: ", ")
        guard !part.isEmpty else { return joined }
        return (joined.isEmpty ? "" : joined + "; ") + "in part only: " + part.joined(separator: ", ")
    }

    /// The board paper, every count decided.
    public static func document(_ report: ThemeReport) -> ReportDocument {
        draft(report).decided()
    }

    /// The board paper before its counts are labelled, with their true values.
    public static func draft(_ report: ThemeReport) -> ReportDraft {
        var builder = Builder(report: report)
        builder.build()
        let masthead = report.masthead
        let cover = ReportCover(
            title: report.title, partnership: report.partnership, theme: report.template.title, period: report.period,
            author: masthead.author, date: report.produced, version: masthead.version, marking: masthead.marking, logoText: masthead.logoText,
            boardAskedTo: builder.boardAskedTo()
        )
        return ReportDraft(
            title: report.title, threshold: report.smallNumbers.threshold, blocks: builder.blocks, book: builder.book,
            cover: cover, marking: masthead.marking
        )
    }

    /// The keys of the counts the paper prints, each naming one count.
    public enum Keys {
        public static let cases: CountKey = "cases/total"
        public static let previousCases: CountKey = "previous/cases/total"
        public static func day(_ number: Int) -> CountKey { CountKey(["cases", "day", String(number)]) }
        public static let byReference: CountKey = "cases/chosen/by-reference"
        public static let sampled: CountKey = "cases/chosen/sampled"
        public static func profile(_ question: String, _ choice: String) -> CountKey { CountKey(["profile", question, choice]) }
        public static func agreed(_ domain: String, _ level: String, previous: Bool = false) -> CountKey {
            CountKey((previous ? ["previous"] : []) + ["agreed", domain, level])
        }
        public static func tag(_ kind: SectionKind, _ tag: String, previous: Bool = false) -> CountKey {
            CountKey((previous ? ["previous"] : []) + ["tag", kind.rawValue, tag])
        }
        public static func findings(_ kind: SectionKind, _ agency: String) -> CountKey { CountKey(["findings", kind.rawValue, agency]) }
        public static func voice(_ question: String, _ answer: String) -> CountKey { CountKey(["voice", question, answer]) }
        public static func agencyGrade(_ agency: String, _ domain: String, _ level: String) -> CountKey {
            CountKey(["agency-grade", agency, domain, level])
        }
        public static func involved(_ agency: String, _ domain: String, _ level: String) -> CountKey {
            CountKey(["involved", agency, domain, level])
        }
        public static func answer(_ question: String, _ answer: String) -> CountKey { CountKey(["answer", question, answer]) }
        public static func ownTotal(_ domain: String, _ level: String) -> CountKey { CountKey(["agency-grade", "all", domain, level]) }
        public static func actions(_ agency: String, _ status: String) -> CountKey { CountKey(["actions", agency, status]) }
        public static let concerns: CountKey = "concerns/total"
        public static let unacknowledged: CountKey = "concerns/unacknowledged"
        public static func missing(_ question: String) -> CountKey { CountKey(["missing", question]) }
    }

    /// Reads the report's days once, section by section, into blocks.
    struct Builder {
        let report: ThemeReport
        let audits: [CaseAudit]
        /// Each case's number in the report (``ThemeReport/cases``), in the order of `audits`.
        let numbers: [Int]
        var book = CountBook()
        var blocks: [ReportBlock] = []
        /// Quotations already in the paper, so none is printed twice.
        var quoted = Set<String>()
        /// The voice of the child's yes/partly/no questions, whose counts
        /// are keyed as its own table prints them (``answerKey(_:_:)``).
        let voiceQuestions: Set<String>
        /// What more than one section reads, worked out once (issue 18): each
        /// kind's tags, each domain's agreed grades, the agencies' own overall
        /// grades, the action points, and who returned for each day.
        var tagCounts: [String: [(tag: String, count: Int)]] = [:]
        var gradeCounts: [String: (levels: [Int], notAgreed: Int)] = [:]
        var ownOverallGrades: [(agency: String, counts: [Int])]?
        var actionRows: [ActionTracker.Row]?
        var dayReturns: [(returning: Set<String>, partly: Set<String>)]?
        /// Every case's answers by question, for the quotations (``answersByQuestion()``).
        var answerIndex: AnswerIndex?
        /// How many cases' quotation candidates are made at once (issue 18); the paper is the same for any.
        var quotationSlice = 1024

        init(report: ThemeReport) {
            self.report = report
            audits = report.cases.map(\.audit)
            numbers = report.cases.map(\.number)
            voiceQuestions = Set((report.template.section(.voiceOfTheChild)?.questions ?? []).filter { $0.type == .yesPartlyNo }.map(\.id))
        }

        /// A tag as words: "timely-response" as "timely response".
        static func words(_ tag: String) -> String {
            tag.replacingOccurrences(of: "-", with: " ")
        }

        /// ``ThemeReport/tags(_:previous:)``, counted once.
        mutating func tags(_ kind: SectionKind, previous: Bool = false) -> [(tag: String, count: Int)] {
            let key = kind.rawValue + (previous ? "/previous" : "")
            if let known = tagCounts[key] { return known }
            let counted = report.tags(kind, previous: previous)
            tagCounts[key] = counted
            return counted
        }

        /// ``ThemeReport/agencyGradeCounts(_:)`` of the overall grade, counted once.
        mutating func ownOverall() -> [(agency: String, counts: [Int])] {
            if let known = ownOverallGrades { return known }
            let counted = report.agencyGradeCounts("overall")
            ownOverallGrades = counted
            return counted
        }

        /// ``ActionTracker/rows(_:)``, listed once.
        mutating func actionPoints() -> [ActionTracker.Row] {
            if let known = actionRows { return known }
            let rows = ActionTracker.rows(report)
            actionRows = rows
            return rows
        }

        /// Per day, the agencies (by id) that returned for any case, and
        /// those whose return for some case is only in part; each case's
        /// returns read once, the days on every core.
        mutating func returns() -> [(returning: Set<String>, partly: Set<String>)] {
            if let known = dayReturns { return known }
            let found = days.parallelMap { day -> (returning: Set<String>, partly: Set<String>) in
                var returning = Set<String>(), partly = Set<String>()
                for audit in day.day.cases {
                    returning.formUnion(AgencyReturns.returned(audit, template: day.template, day: day.day))
                    partly.formUnion(AgencyReturns.partial(audit, template: day.template, day: day.day))
                }
                return (returning, partly)
            }
            dayReturns = found
            return found
        }

        /// How many cases the previous audit's days hold.
        var previousCaseCount: Int { report.inputs.previous.reduce(0) { $0 + $1.day.cases.count } }

        var template: AuditTemplate { report.template }
        var days: [ReportInputs.Day] { report.inputs.days }
        var levels: [GradeLevel] { template.scale.levels }
        var threshold: Int { report.smallNumbers.threshold }
        var cases: CountKey { Keys.cases }
        /// How many cases a list of examples needs before it is shown.
        var examplesFrom: Int { max(3, threshold) }

        /// "Not shown" for a block whose counts would let a hidden count be worked out.
        static func notShown(_ what: String) -> [ReportBlock] {
            [.paragraph(ReportParagraph("\(what) not shown: with so few cases, the numbers would let a hidden count be worked out."))]
        }

        mutating func build() {
            executiveSummary()
            scopeAndMethod()
            linesOfEnquiry()
            workedWell()
            improvement()
            voiceOfTheChild()
            grades()
            recommendations()
            actionSummary()
            concerns()
            previousAudit()
            dissemination()
            appendices()
        }

        /// What the board is asked to do: the partnership's lines, else the paper's own.
        func boardAskedTo() -> [String] {
            let own = report.masthead.boardAskedTo
            let asks = own.isEmpty
                ? ["Note the findings of this audit of \(template.title.lowercased()), and what worked well."]
                    + (report.recommendations.isEmpty
                        ? ["Note that no partnership recommendations have been made for this theme yet."]
                        : ["Agree the partnership recommendations in section 8, their owners and dates."])
                    + ["Agree how the learning will be shared (section 12), and when the theme is audited again."]
                : own
            return asks
        }

        mutating func scopeAndMethod() {
            let total = book.count(cases, audits.count, .number)
            blocks += [
                .heading("2. Scope and method"), .paragraph(ReportText(template.theme)),
                .paragraph("Audit days: \(String(days.count)); cases audited: \(total). The lines of enquiry are the headings of section 3."),
            ]
            var dayKeys: [CountKey] = []
            var rows: [[ReportText]] = []
            var plainRows: [[ReportText]] = []
            let dayReturns = returns()
            for (index, day) in days.enumerated() {
                let key = Keys.day(index + 1)
                dayKeys.append(key)
                let (returning, partly) = dayReturns[index]
                let returned = BoardPaper.returnsList(
                    whole: day.day.agencies.filter { returning.contains($0.id) && !partly.contains($0.id) }.map(\.name),
                    part: day.day.agencies.filter { returning.contains($0.id) && partly.contains($0.id) }.map(\.name)
                )
                let row: [ReportText] = [
                    ReportText("Day \(index + 1)" + (day.day.isClosed ? "" : " (unfinished)")), ReportText(day.day.date ?? ""), ReportText(day.day.area ?? ""),
                    "\(book.count(key, day.day.cases.count))", ReportText(day.day.agencies.map(\.name).joined(separator: ", ")),
                    ReportText(returned.isEmpty ? "none" : returned),
                ]
                rows.append(row)
                plainRows.append(row.enumerated().filter { $0.offset != 3 }.map(\.element))
            }
            let header = ["Audit day", "Date", "Area", "Cases", "Agencies attending", "Agencies returning"]
            blocks.append(.table(ReportTable(
                header: header, rows: rows, rowBasis: .categories, relations: [.sum(cases, of: dayKeys)],
                ifWithheld: [
                    .table(ReportTable(header: header.filter { $0 != "Cases" }, rows: plainRows, rowBasis: .categories)),
                    .paragraph("The number of cases each day is not shown: with so few cases, it would let a hidden count be worked out."),
                ]
            )))

            let sampled = audits.filter { $0.reasonSelected.hasPrefix("Random sample") }.count
            let byReference = audits.count - sampled
            // Zeros are always shown, so a sentence may leave one out.
            if sampled == 0 {
                blocks.append(.paragraph("Cases were chosen from the agencies' records for the theme, each by reference with a recorded reason."))
            } else if byReference == 0 {
                blocks.append(.paragraph("Cases were chosen from the agencies' records for the theme, each by a seeded random sample from a candidate list."))
            } else {
                let chosen = book.count(Keys.byReference, byReference, .number), random = book.count(Keys.sampled, sampled, .number)
                blocks.append(.paragraph(ReportParagraph(
                    "Cases were chosen from the agencies' records for the theme: \(chosen) by reference with a recorded reason, and \(random) by a seeded random sample from a candidate list.",
                    relations: [.sum(cases, of: [Keys.byReference, Keys.sampled])],
                    ifWithheld: [.paragraph("Cases were chosen from the agencies' records for the theme, by reference with a recorded reason or by a seeded random sample from a candidate list.")]
                )))
            }
            // Agencies' own grades are mentioned only where an agency's return holds them.
            let ownGrades = !ownOverall().isEmpty
            blocks.append(.paragraph(ReportText(
                "Grading: \(template.scale.name) (\(levels.map(\.label).joined(separator: ", "))). "
                    + (ownGrades
                        ? "Agencies that sent a return graded their own practice; the room agreed one grade per domain, with a rationale."
                        : "The room agreed one grade per domain, with a rationale; no agency returned grades of its own practice.")
            )))
            involvementAndLimitations()
        }

        /// "timely-response (12 cases), delay (fewer than 5 cases)": the top three tags, with
        /// what their order says (each at least the next, and at least every tag not listed).
        mutating func topTags(_ kind: SectionKind, lead: String) {
            let all = tags(kind)
            for tag in all { book.register(Keys.tag(kind, tag.tag), tag.count) }
            // Ties are kept: every tag with as many cases as the third is listed, so none is dropped silently.
            let top = all.count > 3 ? all.filter { $0.count >= all[2].count } : all
            guard !top.isEmpty else {
                blocks.append(.paragraph(ReportText("\(lead): none tagged")))
                return
            }
            var relations = top.map { CountRelation.atLeast(cases, Keys.tag(kind, $0.tag)) }
            for (larger, smaller) in zip(top, top.dropFirst()) { relations.append(.atLeast(Keys.tag(kind, larger.tag), Keys.tag(kind, smaller.tag))) }
            // A tag not listed was given in fewer cases than the last listed: a reader who knows ties are kept knows that.
            for rest in all.dropFirst(top.count) {
                relations.append(CountRelation(.atLeast, left: [Keys.tag(kind, top[top.count - 1].tag)], right: [Keys.tag(kind, rest.tag)], constant: 1))
            }
            let listed = top.map { tag -> ReportText in "\(Self.words(tag.tag)) (\(book.count(Keys.tag(kind, tag.tag), tag.count, .noun("case", "cases"))))" }
            blocks.append(.paragraph(ReportParagraph(
                "\(lead): " + ReportText.joined(listed, separator: ", "), relations: relations,
                ifWithheld: [.paragraph(ReportText("\(lead), most often tagged first: \(top.map { Self.words($0.tag) }.joined(separator: ", ")) (how many cases is not shown: with so few cases, it would let a hidden count be worked out)."))]
            )))
        }

        /// The keys and relation of one audit's agreed grades for a domain, registered.
        mutating func agreedGrades(_ domain: String, previous: Bool) -> (levels: [CountKey], notAgreed: CountKey?, relation: CountRelation) {
            let countKey = domain + (previous ? "/previous" : "")
            let counts = gradeCounts[countKey] ?? report.gradeCounts(domain, days: previous ? report.inputs.previous : days)
            gradeCounts[countKey] = counts
            let keys = levels.map { Keys.agreed(domain, $0.id, previous: previous) }
            for (key, count) in zip(keys, counts.levels) { book.register(key, count) }
            let notAgreed = Keys.agreed(domain, "not-agreed", previous: previous)
            book.register(notAgreed, counts.notAgreed)
            let total = previous ? Keys.previousCases : cases
            book.register(total, previous ? previousCaseCount : audits.count)
            let shown = counts.notAgreed > 0 ? notAgreed : nil
            return (keys, shown, .sum(total, of: keys + [shown].compactMap { $0 }))
        }

        mutating func executiveSummary() {
            blocks.append(.heading("1. Executive summary"))
            keyMessages()
            let now = agreedGrades("overall", previous: false)
            let words = CountWords.noun("case", "cases", zero: "none")
            var parts = zip(levels, now.levels).map { level, key -> ReportText in "\(level.label), \(book.count(key, book.value(key)!, words))" }
            if let notAgreed = now.notAgreed { parts.append("not agreed, \(book.count(notAgreed, book.value(notAgreed)!, words))") }
            blocks.append(.paragraph(ReportParagraph(
                "Overall agreed grades: " + ReportText.joined(parts, separator: "; ") + ".", relations: [now.relation],
                ifWithheld: Self.notShown("Overall agreed grades are")
            )))
        }

        mutating func previousAudit() {
            blocks.append(.heading("11. Previous audit comparison"))
            guard !report.inputs.previous.isEmpty else {
                blocks.append(.paragraph("No earlier audit of this theme is among the days read, so there is nothing to compare with yet."))
                return
            }
            let now = agreedGrades("overall", previous: false)
            let dates = report.inputs.previous.compactMap(\.day.date)
            let then = agreedGrades("overall", previous: true)
            let previousTotal = book.count(Keys.previousCases, book.value(Keys.previousCases)!, .noun("case", "cases"))
            blocks.append(.paragraph("Compared with the previous audit of this theme (\(dates.min() ?? "") to \(dates.max() ?? ""), \(previousTotal)):"))
            var rows = zip(levels, zip(then.levels, now.levels)).map { level, keys -> [ReportText] in
                [ReportText(level.label), "\(book.count(keys.0, book.value(keys.0)!))", "\(book.count(keys.1, book.value(keys.1)!))"]
            }
            if then.notAgreed != nil || now.notAgreed != nil {
                let thenKey = Keys.agreed("overall", "not-agreed", previous: true), nowKey = Keys.agreed("overall", "not-agreed")
                rows.append(["Not agreed", "\(book.count(thenKey, book.value(thenKey)!))", "\(book.count(nowKey, book.value(nowKey)!))"])
            }
            let relations = [
                then.relation, now.relation,
                CountRelation.sum(Keys.previousCases, of: then.levels + [Keys.agreed("overall", "not-agreed", previous: true)]),
                CountRelation.sum(cases, of: now.levels + [Keys.agreed("overall", "not-agreed")]),
            ]
            blocks.append(.table(ReportTable(
                header: ["Overall grade", "Then", "Now"], rows: rows, rowBasis: .categories, relations: relations,
                ifWithheld: Self.notShown("The overall grades then and now are")
            )))
            blocks.append(.chart(ReportChart(
                title: "Overall agreed grades, then and now", categories: ["Then", "Now"], levels: levels.map(\.label),
                counts: [then.levels.map { ReportCount(key: $0) }, now.levels.map { ReportCount(key: $0) }]
            )))
            reaudit()
        }

        /// A table of the cases by one profile question: every case once.
        mutating func profileTable(_ question: String, heading: String) {
            let counts = report.choiceCounts(of: question, in: audits)
            guard !counts.choices.isEmpty else { return }
            var keys: [CountKey] = []
            var rows: [[ReportText]] = []
            func row(_ label: String, _ id: String, _ count: Int) {
                let key = Keys.profile(question, id)
                keys.append(key)
                rows.append([ReportText(label), "\(book.count(key, count))"])
            }
            for choice in counts.choices { row(choice.label, choice.id, choice.count) }
            if counts.other > 0 { row("Other", "other", counts.other) }
            if counts.notRecorded > 0 { row("Not recorded", "not-recorded", counts.notRecorded) }
            blocks.append(.table(ReportTable(
                header: [heading, "Cases"], rows: rows, rowBasis: .categories, relations: [.sum(cases, of: keys)],
                ifWithheld: Self.notShown("The cases by \(heading.lowercased()) are")
            )))
        }

        mutating func theCases() {
            blocks.append(.subheading("Appendix A: the cases"))
            profileTable("age-band", heading: "Age band")
            profileTable("plan-type", heading: "Plan type")
            blocks.append(.paragraph(
                "A case-by-case table is not part of this paper: counting its rows would show numbers that this paper hides. The quality sub-group keeps one as a restricted annex (maca report --annex)."
            ))
        }

        /// Per agency: the cases it recorded findings in, and the themes it tagged (by name: their counts are in the summary).
        mutating func findingsByAgency(_ kind: SectionKind) {
            let findings = report.findings(kind)
            guard !findings.isEmpty else {
                blocks.append(.paragraph("None recorded."))
                return
            }
            var relations: [CountRelation] = []
            let rows = findings.map { finding -> [ReportText] in
                let key = Keys.findings(kind, finding.agency)
                relations.append(.atLeast(cases, key))
                return [ReportText(report.agencyName(finding.agency)), "\(book.count(key, finding.cases))", ReportText(finding.tags.map(Self.words).joined(separator: ", "))]
            }
            blocks.append(.table(ReportTable(
                header: ["Agency", "Cases with findings", "Themes tagged"], rows: rows, rowBasis: .nonZero, relations: relations,
                ifWithheld: Self.notShown("Each agency's number of cases with findings is")
            )))
        }

        mutating func workedWell() {
            blocks.append(.heading("4. What worked well"))
            topTags(.workedWell, lead: "Most often tagged")
            findingsByAgency(.workedWell)
            quotations(template.section(.workedWell)?.questions.filter { $0.type == .longText || $0.type == .shortText }.map(\.id) ?? [], lead: "Examples to share")
        }

        mutating func improvement() {
            blocks.append(.heading("5. Areas for improvement"))
            topTags(.areasForImprovement, lead: "Most often tagged")
            findingsByAgency(.areasForImprovement)
            quotations(template.section(.areasForImprovement)?.questions.filter { $0.type == .longText || $0.type == .shortText }.map(\.id) ?? [], lead: "In the auditors' words")
        }

        mutating func voiceOfTheChild() {
            blocks.append(.heading("6. The voice of the child"))
            let questions = template.section(.voiceOfTheChild)?.questions.filter { $0.type == .yesPartlyNo } ?? []
            var relations: [CountRelation] = []
            let rows = questions.map { question -> [ReportText] in
                var counts = [YesPartlyNo.yes: 0, .partly: 0, .no: 0]
                var missing = 0
                for audit in audits {
                    if case let .yesPartlyNo(answer, _)? = audit.answer(question.id) { counts[answer, default: 0] += 1 } else { missing += 1 }
                }
                let cells = [("yes", counts[.yes]!), ("partly", counts[.partly]!), ("no", counts[.no]!), ("not-recorded", missing)]
                let keys = cells.map { Keys.voice(question.id, $0.0) }
                relations.append(.sum(cases, of: keys))
                return [ReportText(question.prompt)] + zip(keys, cells).map { key, cell in "\(book.count(key, cell.1))" }
            }
            if !rows.isEmpty {
                blocks.append(.table(ReportTable(
                    header: ["Question", "Yes", "Partly", "No", "Not recorded"], rows: rows, rowBasis: .categories, relations: relations,
                    ifWithheld: Self.notShown("The answers on the voice of the child are")
                )))
            }

            let voiceText = template.section(.voiceOfTheChild)?.questions.filter { $0.type == .longText || $0.type == .shortText }.map(\.id) ?? []
            quotations(voiceText, lead: "How the child's voice was heard")
            blocks.append(.subheading("The child's lived experience"))
            let lived = template.section(.livedExperience)?.questions.first.map { [$0.id] } ?? []
            if !quotations(lived, lead: "Life for the child, in the auditors' words") {
                blocks.append(.paragraph("Each case's answer is in the restricted annex: with so few cases, none is quoted here."))
            }
        }

        mutating func grades() {
            blocks += [.heading("7. Grades"), .subheading("Agreed grades per domain")]
            let domains = template.section(.gradedDomains)?.questions ?? []
            let grades = domains.map { agreedGrades($0.id, previous: false) }
            let withNotAgreed = grades.contains { $0.notAgreed != nil }
            _ = withNotAgreed
            // The "not agreed" column is always there: a room that agreed every grade says so with its zeros.
            let rows = zip(domains, grades).map { domain, grade -> [ReportText] in
                let key = Keys.agreed(domain.id, "not-agreed")
                return [ReportText(domain.prompt)] + grade.levels.map { "\(book.count($0, book.value($0)!))" } + ["\(book.count(key, book.value(key)!))"]
            }
            blocks.append(.table(ReportTable(
                header: ["Domain"] + levels.map(\.label) + ["Not agreed"], rows: rows, rowBasis: .categories,
                relations: zip(domains, grades).map { domain, grade in
                    .sum(cases, of: grade.levels + [Keys.agreed(domain.id, "not-agreed")])
                },
                ifWithheld: Self.notShown("The agreed grades per domain are")
            )))
            blocks.append(.chart(ReportChart(
                title: "Agreed grades per domain", categories: domains.map { DaySummary.shortName($0) }, levels: levels.map(\.label),
                counts: grades.map { $0.levels.map { ReportCount(key: $0) } }
            )))

            let own = ownOverall()
            sideBySide(own)
            if !own.isEmpty {
                var relations: [CountRelation] = []
                let rows = own.map { agency, counts -> [ReportText] in
                    let keys = levels.map { Keys.agencyGrade(agency, "overall", $0.id) }
                    relations.append(.atLeast(cases, sumOf: keys))
                    return [ReportText(report.agencyName(agency))] + zip(keys, counts).map { "\(book.count($0, $1))" }
                }
                blocks.append(.subheading("Agencies' own overall grades"))
                blocks.append(.table(ReportTable(
                    header: ["Agency"] + levels.map(\.label), rows: rows, rowBasis: .nonZero, relations: relations,
                    ifWithheld: Self.notShown("The agencies' own overall grades are")
                )))
                blocks.append(.chart(ReportChart(
                    title: "Agencies' own overall grades", categories: own.map { report.agencyName($0.agency) }, levels: levels.map(\.label),
                    counts: own.map { agency, _ in levels.map { ReportCount(key: Keys.agencyGrade(agency, "overall", $0.id)) } }
                )))
            }

            let involved = report.agreedByAgencyInvolved("overall")
            if !involved.isEmpty {
                var relations: [CountRelation] = []
                let rows = involved.map { agency, counts -> [ReportText] in
                    let keys = levels.map { Keys.involved(agency, "overall", $0.id) }
                    relations.append(.atLeast(cases, sumOf: keys))
                    for (key, level) in zip(keys, levels) { relations.append(.atLeast(Keys.agreed("overall", level.id), key)) }
                    return [ReportText(report.agencyName(agency))] + zip(keys, counts).map { "\(book.count($0, $1))" }
                }
                blocks.append(.subheading("Agreed overall grade of the cases each agency was involved in"))
                blocks.append(.table(ReportTable(
                    header: ["Agency"] + levels.map(\.label), rows: rows, rowBasis: .nonZero, relations: relations,
                    ifWithheld: Self.notShown("The agreed overall grades by agency are")
                )))
            }
        }

        mutating func actionPlan() {
            blocks.append(.subheading("Appendix B: the case action points"))
            blocks.append(.table(ReportTable(
                header: ["Action", "Owner agency", "Lead role", "Due", "Measure of success", "Status"],
                rows: actionPoints().map { row in
                    ["\(row.id): \(row.action)", ReportText(row.agency), ReportText(row.leadRole), ReportText(row.due), ReportText(row.measure), ReportText(row.status)]
                },
                rowBasis: .items
            )))
        }

        mutating func concerns() {
            let concerns = audits.flatMap(\.concerns)
            blocks.append(.heading("10. Immediate concerns"))
            let unacknowledged = concerns.filter { $0.acknowledgement == nil }.count
            guard !concerns.isEmpty else {
                blocks.append(.paragraph(ReportParagraph("No immediate concerns were raised during the audit.")))
                return
            }
            let raised = book.count(Keys.concerns, concerns.count, CountWords.noun("immediate concern", "immediate concerns", verb: ("was", "were")).sentenceStart)
            let details = " Details are held by the agencies, not in this report."
            // Zeros are always shown, so "all" may stand for none waiting.
            if unacknowledged == 0 {
                blocks.append(.paragraph(ReportParagraph(
                    "\(raised) raised during the audit and referred to the agency concerned at the time; every one has been acknowledged.\(details)",
                    ifWithheld: [.paragraph("Immediate concerns were raised during the audit and referred to the agency concerned at the time; every one has been acknowledged.\(details)")]
                )))
            } else {
                let waiting = book.count(Keys.unacknowledged, unacknowledged, .noun("", "", verb: ("is", "are")))
                blocks.append(.paragraph(ReportParagraph(
                    "\(raised) raised during the audit and referred to the agency concerned at the time; of these, \(waiting) still awaiting acknowledgement.\(details)",
                    relations: [.atLeast(Keys.concerns, Keys.unacknowledged)],
                    ifWithheld: [.paragraph("Immediate concerns were raised during the audit and referred to the agency concerned at the time; some are still awaiting acknowledgement.\(details)")]
                )))
            }
        }

        mutating func dissemination() {
            blocks.append(.heading("12. Learning and dissemination"))
            blocks.append(.bullets([
                "Each agency's safeguarding lead shares the findings with the teams and managers of the cases, and reports back to the quality sub-group.",
                "A one-page learning briefing for practitioners goes out through the partnership's learning and development programme.",
                "The agencies follow up their case action points; the owners of the partnership recommendations report their progress to the board.",
            ]))
            if let last = days.compactMap(\.day.date).max() {
                let due = CalendarDate.adding(months: template.reauditMonths, to: last)
                // A date already past on the day the paper is written says so.
                blocks.append(.paragraph(ReportText(
                    due < report.produced
                        ? "Re-audit: this theme was due to be audited again by \(due) (\(String(template.reauditMonths)) months after the last audit day), and that date has passed."
                        : "Re-audit: this theme should be audited again by \(due) (\(String(template.reauditMonths)) months after the last audit day), to see whether practice has changed."
                )))
            }
        }

        /// The previous audit's actions and areas for improvement against now.
        mutating func reaudit() {
            blocks.append(.subheading("Re-audit: the previous audit's actions"))
            let previousActions = report.inputs.previous.flatMap { day in day.day.cases.flatMap(\.actions) }
            if previousActions.isEmpty {
                blocks.append(.paragraph("The previous audit agreed no action points."))
            } else {
                blocks.append(.table(ReportTable(
                    header: ["Action", "Due", "Status", "Evidence of change"],
                    rows: previousActions.map { action in
                        var due = ""
                        if case let .date(date)? = action.fields["due-date"] { due = date }
                        let progress = report.actionProgress[action.id]
                        return [ReportText("\(action.id): \(action.fields["action"]?.summary ?? "")"), ReportText(due),
                                ReportText((progress?.status ?? .notStarted).rawValue.replacingOccurrences(of: "-", with: " ")), ReportText(progress?.evidence ?? "")]
                    },
                    rowBasis: .items
                )))
            }
            blocks.append(.subheading("Re-audit: areas for improvement then and now"))
            let kind = SectionKind.areasForImprovement
            let then = tags(kind, previous: true)
            let now = Dictionary(tags(kind).map { ($0.tag, $0.count) }, uniquingKeysWith: +)
            guard !then.isEmpty else {
                blocks.append(.paragraph("The previous audit tagged no areas for improvement."))
                return
            }
            var relations: [CountRelation] = []
            let previousCount = previousCaseCount
            let rows = then.sorted { $0.tag < $1.tag }.map { tag, count -> [ReportText] in
                let previousKey = Keys.tag(kind, tag, previous: true), nowKey = Keys.tag(kind, tag)
                book.register(Keys.previousCases, previousCount)
                relations += [.atLeast(Keys.previousCases, previousKey), .atLeast(cases, nowKey)]
                let current = now[tag] ?? 0
                // The finding compares the two counts, and says so; the comparison is a fact a reader learns, so it is declared.
                let finding: String
                if current == 0 {
                    finding = "not tagged now"
                    relations.append(CountRelation(.equal, left: [nowKey], right: []))
                } else if current < count {
                    finding = "tagged in fewer cases"
                    relations.append(CountRelation(.atLeast, left: [previousKey], right: [nowKey], constant: 1))
                } else {
                    finding = "still needing development: tagged in as many cases or more"
                    relations.append(.atLeast(nowKey, previousKey))
                }
                return [ReportText(tag), "\(book.count(previousKey, count))", "\(book.count(nowKey, current))", ReportText(finding)]
            }
            blocks.append(.table(ReportTable(
                header: ["Area for improvement", "Then", "Now", "Finding"], rows: rows, rowBasis: .nonZero, relations: relations,
                ifWithheld: Self.notShown("The areas for improvement then and now are")
            )))
        }

        mutating func appendices() {
            blocks.append(.heading("Appendices"))
            theCases()
            actionPlan()
            dataQuality()
        }

        mutating func dataQuality() {
            // Folder names only: where the sessions folder lives is not the board's business.
            let name = { (path: String) in (path as NSString).lastPathComponent }
            let versions = Set(days.map { "\($0.template.id) version \($0.template.version)" }).sorted()
            // A day reopened after its close, and the returns that came in late because of it.
            let reopened = days.enumerated().filter { !$0.element.day.reopenings.isEmpty }.map { index, day in
                let late = day.day.lateReturns
                return "Day \(index + 1), \(late) late return\(late == 1 ? "" : "s")"
            }
            // What verifying the days proved: every report's days pass verify; the signatures say more.
            let checked = days.filter { $0.signatures.isChecked }.count
            let unchecked = days.filter { $0.signatures == .unchecked }.count
            let integrity = "Record integrity: every day's journals verified (hash chains, and seals of closed days); "
                + (checked == days.count ? "all \(days.count) signed with the partnership's key, and every signature checked"
                    : [checked > 0 ? "\(checked) signed with the partnership's key and checked" : nil,
                       unchecked > 0 ? "\(unchecked) signed, but NOT checked (the key was not on the machine that wrote this report)" : nil,
                       days.count - checked - unchecked > 0
                        ? "\(days.count - checked - unchecked) not signed (opened before the partnership's key existed, or without it)" : nil]
                        .compactMap { $0 }.joined(separator: "; "))
            let smallNumbers: ReportText = threshold > 1
                ? ReportText(spans: [
                    .text("Small numbers: a count of cases (or of concerns) from 1 to \(threshold - 1) reads <\(threshold) (\"fewer than \(threshold)\" in a sentence); "),
                    .mark("[c]"),
                    .text(" is a count of \(threshold) or more hidden so that a smaller one cannot be worked out; zeros are shown; a count reads the same everywhere. Counts of days and action points are not hidden (maca's Documentation/SmallNumbers.md)."),
                ])
                : "Small numbers: not hidden in this report (--suppress-below 1); it must not leave the quality sub-group."
            blocks += [.subheading("Appendix C: data quality"), .bullets([
                ReportText(integrity),
                ReportText("Template versions combined: \(versions.joined(separator: ", ")) (answers are merged by question id)"),
                ReportText("Days left out: " + (report.inputs.leftOut.isEmpty ? "none" : report.inputs.leftOut.map { "\(name($0.folder)) (\($0.reason))" }.joined(separator: "; "))),
                ReportText("Days reopened after closing: " + (reopened.isEmpty ? "none" : reopened.joined(separator: "; "))),
                smallNumbers,
            ])]
            missingAnswers()
        }

        /// Required answers missing, per question: what else the report prints of the same cases is declared.
        mutating func missingAnswers() {
            let missing = BoardPaper.missingAnswers(report)
            guard !missing.isEmpty else {
                blocks.append(.paragraph("Required answers missing: none."))
                return
            }
            let domains = Set((template.section(.gradedDomains)?.questions ?? []).map(\.id))
            var relations: [CountRelation] = []
            let parts = missing.map { question, count, perAgency -> ReportText in
                let key = Keys.missing(question)
                book.register(key, count)
                // The same cases under another name: "not agreed", "not recorded".
                var alias: CountKey?
                if domains.contains(question) {
                    alias = Keys.agreed(question, "not-agreed")
                } else if template.question(question)?.type == .yesPartlyNo {
                    alias = answerKey(question, "not-recorded")
                } else if template.question(question)?.type == .choice, template.question(question)?.choices.isEmpty == false {
                    alias = Keys.profile(question, "not-recorded")
                }
                if let alias, let other = book.value(alias) {
                    relations.append(other == count ? .sum(alias, of: [key]) : .atLeast(alias, key))
                } else if !perAgency {
                    relations.append(.atLeast(cases, key))
                }
                return "\(question) (\(book.count(key, count, .number)))"
            }
            blocks.append(.paragraph(ReportParagraph(
                "Required answers missing: " + ReportText.joined(parts, separator: ", ") + ".", relations: relations,
                ifWithheld: [.paragraph(ReportText("Required answers missing: \(missing.map(\.question).joined(separator: ", ")) (how many is not shown: with so few cases, it would let a hidden count be worked out)."))]
            )))
        }
    }

    /// The first sentence of a free-text answer, at most 160 characters.
    static func extract(_ text: String) -> String {
        let flat = flattened(text)
        let sentence = flat.split(separator: ".", maxSplits: 1).first.map { String($0) + "." } ?? flat
        return atLeast(161, sentence) ? String(sentence.prefix(157)) + "…" : sentence
    }

    /// `text.replacingNewlines()`, without splitting a text that has no
    /// line break: that is the text with its spaces trimmed, and most
    /// answers need no trimming (issue 18: every answer a paper might quote
    /// is flattened).
    static func flattened(_ text: String) -> String {
        // A line break (what Character.isNewline is) is always a character of its own, so its scalars say.
        let breaks = text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0A ... 0x0D, 0x85, 0x2028, 0x2029: true
            default: false
            }
        }
        return breaks ? text.replacingNewlines() : trimmed(text, .whitespaces)
    }

    /// `text.trimmingCharacters(in: set)`, without copying a text that
    /// neither starts nor ends with a character of the set.
    static func trimmed(_ text: String, _ set: CharacterSet) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              set.contains(first) || set.contains(last) else { return text }
        return text.trimmingCharacters(in: set)
    }

    /// Whether a text has at least `count` characters, counting no further.
    static func atLeast(_ count: Int, _ text: String) -> Bool {
        text.utf8.count >= count && text.index(text.startIndex, offsetBy: count, limitedBy: text.endIndex) != nil
    }

    /// Whether an answer is long enough to quote: 12 characters or more, trimmed.
    static func quotable(_ text: String) -> Bool {
        atLeast(12, trimmed(text, .whitespacesAndNewlines))
    }

    /// How many required answers to one question are missing, and whether it is asked of each agency.
    struct Missing: Sendable {
        var count = 0
        var perAgency = false
    }

    /// Required answers missing per question id, and whether the question is asked of each agency.
    static func missingAnswers(_ report: ThemeReport) -> [(question: String, count: Int, perAgency: Bool)] {
        // Each day's cases on whichever core is free; the days' counts added up after (issue 18).
        let perDay = report.inputs.days.parallelMap { day -> [String: Missing] in
            var counts: [String: Missing] = [:]
            let plan = DayPlan(template: day.template, day: day.day)
            for audit in day.day.cases {
                for step in plan.missingRequired(audit) {
                    switch step {
                    case let .question(_, section, question, agency):
                        let id = day.template.sections[section].questions[question].id
                        counts[id, default: Missing()].count += 1
                        if agency != nil { counts[id]!.perAgency = true }
                    case let .grade(_, question):
                        counts[plan.gradeQuestion(question)?.id ?? "?", default: Missing()].count += 1
                    default: break
                    }
                }
            }
            return counts
        }
        var counts: [String: Missing] = [:]
        for day in perDay {
            for (id, missing) in day {
                counts[id, default: Missing()].count += missing.count
                if missing.perAgency { counts[id]!.perAgency = true }
            }
        }
        return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value.count, $0.value.perAgency) }
    }
}

extension Array where Element: Sendable {
    /// `transform` of every element with its index, on every core, a few
    /// dozen elements at a time (``parallelMap(_:)``), in the elements' order.
    func parallelChunks<Result: Sendable>(_ transform: @Sendable (Int, Element) -> Result) -> [Result] {
        let size = 32
        let starts = Array<Int>(stride(from: 0, to: count, by: size))
        let elements = self
        return starts.parallelMap { start in
            (start ..< Swift.min(start + size, elements.count)).map { transform($0, elements[$0]) }
        }.flatMap { $0 }
    }
}
