import Foundation
import MACAKit

/// Agencies, auditors and cases: the lists the day collects before the first case.
extension FacilitatorSession {
    func askAgencies() throws {
        console.marker(marker(.agencies))
        // The partnership's own agencies (its config) come first and are the default.
        let options = invited + template.agencies.filter { agency in !invited.contains { $0.id == agency.id } }
        console.say(invited.isEmpty ? "Agencies in the template:" : "Agencies the partnership invites, then the template's others:")
        for (index, agency) in options.enumerated() {
            console.say("  \(index + 1). \(agency.name) (\(agency.id))")
        }
        // No default: a tired Enter must not enrol every agency listed. The
        // facilitator types them, or a word for a whole list.
        let words = invited.isEmpty ? "all" : "partnership (its \(invited.count)), or all"
        console.note("Give numbers or ids separated by commas, or \(words); +Name adds an agency not listed.")
        while true {
            guard case let .text(answer) = try read("Agencies attending ", guidance: "The agencies with an auditor in the room or a return for the day: numbers or ids from the list, separated by commas\(invited.isEmpty ? "" : ", or partnership for the partnership's own list"), or all for every agency listed. +Name adds an agency the list lacks (for example +Youth justice service); it takes part like any other.", completions: options.map(\.id) + ["all"] + (invited.isEmpty ? [] : ["partnership"])) else { return }
            let items = AnswerParser.agencyItems(answer, options: options)
            if items.isEmpty {
                console.problem("type the agencies attending (numbers or ids, as 1,3,4 or 2-5), or \(words): there is no default")
                continue
            }
            let lowered = items.map { $0.lowercased() }
            let chosen: [Agency]
            switch AnswerParser.agencies(lowered == ["all"] ? options.map(\.id) : lowered == ["partnership"] && !invited.isEmpty ? invited.map(\.id) : items, from: options) {
            case let .success(agencies): chosen = agencies
            case let .failure(problem):
                refuse(problem.message, typed: answer)
                continue
            }
            for agency in chosen where !day.agencies.contains(agency) {
                // An agency the room named itself is free text: guarded like any other.
                guard case var .agencyAttending(attending)? = try guardedEvent(.agencyAttending(AgencyAttending(agency: agency))) else { continue }
                // An added agency's id is made from its name: a name replaced or edited at the guard must not live on in it.
                if attending.agency.name != agency.name {
                    let base = Identifier.slug(attending.agency.name)
                    var id = Identifier.isValid(base) ? base : "added-agency"
                    var number = 2
                    while day.agencies.contains(where: { $0.id == id }) || options.contains(where: { $0.id == id }) {
                        id = "\(Identifier.isValid(base) ? base : "added-agency")-\(number)"
                        number += 1
                    }
                    attending.agency.id = id
                }
                try journal.append(.agencyAttending(attending), author: author)
            }
            try record(.stepFinished(StepFinished(step: "agencies")), confirm: "saved: \(chosen.count) agenc\(chosen.count == 1 ? "y" : "ies") attending")
            return
        }
    }

    func askAuditors() throws {
        console.marker(marker(.auditors))
        console.note("One auditor a line as: name, agency. Enter on an empty line when everyone is in.")
        while true {
            let attending = day.agencies
            guard case let .text(answer) = try read("Auditor ", guidance: "Each auditor on a line of their own, as: name or role, agency (for example: A. Auditor, police). Their own name, never a child's. Enter on an empty line when everyone is in.", completions: attending.map(\.id)) else { return }
            let parts = AnswerParser.split(answer)
            if parts.isEmpty {
                try record(.stepFinished(StepFinished(step: "auditors")), confirm: "saved: \(Plural.of(day.auditors.count, "auditor"))")
                return
            }
            guard parts.count == 2 else {
                refuse("write the auditor as: name, agency (for example: A. Auditor, police)", typed: answer)
                continue
            }
            switch AnswerParser.match(parts[1], in: attending.map { Choice(id: $0.id, label: $0.name) }, what: "agency attending") {
            case let .success(agency):
                // An auditor's own name is expected, never a registered name or another identifier.
                do {
                    try IdentifierGuard(for: day, privacy: privacy).checkedPersonName(parts[0], field: "the auditor's name", origin: "auditor")
                } catch {
                    refuse("\(error.findings.map(\.message).joined(separator: "; ")): give the auditor's own name or role", typed: answer)
                    continue
                }
                try record(.auditorAdded(AuditorAdded(name: parts[0], agency: agency.id)), confirm: "saved: \(parts[0]) (\(agency.label))")
            case let .failure(problem):
                refuse(problem.message, typed: answer)
            }
        }
    }

    func askCases() throws {
        console.marker(marker(.cases))
        if let candidates, day.cases.isEmpty {
            try sampleCandidates(candidates)
            if leaving { return }
        }
        console.note("Add cases by their reference (never a name). Enter on an empty line when the selection is complete.")
        while true {
            let known = candidates?.candidates.map(\.ref) ?? []
            let ref: String
            if let next = nextCaseRef {
                // Typed at the reason before, and taken as the next case.
                nextCaseRef = nil
                ref = next
            } else {
                guard case let .text(answer) = try read("Case reference ", guidance: "The case system's reference for a child whose case is audited today (for example NEG-0042); never a name, date of birth or NHS number. Enter on an empty line when the selection is complete.", completions: known) else { return }
                ref = answer.trimmingCharacters(in: .whitespaces)
            }
            if ref.isEmpty {
                guard !day.cases.isEmpty else {
                    console.problem("add at least one case")
                    continue
                }
                showSpread()
                try record(.stepFinished(StepFinished(step: "cases")), confirm: "saved: \(Plural.of(day.cases.count, "case")) selected")
                return
            }
            if let problem = CaseReference.problem(ref) {
                refuse(problem, typed: ref)
                continue
            }
            // The same reference in other capitals is the same case typed in haste ("miss-0302" for MISS-0302).
            if let existing = day.cases.first(where: { $0.ref.caseInsensitiveCompare(ref) == .orderedSame }) {
                console.problem("\(existing.ref) is already on the day (to change why it was selected: :goto \(existing.ref), then :edit case reason); Enter on an empty line goes on with the cases")
                continue
            }
            // Refused before its reason is asked, so nothing typed is wasted.
            if let found = IdentifierGuard(for: day, privacy: privacy).scan(ref).first {
                refuse("that looks like \(found.kind.described): add the case by the case system's reference, never by an identifier", typed: ref)
                continue
            }
            guard let reason = try askReason(for: ref, suggested: nil) else { return }
            try record(.caseAdded(CaseAdded(ref: ref, reason: reason)), confirm: "saved: case \(ref)")
            if let candidate = candidates?.candidate(ref) { candidateHints[ref] = candidate }
        }
    }

    /// Why a case was selected: required, so the report can show the sample was balanced.
    func askReason(for ref: String, suggested: String?) throws -> String? {
        while true {
            let prompt = "Why was \(ref) selected?" + (suggested.map { " [\($0)] " } ?? " ")
            guard case let .text(answer) = try read(prompt, guidance: "Why this case is in the sample (for example: repeat referrals; child under 5 on a child protection plan), so the report can show the sample was balanced. No names.") else { return nil }
            let reason = answer.trimmingCharacters(in: .whitespaces)
            // The next case's reference typed where the reason was asked: the room moved on too soon.
            if nextCaseRef == nil, day.caseAudit(reason) == nil,
               CaseReference.isPlainly(reason, like: ref, known: candidates?.candidates.map(\.ref) ?? []) {
                guard let take = try confirm("'\(reason)' looks like a case reference, not a reason: take it as the next case, once \(ref)'s reason is given? (y/n) [y] ", default: true) else { return nil }
                if take {
                    nextCaseRef = reason
                    console.note("\(reason) is added next. First, why \(ref) was selected:")
                    continue
                }
            }
            if !reason.isEmpty { return reason }
            if let suggested { return suggested }
            console.problem("record the reason this case was selected")
        }
    }

    func sampleCandidates(_ list: CandidateList) throws {
        console.say("\(Plural.of(list.candidates.count, "candidate")) loaded.")
        list.warnings.forEach { console.warn($0) }
        while true {
            guard case let .text(filterText) = try read("Filter candidates (e.g. plan=child-protection age=0-4 agency=police) [all] ") else { return }
            let filter: CandidateFilter
            do {
                filter = try CandidateFilter.parse(filterText, template: template)
            } catch {
                refuse(error.description, typed: filterText)
                continue
            }
            let matching = list.filtered(by: filter)
            console.say("  \(Plural.of(matching.count, "candidate")) \(matching.count == 1 ? "matches" : "match") \(filter.description).")
            guard !matching.isEmpty else { continue }
            let suggested = min(6, matching.count)
            guard case let .text(countText) = try read("How many cases to draw at random (seed \(seed))? [\(suggested)] ") else { return }
            let trimmed = countText.trimmingCharacters(in: .whitespaces)
            if trimmed == "0" { return }
            guard let count = trimmed.isEmpty ? suggested : Int(trimmed), count > 0 else {
                console.problem("give a number of cases, or 0 to add cases by hand")
                continue
            }
            let drawn = CaseSample.draw(count, from: matching, seed: seed)
            for candidate in drawn {
                console.say("  \(candidate.ref)  age \(candidate.ageBand ?? "?")  \(candidate.planType ?? "no plan recorded")")
            }
            SelectionSpread(cases: drawn, template: template, attending: day.agencies).lines.forEach { console.say("  " + $0) }
            SelectionSpread(cases: drawn, template: template, attending: day.agencies).warnings.forEach { console.warn($0) }
            guard let keep = try confirm("Use this sample? [yes] ", default: true) else { return }
            guard keep else { continue }
            let reason = "Random sample (seed \(seed)) of \(Plural.of(matching.count, "candidate")), \(filter.description)"
            for candidate in drawn where day.caseAudit(candidate.ref) == nil {
                guard let given = try askReason(for: candidate.ref, suggested: reason) else { return }
                try record(.caseAdded(CaseAdded(ref: candidate.ref, reason: given)), confirm: "saved: case \(candidate.ref)")
                candidateHints[candidate.ref] = candidate
            }
            return
        }
    }

    /// The spread of the selection so far, from the candidate list where it knows the case.
    func showSpread() {
        let known = day.cases.compactMap { audit in candidateHints[audit.ref] ?? candidates?.candidate(audit.ref) }
        guard !known.isEmpty else {
            console.note("The spread of ages, plans and agencies shows in :summary once the case profiles are answered.")
            return
        }
        let spread = SelectionSpread(cases: known, template: template, attending: day.agencies)
        spread.lines.forEach { console.say("  " + $0) }
        spread.warnings.forEach { console.warn($0) }
    }
}
