import Crypto
import Foundation

/// The board paper's findings: key messages, one section per line of
/// enquiry, quotations from the auditors' answers, and the grades side by
/// side. Every count is registered in the paper's book and every fact a
/// sentence states about counts is declared, as in ``BoardPaper``.
private typealias Keys = BoardPaper.Keys

extension BoardPaper.Builder {
    /// The levels counted as "good or better": the better half of the scale.
    var goodLevels: [GradeLevel] { Array(levels.prefix(max(1, levels.count / 2))) }

    /// "Good or better", after the last of ``goodLevels``.
    var goodOrBetter: String { "\(goodLevels.last?.label ?? "Good") or better" }

    /// The key of a yes/partly/no answer's count: the voice of the child's
    /// questions keep the key their own table prints them under, so the same
    /// count is one key wherever it is printed.
    func answerKey(_ question: String, _ answer: String) -> CountKey {
        voiceQuestions.contains(question) ? Keys.voice(question, answer) : Keys.answer(question, answer)
    }

    /// Registers a yes/partly/no question's counts over the cases: yes, partly, no, not recorded.
    mutating func yesPartlyNo(_ question: String) -> [(answer: String, key: CountKey, count: Int)] {
        var counts = ["yes": 0, "partly": 0, "no": 0]
        var missing = 0
        for audit in audits {
            if case let .yesPartlyNo(answer, _)? = audit.answer(question) { counts[answer.rawValue, default: 0] += 1 } else { missing += 1 }
        }
        return [("yes", counts["yes"]!), ("partly", counts["partly"]!), ("no", counts["no"]!), ("not recorded", missing)].map { answer, count in
            let key = answerKey(question, answer == "not recorded" ? "not-recorded" : answer)
            book.register(key, count)
            return (answer, key, count)
        }
    }

    /// Every level of the scale's counts for a domain, in scale order, each
    /// as a share of the cases, and the cases not agreed when there are
    /// some: "outstanding in 0; good in 5 of 24 (21%); requires improvement
    /// in 12 of 24 (50%); inadequate in 7 of 24 (29%)". Naming only the
    /// better levels would read as saying nothing bad on a day graded
    /// mostly below them (issue 16). Printed level by level, never as one
    /// sum: a sum the grade tables do not print would be a new fact to work
    /// a hidden count out from. `keys` are the better half's, for scoring.
    mutating func everyGrade(_ domain: String, previous: Bool = false) -> (text: ReportText, keys: [CountKey], relation: CountRelation) {
        let grades = agreedGrades(domain, previous: previous)
        let total = previous ? Keys.previousCases : cases
        let whole = book.count(total, book.value(total)!, .number)
        var parts = zip(levels, grades.levels).map { level, key -> ReportText in
            "\(level.label.lowercased()) in \(book.count(key, book.value(key)!, CountWords(zero: "0")), of: whole)"
        }
        if let notAgreed = grades.notAgreed {
            parts.append("not agreed in \(book.count(notAgreed, book.value(notAgreed)!, CountWords(zero: "0")), of: whole)")
        }
        return (ReportText.joined(parts, separator: "; "), Array(grades.levels.prefix(goodLevels.count)), grades.relation)
    }

    // MARK: Key messages

    /// Three to six messages from the data: the strongest and weakest line
    /// of enquiry, what was tagged most, change since the previous audit,
    /// open concerns, overdue actions and the partnership's recommendations.
    mutating func keyMessages() {
        var items: [ReportText] = []
        var plain: [ReportText] = []
        var relations: [CountRelation] = []
        func add(_ item: ReportText, plainly: ReportText? = nil) {
            items.append(item)
            plain.append(plainly ?? item)
        }

        // Which line is strongest compares shares of counts the paper may hide: said only where there are enough cases.
        let scored = audits.count >= examplesFrom ? enquiryScores() : []
        if scored.count >= 2, let high = scored.map(\.score).max(), let low = scored.map(\.score).min(), high > low {
            // Ties kept: every line with the highest (or lowest) share is named.
            let best = scored.filter { $0.score == high }.map(\.text), worst = scored.filter { $0.score == low }.map(\.text)
            add(ReportText(
                "Strongest line\(best.count == 1 ? "" : "s") of enquiry: \(best.joined(separator: " ")) Weakest: \(worst.joined(separator: " ")) "
                    + "(by the share of yes answers and of grades \(goodOrBetter.lowercased()) among the questions that evidence each; section 3)."
            ))
        }

        let strengths = mostTagged(.workedWell), gaps = mostTagged(.areasForImprovement)
        if !strengths.tags.isEmpty || !gaps.tags.isEmpty {
            relations += strengths.relations + gaps.relations
            add(ReportText(
                "Tagged most often as working well: \(strengths.tags.isEmpty ? "nothing tagged" : strengths.tags.map(Self.words).joined(separator: ", ")); "
                    + "as needing improvement: \(gaps.tags.isEmpty ? "nothing tagged" : gaps.tags.map(Self.words).joined(separator: ", "))."
            ))
        }

        book.register(cases, audits.count)
        let now = everyGrade("overall")
        relations.append(now.relation)
        if report.inputs.previous.isEmpty {
            add(
                "Overall agreed grade: " + now.text + ". No earlier audit of this theme is among the days read.",
                plainly: "No earlier audit of this theme is among the days read."
            )
        } else {
            book.register(Keys.previousCases, previousCaseCount)
            let then = everyGrade("overall", previous: true)
            relations.append(then.relation)
            add(
                "Overall agreed grade now: " + now.text + "; at the previous audit: " + then.text + " (section 11).",
                plainly: "The overall grades now and at the previous audit are compared in section 11."
            )
        }

        let concerns = audits.flatMap(\.concerns)
        let waiting = concerns.filter { $0.acknowledgement == nil }.count
        if concerns.isEmpty {
            add("No immediate concerns were raised during the audit.")
        } else if waiting == 0 {
            add(
                "\(book.count(Keys.concerns, concerns.count, CountWords.noun("immediate concern", "immediate concerns", verb: ("was", "were")).sentenceStart)) raised, and every one has been acknowledged by the agency concerned.",
                plainly: "Immediate concerns were raised during the audit, and every one has been acknowledged by the agency concerned."
            )
        } else {
            relations.append(.atLeast(Keys.concerns, Keys.unacknowledged))
            add(
                "\(book.count(Keys.concerns, concerns.count, CountWords.noun("immediate concern", "immediate concerns", verb: ("was", "were")).sentenceStart)) raised; \(book.count(Keys.unacknowledged, waiting, .noun("", "", verb: ("is", "are")))) still awaiting acknowledgement (section 10).",
                plainly: "Some immediate concerns raised during the audit are still awaiting acknowledgement (section 10)."
            )
        }

        let actions = actionPoints()
        let overdue = actions.filter { $0.isOverdue(today: report.produced) }.count
        add(ReportText(
            actions.isEmpty
                ? "No case action points were agreed."
                : "\(actions.count) case action point\(actions.count == 1 ? " was" : "s were") agreed; \(overdue == 0 ? "none is" : "\(String(overdue)) \(overdue == 1 ? "is" : "are")") overdue (section 9)."
        ))

        let recommendations = report.recommendations
        if recommendations.isEmpty {
            add("No partnership recommendations have been made for this theme yet.")
        } else {
            let byStatus = RAGStatus.allCases.map { status in (status, recommendations.filter { $0.status == status }.count) }.filter { $0.1 > 0 }
            let late = recommendations.filter { $0.isOverdue(today: report.produced) }.count
            add(ReportText(
                "\(recommendations.count) partnership recommendation\(recommendations.count == 1 ? "" : "s") (section 8): "
                    + byStatus.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
                    + (late == 0 ? "" : "; \(late) overdue") + "."
            ))
        }

        blocks.append(.subheading("Key messages"))
        blocks.append(.bullets(ReportList(items, rows: .items, relations: relations, ifWithheld: [.bullets(ReportList(plain, rows: .items))])))
    }

    /// The tags given in the most cases (ties kept), and what saying so tells a reader.
    mutating func mostTagged(_ kind: SectionKind) -> (tags: [String], relations: [CountRelation]) {
        let all = tags(kind)
        guard let most = all.first?.count else { return ([], []) }
        for tag in all { book.register(Keys.tag(kind, tag.tag), tag.count) }
        let top = all.filter { $0.count == most }
        var relations: [CountRelation] = []
        for (first, other) in zip(top, top.dropFirst()) {
            relations += [.atLeast(Keys.tag(kind, first.tag), Keys.tag(kind, other.tag)), .atLeast(Keys.tag(kind, other.tag), Keys.tag(kind, first.tag))]
        }
        for rest in all.dropFirst(top.count) {
            relations.append(CountRelation(.atLeast, left: [Keys.tag(kind, top[0].tag)], right: [Keys.tag(kind, rest.tag)], constant: 1))
        }
        return (top.map(\.tag), relations)
    }

    /// Each line of enquiry with an id, its text, and the share of its
    /// yes/partly/no answers that were yes and of its agreed grades that were
    /// good or better; only lines with at least one such answer.
    func enquiryScores() -> [(text: String, score: Double)] {
        template.enquiries.compactMap { enquiry -> (String, Double)? in
            guard let id = enquiry.id else { return nil }
            var positive = 0, answered = 0
            let good = Set(goodLevels.map(\.id))
            for question in template.questions(evidencing: id) {
                for audit in audits {
                    switch question.type {
                    case .yesPartlyNo:
                        if case let .yesPartlyNo(answer, _)? = audit.answer(question.id) {
                            answered += 1
                            if answer == .yes { positive += 1 }
                        }
                    case .grade:
                        if let level = audit.agreedGrades[question.id]?.level {
                            answered += 1
                            if good.contains(level) { positive += 1 }
                        }
                    default: break
                    }
                }
            }
            return answered > 0 ? (enquiry.text, Double(positive) / Double(answered)) : nil
        }
    }

    // MARK: Findings by line of enquiry

    mutating func linesOfEnquiry() {
        blocks.append(.heading("3. Findings by line of enquiry"))
        let mapped = template.enquiries.filter { $0.id != nil }
        if mapped.isEmpty {
            blocks.append(.paragraph("This template's lines of enquiry have no ids, so no question names the line it evidences: the findings are below, not mapped to a line of enquiry."))
        }
        for (index, enquiry) in mapped.enumerated() {
            blocks.append(.subheading("3.\(index + 1) \(enquiry.text)"))
            let questions = template.questions(evidencing: enquiry.id!)
            evidence(questions, empty: "No question of the template evidences this line of enquiry.")
        }
        let voice = Set((template.section(.voiceOfTheChild)?.questions ?? []).map(\.id))
        let profile = Set((template.section(.caseProfile)?.questions ?? []).map(\.id))
        let unmapped = template.sections.filter { ![.gradedDomains, .actionPoints, .immediateConcerns, .agencyReturn, .workedWell, .areasForImprovement].contains($0.kind) }
            .flatMap(\.questions)
            .filter { $0.evidences.isEmpty && !voice.contains($0.id) && !profile.contains($0.id) && ($0.type == .yesPartlyNo || $0.type == .choice) }
        if !unmapped.isEmpty {
            blocks.append(.subheading("Not mapped to a line of enquiry"))
            evidence(unmapped, empty: "")
        }
    }

    /// The evidence of some questions: counts as "n of N (p%)", the
    /// strongest and weakest, then quotations.
    mutating func evidence(_ questions: [Question], empty: String) {
        let total = book.count(cases, audits.count, .number)
        var items: [ReportText] = []
        var relations: [CountRelation] = []
        // Each measure: the key of its positive count, and its words.
        var measures: [(keys: [CountKey], name: String)] = []
        for question in questions {
            switch question.type {
            case .yesPartlyNo:
                let counts = yesPartlyNo(question.id)
                relations.append(.sum(cases, of: counts.map(\.key)))
                let parts = counts.filter { $0.count > 0 || $0.answer != "not recorded" }.map { answer, key, count -> ReportText in
                    "\(answer) in \(book.count(key, count, CountWords(zero: "0")), of: total)"
                }
                items.append("\(question.prompt) " + ReportText.joined(parts, separator: "; ") + ".")
                measures.append(([counts[0].key], question.prompt))
            case .grade:
                let better = everyGrade(question.id)
                relations.append(better.relation)
                items.append("Agreed grade, \(Self.words(DaySummary.shortName(question)).lowercased()): " + better.text + ".")
                measures.append((better.keys, "the agreed grade for \(Self.words(DaySummary.shortName(question)).lowercased())"))
            case .choice where !question.choices.isEmpty:
                let counts = report.choiceCounts(of: question.id, in: audits)
                var keys: [CountKey] = []
                var parts: [ReportText] = []
                // Every choice is printed, zeros too, so which are printed says nothing; "other" and
                // "not recorded" only when there are some, as the profile tables print them.
                func part(_ label: String, _ id: String, _ count: Int) {
                    let key = Keys.profile(question.id, id)
                    book.register(key, count)
                    keys.append(key)
                    parts.append("\(label.lowercased()) in \(book.count(key, count, CountWords(zero: "0")), of: total)")
                }
                for choice in counts.choices { part(choice.label, choice.id, choice.count) }
                if counts.other > 0 { part("Other", "other", counts.other) }
                if counts.notRecorded > 0 { part("Not recorded", "not-recorded", counts.notRecorded) }
                relations.append(.sum(cases, of: keys))
                items.append("\(question.prompt) " + ReportText.joined(parts, separator: "; ") + ".")
            default:
                break
            }
        }
        if items.isEmpty {
            if !empty.isEmpty { blocks.append(.paragraph(ReportText(empty))) }
        } else {
            blocks.append(.bullets(ReportList(
                items, rows: .items, relations: relations,
                ifWithheld: Self.notShown("How many cases gave each answer is")
            )))
        }
        // The strongest and weakest evidence: a comparison of counts of the same cases, declared.
        let values = measures.map { $0.keys.reduce(0) { $0 + book.value($1)! } }
        if measures.count >= 2, let high = values.max(), let low = values.min(), high > low {
            let best = measures.indices.filter { values[$0] == high }, worst = measures.indices.filter { values[$0] == low }
            var order: [CountRelation] = []
            for index in measures.indices {
                order.append(CountRelation(.atLeast, left: measures[best[0]].keys, right: measures[index].keys))
                order.append(CountRelation(.atLeast, left: measures[index].keys, right: measures[worst[0]].keys))
            }
            order.append(CountRelation(.atLeast, left: measures[best[0]].keys, right: measures[worst[0]].keys, constant: 1))
            let names = { (indices: [Int]) in indices.map { "\u{201C}\(measures[$0].name)\u{201D}" }.joined(separator: " and ") }
            blocks.append(.paragraph(ReportParagraph(
                ReportText("Strongest: \(names(best)). Weakest: \(names(worst)) (cases answering yes, or graded \(goodOrBetter.lowercased()))."),
                relations: order,
                ifWithheld: [.paragraph("Which question shows the strongest and the weakest practice is not said: with so few cases, it would let a hidden count be worked out.")]
            )))
        }
        let texts = questions.filter { [.longText, .shortText, .yesPartlyNo, .grade].contains($0.type) }.map(\.id)
        quotations(texts, lead: "In the auditors' words", most: 2)
    }

    // MARK: Quotations

    /// Two to four short quotations from the answers to some questions
    /// (a yes/partly/no answer's evidence and an agreed grade's rationale
    /// count): those starred in the room first, then the longest distinct.
    /// Never attributed to a case; attributed to an agency only where that
    /// agency answered in at least as many cases as the threshold; shown
    /// only where enough cases answered that their number says nothing.
    /// Every answer has been through the identifier guard before the report
    /// is built (refused, or replaced with --redact).
    @discardableResult
    mutating func quotations(_ questions: [String], lead: String, most: Int = 3, annex: Bool = true) -> Bool {
        let wanted = Set(questions)
        guard !wanted.isEmpty else { return false }
        let (casesAnswering, casesByAgency, chosen) = quotationPool(wanted, most: most)
        guard casesAnswering >= examplesFrom else { return false }
        quoted.formUnion(chosen.map(\.lowered))
        guard !chosen.isEmpty else { return false }
        blocks.append(.paragraph(ReportParagraph(
            annex ? "\(lead) (not attributed to a case; every case's answers are in the restricted annex):" : "\(lead) (not attributed to a case):",
            relations: [.atLeast([cases], examplesFrom)]
        )))
        for candidate in chosen {
            var source: [String] = []
            if let agency = candidate.agency, (casesByAgency[agency] ?? 0) >= max(threshold, examplesFrom) {
                source.append("An auditor from \(report.agencyName(agency))")
            }
            if candidate.starred { source.append("starred in the room") }
            blocks.append(.quote(ReportQuote(candidate.text, source: source.isEmpty ? nil : source.joined(separator: ", "))))
        }
        return true
    }

    /// What quotations of some questions are chosen from: how many cases
    /// have a candidate, and how many of them have one from each agency;
    /// and the quotations chosen (``choose(_:quoted:most:)``). The cases
    /// are read a slice at a time (`quotationSlice`), and only the best
    /// candidates so far kept (issue 18): all of them at once, each with its
    /// text twice, was the report's peak of memory.
    mutating func quotationPool(_ wanted: Set<String>, most: Int) -> (casesAnswering: Int, casesByAgency: [String: Int], chosen: [QuoteCandidate]) {
        var casesAnswering = 0
        var casesByAgency: [String: Int] = [:]
        var chooser = QuoteChooser(quoted: quoted, most: most)
        for start in stride(from: 0, to: audits.count, by: quotationSlice) {
            for (_, candidates) in candidates(wanted, in: start ..< min(start + quotationSlice, audits.count)) {
                casesAnswering += 1
                for agency in Set(candidates.compactMap(\.agency)) { casesByAgency[agency, default: 0] += 1 }
                for candidate in candidates { chooser.offer(candidate) }
            }
        }
        return (casesAnswering, casesByAgency, chooser.chosen)
    }

    /// The quotations chosen from candidates in the paper's order (cases,
    /// then answers by question and agency, then rationales): distinct, and
    /// not already quoted (`quoted`, lower-cased); starred first, in order;
    /// then answers in their own right before evidence and rationales; then
    /// the longest, then the earliest; two to four of them. Only the best
    /// are kept as the candidates go by, which chooses what sorting them
    /// all and taking the first would.
    static func choose(_ candidates: some Sequence<QuoteCandidate>, quoted: Set<String>, most: Int) -> [QuoteCandidate] {
        var chooser = QuoteChooser(quoted: quoted, most: most)
        for candidate in candidates { chooser.offer(candidate) }
        return chooser.chosen
    }

    /// The answers of some questions that could be quoted, case by case,
    /// for the cases that have any: each case's answers by question, then
    /// agency, then its agreed grades' rationales by domain; each at least
    /// 12 characters, as its first sentence. The answers are found through
    /// the index (``answersByQuestion()``) rather than by reading every
    /// answer of every case for each section quoted, and their sentences
    /// are cut on every core: together that was most of the board paper's
    /// time, on one core (issue 18).
    mutating func candidates(_ wanted: Set<String>, in range: Range<Int>? = nil) -> [(number: Int, candidates: [QuoteCandidate])] {
        let index = answersByQuestion()
        let range = range ?? audits.indices
        // The answers wanted, in the cases' order, then by question, then as the index lists a case's agencies.
        var entries: [(audit: Int, question: String, agency: String?, rank: Int, position: Int)] = []
        for (rank, question) in wanted.sorted().enumerated() {
            let list = index.byQuestion[question] ?? []
            // The list is in the cases' order: the first of the range is found by halving.
            for position in list.partitionPoint(where: { Int($0.audit) < range.lowerBound }) ..< list.count {
                let entry = list[position]
                guard Int(entry.audit) < range.upperBound else { break }
                entries.append((Int(entry.audit), question, index.agency(entry), rank, position))
            }
        }
        entries.sort { ($0.audit, $0.rank, $0.position) < ($1.audit, $1.rank, $1.position) }
        let audits = self.audits
        let answers = entries.map { (audit: $0.audit, question: $0.question, agency: $0.agency) }.parallelChunks { _, entry -> QuoteCandidate? in
            let audit = audits[entry.audit]
            let key = AnswerKey(ref: audit.ref, question: entry.question, agency: entry.agency)
            let text: String, isAnswer: Bool
            switch audit.answers[key]?.value {
            case let .text(value)?: (text, isAnswer) = (value, true)
            case let .yesPartlyNo(_, evidence)?: (text, isAnswer) = (evidence, false)
            default: return nil
            }
            guard BoardPaper.quotable(text) else { return nil }
            return QuoteCandidate(text: BoardPaper.extract(text), agency: entry.agency, starred: audit.starred.contains(key), isAnswer: isAnswer)
        }
        // Agreed grades' rationales, only where a wanted question is a domain some case has a grade for.
        let domains = wanted.intersection(index.domains).sorted()
        let rationales = domains.isEmpty ? nil : Array(audits[range]).parallelChunks { _, audit -> [QuoteCandidate] in
            domains.compactMap { domain -> QuoteCandidate? in
                guard let rationale = audit.agreedGrades[domain]?.rationale, BoardPaper.quotable(rationale) else { return nil }
                let key = AnswerKey(ref: audit.ref, question: domain, agency: nil)
                return QuoteCandidate(text: BoardPaper.extract(rationale), agency: nil, starred: audit.starred.contains(key), isAnswer: false)
            }
        }
        var found: [(number: Int, candidates: [QuoteCandidate])] = []
        var next = 0
        for auditIndex in range {
            var list: [QuoteCandidate] = []
            while next < entries.count, entries[next].audit == auditIndex {
                if let candidate = answers[next] { list.append(candidate) }
                next += 1
            }
            if let rationales { list += rationales[auditIndex - range.lowerBound] }
            if !list.isEmpty { found.append((numbers[auditIndex], list)) }
        }
        return found
    }

    /// Every case's answers by question id, read once for the whole paper
    /// (each case on whichever core is free), and the domains any case has
    /// an agreed grade for.
    mutating func answersByQuestion() -> AnswerIndex {
        if let known = answerIndex { return known }
        let audits = self.audits
        let size = 64
        let parts = Array(stride(from: 0, to: audits.count, by: size)).parallelMap { start -> AnswerIndex in
            var part = AnswerIndex()
            var agencies: [String: Int32] = [:]
            for auditIndex in start ..< min(start + size, audits.count) {
                // A case's agencies for one question in the order quotations take them: by agency, a case's own answer first.
                let keys = audits[auditIndex].answers.keys.sorted { ($0.question, $0.agency ?? "") < ($1.question, $1.agency ?? "") }
                for key in keys {
                    var agency: Int32 = -1
                    if let id = key.agency {
                        agency = agencies[id] ?? Int32(part.agencies.count)
                        if agency == part.agencies.count {
                            agencies[id] = agency
                            part.agencies.append(id)
                        }
                    }
                    part.byQuestion[key.question, default: []].append(AnswerIndex.Entry(audit: Int32(auditIndex), agency: agency))
                }
                part.domains.formUnion(audits[auditIndex].agreedGrades.keys)
            }
            return part
        }
        // The parts joined in the cases' order, each list allocated once at its size, every agency numbered once.
        var whole = AnswerIndex()
        var sizes: [String: Int] = [:]
        for part in parts { for (question, entries) in part.byQuestion { sizes[question, default: 0] += entries.count } }
        for (question, size) in sizes { whole.byQuestion[question] = Array(); whole.byQuestion[question]!.reserveCapacity(size) }
        var numbered: [String: Int32] = [:]
        for part in parts {
            let renumber = part.agencies.map { id -> Int32 in
                if let known = numbered[id] { return known }
                numbered[id] = Int32(whole.agencies.count)
                whole.agencies.append(id)
                return Int32(whole.agencies.count - 1)
            }
            for (question, entries) in part.byQuestion {
                whole.byQuestion[question]!.append(contentsOf: entries.lazy.map { AnswerIndex.Entry(audit: $0.audit, agency: $0.agency < 0 ? -1 : renumber[Int($0.agency)]) })
            }
            whole.domains.formUnion(part.domains)
        }
        answerIndex = whole
        return whole
    }

    // MARK: Grades side by side

    /// The overall grades the room agreed beside the agencies' own, level by
    /// level, with the cases the room could not agree.
    mutating func sideBySide(_ own: [(agency: String, counts: [Int])]) {
        guard !own.isEmpty else { return }
        let agreed = agreedGrades("overall", previous: false)
        var relations: [CountRelation] = [agreed.relation]
        var rows: [[ReportText]] = []
        for (index, level) in levels.enumerated() {
            let parts = own.map { Keys.agencyGrade($0.agency, "overall", level.id) }
            for (key, counts) in zip(parts, own) { book.register(key, counts.counts[index]) }
            let total = Keys.ownTotal("overall", level.id)
            let value = own.reduce(0) { $0 + $1.counts[index] }
            relations.append(.sum(total, of: parts))
            let agreedKey = agreed.levels[index]
            rows.append([ReportText(level.label), "\(book.count(agreedKey, book.value(agreedKey)!))", "\(book.count(total, value))"])
        }
        let notAgreed = Keys.agreed("overall", "not-agreed")
        relations.append(.sum(cases, of: agreed.levels + [notAgreed]))
        rows.append(["Not agreed", "\(book.count(notAgreed, book.value(notAgreed)!))", "—"])
        blocks.append(.subheading("Overall grades: agreed by the room and the agencies' own"))
        blocks.append(.table(ReportTable(
            header: ["Overall grade", "Agreed by the room (cases)", "Agencies' own (one per agency per case)"], rows: rows, rowBasis: .categories,
            relations: relations, ifWithheld: Self.notShown("The agreed and the agencies' own overall grades are")
        )))
    }

    // MARK: Recommendations and action points

    mutating func recommendations() {
        blocks.append(.heading("8. Partnership recommendations"))
        blocks.append(.paragraph("What the partnership will do as a result of this audit, apart from the case action points (section 9)."))
        let entries = report.recommendations
        guard !entries.isEmpty else {
            blocks.append(.paragraph("No partnership recommendations have been made for this theme yet. They are made with maca recommend, or with :recommend at the close of an audit day."))
            return
        }
        var byStatus: [ReportText] = []
        var keys: [ReportCount] = []
        for status in RAGStatus.allCases {
            let key = CountKey(["recommendations", status.rawValue])
            let count = book.count(key, entries.filter { $0.status == status }.count, CountWords(zero: "0"), people: false)
            keys.append(count)
            byStatus.append("\(count) \(status.rawValue)")
        }
        blocks.append(.paragraph("RAG status: " + ReportText.joined(byStatus, separator: ", ") + "."))
        blocks.append(.chart(ReportChart(
            title: "Partnership recommendations by RAG status", categories: ["Recommendations"], levels: RAGStatus.allCases.map { $0.rawValue.capitalized },
            counts: [keys.map { ReportCount(key: $0.key) }], scheme: .rag
        )))
        blocks.append(.table(ReportTable(
            header: ["Recommendation", "Owner", "Due", "Measure of success", "Resources", "RAG status"],
            rows: entries.map { entry in
                let made = entry.made
                let status = entry.status.rawValue.capitalized + (entry.isOverdue(today: report.produced) ? " (overdue)" : "")
                // The latest update's evidence, where there is one: what a "complete" rests on.
                let evidence = entry.evidence.isEmpty ? "" : " (evidence: \(entry.evidence))"
                return [ReportText("\(made.id): \(made.text)"), ReportText(made.owner), ReportText(made.due), ReportText(made.measure), ReportText(made.resources), ReportText(status + evidence)]
            },
            rowBasis: .items
        )))
    }

    mutating func actionSummary() {
        blocks.append(.heading("9. Case action points"))
        let rows = actionPoints()
        guard !rows.isEmpty else {
            blocks.append(.paragraph("No case action points were agreed."))
            return
        }
        let statuses = ActionStatus.allCases
        let overdue = rows.filter { $0.isOverdue(today: report.produced) }.count
        blocks.append(.paragraph(ReportText(
            "\(String(rows.count)) action point\(rows.count == 1 ? " was" : "s were") agreed for the cases, each owned by one agency; \(overdue == 0 ? "none is" : "\(String(overdue)) \(overdue == 1 ? "is" : "are")") overdue on \(report.produced). Each is listed in Appendix B."
        )))
        let agencies = Array(Set(rows.map { $0.agency.isEmpty ? "No agency named" : $0.agency })).sorted()
        let table = agencies.map { agency -> [ReportText] in
            let own = rows.filter { ($0.agency.isEmpty ? "No agency named" : $0.agency) == agency }
            let cells = statuses.map { status in
                "\(book.count(Keys.actions(agency, status.rawValue), own.filter { $0.state == status }.count, people: false))" as ReportText
            }
            let late = own.filter { $0.isOverdue(today: report.produced) }.count
            return [ReportText(agency)] + cells + ["\(book.count(Keys.actions(agency, "overdue"), late, people: false))"]
        }
        blocks.append(.table(ReportTable(
            header: ["Agency"] + statuses.map { $0.rawValue.replacingOccurrences(of: "-", with: " ").capitalizedFirst } + ["Overdue"],
            rows: table, rowBasis: .items
        )))
    }

    // MARK: Involvement and limitations

    mutating func involvementAndLimitations() {
        blocks.append(.subheading("Family and practitioner involvement"))
        blocks.append(.paragraph(ReportText(report.masthead.familyInvolvement ?? "How families took part in this audit was not recorded.")))
        let attending = Array(Set(days.flatMap { $0.day.agencies.map(\.name) })).sorted()
        var returning = Set<String>(), partly = Set<String>()
        for (day, (ids, partIDs)) in zip(days, returns()) {
            returning.formUnion(day.day.agencies.filter { ids.contains($0.id) }.map(\.name))
            // A return begun and not finished (a required answer or a grade missing) for any case is named as such.
            partly.formUnion(day.day.agencies.filter { partIDs.contains($0.id) }.map(\.name))
        }
        let returned = BoardPaper.returnsList(whole: returning.subtracting(partly).sorted(), part: returning.intersection(partly).sorted())
        blocks.append(.paragraph(ReportText(
            "Practitioners and managers from \(attending.count) agenc\(attending.count == 1 ? "y" : "ies") audited the cases together on the day\(days.count == 1 ? "" : "s"): \(attending.joined(separator: ", ")). "
                + (returning.isEmpty ? "No agency sent a return of its own before the day." : "Agencies that sent a return of their own: \(returned).")
        )))

        blocks.append(.subheading("Limitations"))
        var limits: [ReportText] = [
            "The sample is \(book.count(cases, audits.count, .noun("case", "cases"))) from \(String(days.count)) audit day\(days.count == 1 ? "" : "s"): the findings describe these cases, and are not a measure of practice across the partnership.",
        ]
        let attendingIDs = Set(days.flatMap { $0.day.agencies.map(\.id) })
        var involved = Set<String>()
        for audit in audits { if case let .choices(ids)? = audit.answer("agencies-involved") { involved.formUnion(ids) } }
        let missing = involved.subtracting(attendingIDs).map { report.agencyName($0) }.sorted()
        if !missing.isEmpty {
            limits.append(ReportText("Agencies involved with the children but not at any audit day, whose records were seen only through others: \(missing.joined(separator: ", "))."))
        }
        // An agency owes a return for a case its auditor is asked about: one the case profile names it
        // involved in (every case while that is not recorded), unless it said it had no part in it.
        var owing = Set<String>()
        for day in days {
            for agency in day.day.agencies where day.day.cases.isEmpty || day.day.cases.contains(where: { AgencyReturns.asks(agency.id, about: $0) }) {
                owing.insert(agency.name)
            }
        }
        let notReturned = attending.filter { !returning.contains($0) && owing.contains($0) }
        if template.section(.agencyReturn) != nil, !notReturned.isEmpty {
            limits.append(ReportText("Returns not received from: \(notReturned.joined(separator: ", "))."))
        }
        if !partly.isEmpty {
            limits.append(ReportText("Returns received only in part (a required answer or a grade missing for at least one case) from: \(partly.sorted().joined(separator: ", "))."))
        }
        let unfinished = days.filter { !$0.day.isClosed }.count
        if unfinished > 0 { limits.append(ReportText("\(String(unfinished)) audit day\(unfinished == 1 ? " was" : "s were") not closed when this report was written, and \(unfinished == 1 ? "its" : "their") findings may change.")) }
        if !report.inputs.leftOut.isEmpty {
            limits.append(ReportText("\(String(report.inputs.leftOut.count)) day folder\(report.inputs.leftOut.count == 1 ? " was" : "s were") left out as unreadable (Appendix C)."))
        }
        blocks.append(.bullets(ReportList(limits, rows: .items, ifWithheld: [.bullets(ReportList(limits.filter { $0.counts.isEmpty } + ["The sample is small: the findings describe these cases, and are not a measure of practice across the partnership."], rows: .items))])))
    }
}

extension String {
    /// The string with its first letter in capitals.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

/// An answer the board paper could quote: its first sentence, and what
/// choosing among the candidates reads of it.
struct QuoteCandidate: Sendable {
    var text: String
    /// The text lower-cased: two quotations that differ only in case are one.
    var lowered: String
    /// The text's length in characters, which the longest are chosen by.
    var length: Int
    var agency: String?
    var starred: Bool
    /// An answer in its own right, not a yes/partly/no answer's evidence or a grade's rationale.
    var isAnswer: Bool

    init(text: String, agency: String?, starred: Bool, isAnswer: Bool) {
        self.text = text
        lowered = text.lowercased()
        length = text.count
        self.agency = agency
        self.starred = starred
        self.isAnswer = isAnswer
    }
}

/// Quotations chosen from candidates as they go by (`BoardPaper.Builder.choose`),
/// keeping only the best so far: distinct and not already quoted (by a
/// digest of the lower-cased text, so the texts seen are not kept);
/// starred first, in order; then answers in their own right before
/// evidence and rationales; then the longest, then the earliest; two to
/// four of them. This chooses what sorting every distinct candidate and
/// taking the first would (`BoardPaperSpeedTests` holds it to that).
struct QuoteChooser {
    private typealias Numbered = (candidate: QuoteCandidate, order: Int)
    /// Every text seen, lower-cased, as its digest.
    private var seen: Set<TextDigest>
    private let limit: Int
    private var starred: [Numbered] = []
    private var best: [Numbered] = []
    private var order = 0

    init(quoted: Set<String>, most: Int) {
        seen = Set(quoted.map(TextDigest.init))
        limit = max(2, min(4, most))
    }

    mutating func offer(_ candidate: QuoteCandidate) {
        let numbered = (candidate: candidate, order: order)
        order += 1
        guard seen.insert(TextDigest(candidate.lowered)).inserted else { return }
        if candidate.starred {
            if starred.count < limit { starred.append(numbered) }
        } else if best.count < limit || Self.better(numbered, best[best.count - 1]) {
            best.insert(numbered, at: best.firstIndex { Self.better(numbered, $0) } ?? best.count)
            if best.count > limit { best.removeLast() }
        }
    }

    var chosen: [QuoteCandidate] { (starred + best).prefix(limit).map(\.candidate) }

    private static func better(_ one: Numbered, _ other: Numbered) -> Bool {
        (one.candidate.isAnswer ? 1 : 0, one.candidate.length, -one.order) > (other.candidate.isAnswer ? 1 : 0, other.candidate.length, -other.order)
    }
}

/// A text told apart from others by the first 16 bytes of the SHA-256 of
/// its canonical composition (NFC): two texts Swift holds equal (one "é"
/// as one character, another as "e" and an accent) have one digest, as they
/// were one member of the set of texts this stands in for; two different
/// texts share one with a chance of about 1 in 2^128 a pair.
struct TextDigest: Hashable, Sendable {
    private let high: UInt64
    private let low: UInt64

    init(_ text: String) {
        // Text all in ASCII is its own canonical composition.
        let composed = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
        let hash = SHA256.hash(data: Data(composed.utf8))
        var words: (UInt64, UInt64) = (0, 0)
        hash.withUnsafeBytes { bytes in
            words = (bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self), bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
        (high, low) = words
    }
}

/// Where each question is answered, over a report's cases: per question
/// id, the cases (by index in the builder's `audits`) in order, each case
/// once per agency answering. Eight bytes an answer: at 1,000 days the
/// index is about 2 MB.
struct AnswerIndex: Sendable {
    struct Entry: Sendable {
        var audit: Int32
        /// The agency's number in `agencies`; -1 for the case's own answer.
        var agency: Int32
    }

    var byQuestion: [String: [Entry]] = [:]
    var agencies: [String] = []
    /// The domains any case has an agreed grade for.
    var domains: Set<String> = []

    func agency(_ entry: Entry) -> String? {
        entry.agency < 0 ? nil : agencies[Int(entry.agency)]
    }
}
