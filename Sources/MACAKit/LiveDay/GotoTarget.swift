/// Where `:goto` goes: a case, or a section of one (for one agency of a
/// per-agency section), with a sentence saying what was chosen when the
/// words could have meant something else.
public struct GotoTarget: Sendable, Equatable {
    public var ref: String
    /// Nil for the case as a whole.
    public var section: CaseSection?
    /// For a per-agency section: the agency named after it.
    public var agency: String?
    /// Said to the room when the choice needs saying (a number read as a section).
    public var chosen: String?

    /// The step to ask: the first not done of the target, else its first.
    public func step(in plan: DayPlan) -> DayStep? {
        guard let audit = plan.day.caseAudit(ref) else { return nil }
        var steps = section?.steps ?? plan.caseSteps(audit)
        if let agency {
            steps = steps.filter { if case let .question(_, _, _, own) = $0 { own == agency } else { true } }
        }
        return steps.first { !plan.isDone($0) } ?? steps.first
    }
}

extension DayPlan {
    /// Reads `:goto`'s words. A case by its reference, or `case N`; a section
    /// of the current case by its number in `:sections`, its id or the start
    /// of its title or id, optionally followed by an agency (`worked-well
    /// police`); `REF SECTION` for a section of another case. A bare number
    /// is a section while a case is under way (said so), else a case.
    public func gotoTarget(_ argument: String, currentRef: String?) -> Result<GotoTarget, AnswerProblem> {
        let words = argument.split(whereSeparator: \.isWhitespace).map(String.init)
        let cases = day.cases
        let refs = cases.map(\.ref).joined(separator: ", ")
        guard let first = words.first else {
            return .failure(.init("say where to go: :goto CASE, or :goto SECTION of this case (:sections lists them)"))
        }
        func caseAudit(_ word: String) -> CaseAudit? {
            cases.first { $0.ref.lowercased() == word.lowercased() }
        }
        if first.lowercased() == "case" {
            guard words.count == 2, let audit = caseAudit(words[1]) ?? Int(words[1]).flatMap({ cases.indices.contains($0 - 1) ? cases[$0 - 1] : nil }) else {
                return .failure(.init("no case '\(words.dropFirst().joined(separator: " "))' today: give its reference or number (\(refs))"))
            }
            return .success(GotoTarget(ref: audit.ref))
        }
        if let audit = caseAudit(first) {
            guard words.count > 1 else { return .success(GotoTarget(ref: audit.ref)) }
            return section(words.dropFirst().joined(separator: " "), of: audit, numberChosen: nil)
        }
        guard let ref = currentRef, let audit = day.caseAudit(ref) else {
            if let number = Int(first), words.count == 1, cases.indices.contains(number - 1) {
                return .success(GotoTarget(ref: cases[number - 1].ref))
            }
            return .failure(.init("no case '\(argument)' today: \(refs)"))
        }
        let chosen = Int(first).flatMap { number in
            words.count == 1 && cases.indices.contains(number - 1) && cases.count > 1 ? "section \(number) of \(ref); :goto case \(number) goes to case \(cases[number - 1].ref)" : nil
        }
        return section(argument, of: audit, numberChosen: chosen).flatMapError { problem in
            if let number = Int(first), words.count == 1, cases.indices.contains(number - 1) {
                return .success(GotoTarget(ref: cases[number - 1].ref, chosen: "case \(number) (\(cases[number - 1].ref)): \(ref) has no section \(number)"))
            }
            // A section a slip was meant for is named instead of the list of cases.
            return .failure(problem.message.contains("has no section") && !problem.message.contains("did you mean") ? .init(problem.message + "; or a case: \(refs)") : problem)
        }
    }

    /// A section of `audit` by number, id or the start of its title or id,
    /// then optionally one of the case's agencies for a per-agency section.
    func section(_ text: String, of audit: CaseAudit, numberChosen: String?) -> Result<GotoTarget, AnswerProblem> {
        let sections = sections(of: audit)
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        let range = sections.isEmpty ? "" : " (1 to \(sections.count), :sections lists them)"
        // The longest run of words that names a section; the rest names an agency.
        for count in stride(from: words.count, through: 1, by: -1) {
            let name = words.prefix(count).joined(separator: " ").lowercased()
            let found: [CaseSection]
            if let number = Int(name) {
                found = sections.indices.contains(number - 1) ? [sections[number - 1]] : []
            } else if let exact = sections.first(where: { $0.id.lowercased() == name || $0.title.lowercased() == name }) {
                found = [exact]
            } else {
                found = sections.filter { $0.id.lowercased().hasPrefix(name) || $0.title.lowercased().hasPrefix(name) || $0.title.lowercased().hasPrefix("the " + name) }
            }
            if found.count > 1 {
                return .failure(.init("'\(name)' could be \(found.map(\.id).joined(separator: " or ")); type more of it"))
            }
            guard let section = found.first else { continue }
            let rest = words.dropFirst(count).joined(separator: " ")
            guard !rest.isEmpty else { return .success(GotoTarget(ref: audit.ref, section: section, chosen: numberChosen)) }
            let agencies = agencies(for: audit).map { Choice(id: $0, label: day.agencyName($0, template: template)) }
            guard template.sections[section.templateIndex].perAgency else {
                return .failure(.init("\(section.title) is not asked per agency: :goto \(section.id)"))
            }
            switch AnswerParser.match(rest, in: agencies, what: "agency involved in \(audit.ref)") {
            case let .success(agency): return .success(GotoTarget(ref: audit.ref, section: section, agency: agency.id, chosen: numberChosen))
            case let .failure(problem): return .failure(problem)
            }
        }
        let near = nearestSection(text, in: sections).map { ": did you mean :goto \($0.id) (\($0.title))?" } ?? ""
        return .failure(.init("\(audit.ref) has no section '\(text)'\(range)\(near)"))
    }

    /// The one section a mistyped name is nearest (`voise` for `voice`), by
    /// its id, its title, or as many of the title's first words (less a
    /// leading "the"), within the typo distance choices use; nil when none
    /// is, or two are.
    func nearestSection(_ text: String, in sections: [CaseSection]) -> CaseSection? {
        let name = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let limit = name.count > 4 ? 2 : 1
        let scored = sections.compactMap { section -> (section: CaseSection, distance: Int)? in
            var title = section.title.lowercased()
            if title.hasPrefix("the ") { title.removeFirst(4) }
            let start = title.split(separator: " ").prefix(name.split(separator: " ").count).joined(separator: " ")
            let distance = [section.id.lowercased(), title, start].map { Typo.distance(name, $0) }.min() ?? limit + 1
            return distance <= limit ? (section, distance) : nil
        }
        guard let best = scored.min(by: { $0.distance < $1.distance }), scored.filter({ $0.distance == best.distance }).count == 1 else { return nil }
        return best.section
    }
}
