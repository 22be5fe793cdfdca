import Foundation
import Synchronization
import MACAKit
import MACATestSupport
import Testing

/// Agency returns: auditors' own journals, paper forms, and the moderated day.
@Suite("Agency returns")
struct AgencyReturnTests {
    /// The demo day up to its first case: set-up and the two cases, no answers yet.
    static func dayWithCases(in sessions: TemporaryFolder) throws -> (folder: String, name: String, rest: String) {
        let (first, rest) = try DayScripts.demoSplit(after: "Adolescent neglect known only to early help and school.")
        let (_, folder) = try DayScripts.run(first + "\n:quit\n", sessions: sessions.path)
        let path = try #require(folder)
        return (path, (path as NSString).lastPathComponent, rest)
    }

    /// A whole return for both demo cases, as `maca enter` reads it: five questions then six grades a case.
    static func enterScript(_ agency: String, grade: String) -> String {
        ["DEMO-0101", "DEMO-0102"].flatMap { ref in
            ["\(agency) saw the child in March (\(ref)).", "\(agency) shared information the same day.",
             "\(agency) could have asked the child directly.", "information-sharing, delay", "\(agency) recommends joint visits."]
                + Array(repeating: [grade, "\(agency) rationale for \(ref)."], count: 6).flatMap { $0 }
        }.joined(separator: "\n") + "\n"
    }

    static func enter(_ agency: String, auditor: String, grade: String, sessions: String, day: String) throws -> CommandResult {
        try runMaca(["enter", "--sessions", sessions, "--day", day, "--agency", agency, "--auditor", auditor], input: enterScript(agency, grade: grade))
    }

    /// A facilitator trial: Education answered one of eleven questions, left,
    /// and the board paper listed it among the agencies that sent a return,
    /// with nothing to say it was a part.
    @Test("a return begun and not finished is named 'in part' in the board paper, with a limitation; a whole one is not")
    func partialReturnNamed() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let root = try TemporaryFolder()
        defer { root.remove() }
        let (folder, name, _) = try Self.dayWithCases(in: sessions)
        let whole = try Self.enter("police", auditor: "Auditor B", grade: "good", sessions: sessions.path, day: name)
        #expect(whole.status == 0, "\(whole.stderr)")
        let part = try runMaca(["enter", "--sessions", sessions.path, "--day", name, "--agency", "education", "--auditor", "Auditor D"],
                               input: "Education knew the family from nursery.\n:quit\n")
        #expect(part.status == 0, "\(part.stderr)")
        let result = try runMaca(["report", "--theme", "neglect", "--sessions", sessions.path, "--out", root.file("r"), "--include-unfinished", "--format", "md"])
        #expect(result.status == 0, "\(result.stderr)")
        let paper = try String(contentsOfFile: root.file("r/\(try FileManager.default.contentsOfDirectory(atPath: root.file("r")).first { $0.hasSuffix(".md") } ?? "")"), encoding: .utf8)
        let education = "Education (schools and early years settings)"
        #expect(paper.contains("Agencies that sent a return of their own: Police; in part only: \(education)."), "\(paper)")
        #expect(paper.contains("Returns received only in part (a required answer or a grade missing for at least one case) from: \(education)."))
        #expect(paper.contains("| Police; in part only: \(education) |"), "the day's row")
        // The room's summary (at :summary and the close) says so too.
        let template = try TemplateLoader.load(path: "\(packageRoot)/audit-templates/neglect.yaml")
        let summary = DaySummary.lines(DayPlan(template: template, day: DayFold.fold(try SessionStore.readDay(folder))))
        #expect(summary.contains { $0.hasPrefix("  DEMO-0101: Police, \(education) (in part);") }, "\(summary)")
    }

    /// A second facilitator trial typed `not invovled` and `n/a` at a
    /// return's first question: each was saved as the agency's involvement.
    @Test("a slip for 'not involved', or another way of saying it, is refused with the words that work; nothing is saved")
    func notInvolvedSlips() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name, _) = try Self.dayWithCases(in: sessions)
        let result = try runMaca(["enter", "--sessions", sessions.path, "--day", name, "--agency", "police", "--auditor", "Auditor B"],
                                 input: "not invovled\nn/a\nNot Applicable\nnot involved\n:quit\n")
        #expect(result.status == 0, "\(result.stderr)")
        for typed in ["not invovled", "n/a", "Not Applicable"] {
            #expect(result.stdout.contains("'\(typed)' is not a finding: if Police had no part in case DEMO-0101, answer: not involved; nothing was saved"), "\(typed): \(result.stdout)")
        }
        let day = DayFold.fold(try SessionStore.readDay(folder))
        let audit = try #require(day.caseAudit("DEMO-0101"))
        #expect(audit.notInvolved.contains("police"))
        #expect(!audit.answers.contains { $0.key.agency == "police" && $0.value.value != nil })
    }

    /// An information-governance trial could not correct a return's tags in
    /// `maca enter`: `:edit tags` offered the room's tag questions, which a
    /// return does not answer, and refused the return's own.
    @Test(":edit tags in maca enter corrects the return's own tags, with the completion offering them")
    func editReturnTags() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name, _) = try Self.dayWithCases(in: sessions)
        let script = ["Police saw the child.", "Police shared it the same day.", "Could have asked the child.", "information-sharing, delay",
                      ":edit tags", "chronology-used", ":quit"].joined(separator: "\n") + "\n"
        let result = try runMaca(["enter", "--sessions", sessions.path, "--day", name, "--agency", "police", "--auditor", "Auditor B"], input: script)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("say which tags"), "\(result.stdout)")
        #expect(result.stdout.contains("✓ saved (corrected)"), "\(result.stdout)")
        let day = DayFold.fold(try SessionStore.readDay(folder))
        #expect(day.caseAudit("DEMO-0101")?.answer("return-tags", agency: "police") == .tags(["chronology-used"]))
    }

    @Test("the facilitator and three auditors writing at once: the fold holds every answer of every writer, attributed")
    func concurrentWriters() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        // The day as far as the first case's agencies involved (social care, health visiting, GP, police), so
        // whether each return is asked about DEMO-0101 is settled before the auditors start; DEMO-0102's
        // (early help, education) is recorded by the room while they type, as in a real day.
        let (first, rest) = try DayScripts.demoSplit(after: "csc, health-hv-sn, health-gp, police")
        let (_, made) = try DayScripts.run(first + "\n:quit\n", sessions: sessions.path)
        let folder = try #require(made)
        let name = (folder as NSString).lastPathComponent
        // Each auditor's return for the case their agency is in. An agency not in DEMO-0102 is asked about it
        // only if it reaches the case before the room records who was involved: it answers "not involved" then,
        // and the line is left unread when the case is passed over. Either way no answer of it is in DEMO-0102.
        let auditors = [("police", "Auditor B", "good"), ("health-hv-sn", "Auditor C", "requires-improvement"), ("education", "Auditor D", "outstanding")]
        let involved = ["police": "DEMO-0101", "health-hv-sn": "DEMO-0101", "education": "DEMO-0102"]
        @Sendable func script(_ agency: String, grade: String) -> String {
            let ref = involved[agency]!
            let answers = ["\(agency) saw the child in March (\(ref)).", "\(agency) shared information the same day.",
                           "\(agency) could have asked the child directly.", "information-sharing, delay", "\(agency) recommends joint visits."]
                + Array(repeating: [grade, "\(agency) rationale for \(ref)."], count: 6).flatMap { $0 }
            return (answers + (ref == "DEMO-0101" ? ["not involved"] : [])).joined(separator: "\n") + "\n"
        }
        let results = Mutex<[String: CommandResult]>([:])
        DispatchQueue.concurrentPerform(iterations: auditors.count + 1) { index in
            let result: CommandResult
            if index == auditors.count {
                result = (try? runMaca(["resume", "--sessions", sessions.path, name], input: rest)) ?? CommandResult(status: -1, stdout: "", stderr: "")
                results.withLock { $0["facilitator"] = result }
            } else {
                let (agency, auditor, grade) = auditors[index]
                result = (try? runMaca(["enter", "--sessions", sessions.path, "--day", name, "--agency", agency, "--auditor", auditor],
                                       input: script(agency, grade: grade))) ?? CommandResult(status: -1, stdout: "", stderr: "")
                results.withLock { $0[agency] = result }
            }
        }
        let all = results.withLock { $0 }
        #expect(all.count == 4)
        for (writer, result) in all {
            #expect(result.status == 0, "\(writer): \(result.stderr)")
        }
        let verify = try runMaca(["verify", "--sessions", sessions.path, name])
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(verify.stdout.contains("4 journals"))

        let day = try DayScripts.fold(folder)
        #expect(day.isClosed)
        for (agency, auditor, grade) in auditors {
            let writer = try ReturnJournal.writer(agency: agency, auditor: auditor, origin: folder)
            for ref in ["DEMO-0101", "DEMO-0102"] {
                let audit = try #require(day.caseAudit(ref))
                let theirs = audit.answers.filter { $0.value.writer == writer }
                guard involved[agency] == ref else {
                    #expect(theirs.isEmpty, "\(agency) is not in \(ref), yet answered \(theirs.keys.map(\.question))")
                    continue
                }
                #expect(theirs.count == 5 + 6, "\(agency) in \(ref): \(theirs.keys.map(\.question).sorted())")
                let involvement = try #require(audit.answers[AnswerKey(ref: ref, question: "return-involvement", agency: agency)], "\(agency) in \(ref)")
                #expect(involvement.value == .text("\(agency) saw the child in March (\(ref))."))
                #expect(involvement.writer == writer)
                #expect(involvement.author == auditor)
                for domain in ["recognition", "assessment", "planning", "multi-agency", "impact", "overall"] {
                    #expect(audit.answer(domain, agency: agency) == .grade(level: grade, rationale: "\(agency) rationale for \(ref)."))
                }
            }
        }
        // The facilitator's own answers are all there too, and the agreed grades stand beside the agencies'.
        let firstCase = try #require(day.caseAudit("DEMO-0101"))
        #expect(firstCase.agreedGrades["overall"]?.level == "requires-improvement")
        #expect(firstCase.answer("worked-well", agency: "police") == .text("Officers recorded what the child was wearing and the state of the flat the same day."))
        #expect(day.notes.isEmpty)
    }

    @Test("a blank form, filled in, imports to the same answers as the same return typed in maca enter")
    func formRoundTrip() throws {
        let typed = try TemporaryFolder(), imported = try TemporaryFolder()
        defer { typed.remove(); imported.remove() }
        let (typedFolder, typedName, _) = try Self.dayWithCases(in: typed)
        let (importedFolder, importedName, _) = try Self.dayWithCases(in: imported)
        #expect(try Self.enter("police", auditor: "Auditor B", grade: "good", sessions: typed.path, day: typedName).status == 0)

        let form = try runMaca(["returns", "form", "--sessions", imported.path, "--day", importedName, "--agency", "police"])
        #expect(form.status == 0)
        let filled = try Self.fill(form.stdout, agency: "police", auditor: "Auditor B", grade: "good")
        let file = imported.file("police-return.yaml")
        try filled.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try runMaca(["returns", "import", "--sessions", imported.path, file])
        #expect(result.status == 0, "\(result.stderr)")

        func policeAnswers(_ folder: String) throws -> [AnswerKey: AnswerValue?] {
            let day = try DayScripts.fold(folder)
            return Dictionary(uniqueKeysWithValues: day.cases.flatMap { audit in
                audit.answers.filter { $0.key.agency == "police" }.map { ($0.key, $0.value.value) }
            })
        }
        let fromForm = try policeAnswers(importedFolder)
        #expect(fromForm.count == 2 * (5 + 6))
        #expect(fromForm == (try policeAnswers(typedFolder)))
    }

    /// Fills a blank form the way an auditor would, answer by answer, with the answers `enterScript` types.
    static func fill(_ blank: String, agency: String, auditor: String, grade: String) throws -> String {
        var lines = blank.components(separatedBy: "\n")
        var ref = ""
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("- ref: ") { ref = String(trimmed.dropFirst("- ref: ".count)) }
            let indent = String(line.prefix { $0 == " " })
            func set(_ text: String) { lines[index] = indent + text }
            switch trimmed {
            case "auditor: \"\"": set("auditor: \(auditor)")
            case "return-involvement: |": lines[index + 1] = indent + "  \(agency) saw the child in March (\(ref))."
            case "return-worked-well: |": lines[index + 1] = indent + "  \(agency) shared information the same day."
            case "return-could-be-better: |": lines[index + 1] = indent + "  \(agency) could have asked the child directly."
            case "return-tags: []": set("return-tags: [information-sharing, delay]")
            case "return-recommendations: |": lines[index + 1] = indent + "  \(agency) recommends joint visits."
            case "grade: \"\"": set("grade: \(grade)")
            case "rationale: \"\"": set("rationale: \(agency) rationale for \(ref).")
            default: break
            }
            index += 1
        }
        return lines.joined(separator: "\n")
    }

    @Test("a malformed form is refused whole with file:line errors, exit 65, and nothing is imported", arguments: [
        ("grade: good", "grade: brilliant", "has no level 'brilliant'"),
        ("rationale: police rationale for DEMO-0101.", "rationale: \"\"", "needs its rationale"),
        ("- ref: DEMO-0102", "- ref: DEMO-9999", "case DEMO-9999 is not on this day"),
        ("auditor: Auditor B", "auditor: \"\"", "field 'auditor' is empty"),
        ("return-tags: [information-sharing, delay]", "return-tag: [delay]", "unknown field 'return-tag'"),
    ])
    func malformedForm(good: String, bad: String, message: String) throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name, _) = try Self.dayWithCases(in: sessions)
        let blank = try runMaca(["returns", "form", "--sessions", sessions.path, "--day", name, "--agency", "police"]).stdout
        var filled = try Self.fill(blank, agency: "police", auditor: "Auditor B", grade: "good")
        let range = try #require(filled.range(of: good))
        filled.replaceSubrange(range, with: bad)
        let line = filled[..<range.lowerBound].components(separatedBy: "\n").count
        let file = sessions.file("bad.yaml")
        try filled.write(toFile: file, atomically: true, encoding: .utf8)
        let before = try SessionStore.journalPaths(in: folder)

        let result = try runMaca(["returns", "import", "--sessions", sessions.path, file])
        #expect(result.status == 65)
        // The error names the line that was spoilt.
        #expect(result.stderr.contains("error: \(file):\(line): "), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try SessionStore.journalPaths(in: folder) == before)
    }

    @Test("a return holding an identifier is refused whole; --redact imports it with placeholders and journals the choice")
    func identifierInForm() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name, _) = try Self.dayWithCases(in: sessions)
        let blank = try runMaca(["returns", "form", "--sessions", sessions.path, "--day", name, "--agency", "police"]).stdout
        let filled = try Self.fill(blank, agency: "police", auditor: "Auditor B", grade: "good")
            .replacingOccurrences(of: "police saw the child in March (DEMO-0101).", with: "police visited LS1 4AB in March.")
        let file = sessions.file("police.yaml")
        try filled.write(toFile: file, atomically: true, encoding: .utf8)
        let line = try #require(filled.components(separatedBy: "\n").firstIndex { $0.contains("LS1 4AB") }) + 1
        let before = try SessionStore.journalPaths(in: folder)
        let refused = try runMaca(["returns", "import", "--sessions", sessions.path, file])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("error: \(file):\(line):22: field 'return-involvement' of case DEMO-0101 looks like it holds a postcode\n"), "\(refused.stderr)")
        #expect(refused.stderr.contains("error: \(file): nothing was imported: 1 likely identifier in the return; take it out of the form, or import it with --redact to replace each with a placeholder such as [postcode]"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("LS1 4AB"), "the identifier is never repeated")
        #expect(try SessionStore.journalPaths(in: folder) == before)

        let imported = try runMaca(["returns", "import", "--sessions", sessions.path, "--redact", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("warning: \(file):\(line):22: field 'return-involvement' of case DEMO-0101 looks like it holds a postcode; replaced with [postcode]"), "\(imported.stderr)")
        let day = try DayScripts.fold(folder)
        #expect(day.caseAudit("DEMO-0101")?.answer("return-involvement", agency: "police") == .text("police visited [postcode] in March."))
        let journal = try SessionStore.journalPaths(in: folder).filter { $0.contains("auditor-police") }.first.map { try String(contentsOfFile: $0, encoding: .utf8) }
        #expect(journal?.contains("LS1 4AB") == false)
        #expect(journal?.contains("identifier-choice") == true)
    }

    @Test("each identifier in a return is named at its own line and column, with the case, the field (a grade's rationale too) and its kind, in the form's order")
    func identifierLines() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name, _) = try Self.dayWithCases(in: sessions)
        let blank = try runMaca(["returns", "form", "--sessions", sessions.path, "--day", name, "--agency", "police"]).stdout
        var lines = try Self.fill(blank, agency: "police", auditor: "Auditor B", grade: "good").components(separatedBy: "\n")
        // A long answer over three lines with a postcode on its third; the same NHS number twice in
        // another; a phone number in a quoted rationale of the second case.
        let involvement = try #require(lines.firstIndex { $0.contains("police saw the child in March (DEMO-0101).") })
        let indent = String(lines[involvement].prefix { $0 == " " })
        lines.insert(contentsOf: [indent + "They visited twice.", indent + "The family moved to LS1 4AB in May."], at: involvement + 1)
        let workedWell = try #require(lines.firstIndex { $0.contains("police shared information the same day.") })
        lines[workedWell] = indent + "NHS 943 476 5919 was checked, and 943 476 5919 again later."
        let rationale = try #require(lines.firstIndex { $0.contains("rationale: police rationale for DEMO-0102.") })
        lines[rationale] = lines[rationale].replacingOccurrences(of: "police rationale for DEMO-0102.", with: "\"Called mum on 07700 900123 first.\"")
        let file = sessions.file("police.yaml")
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let before = try SessionStore.journalPaths(in: folder)

        let refused = try runMaca(["returns", "import", "--sessions", sessions.path, file])
        #expect(refused.status == 65)
        let errors = refused.stderr.split(separator: "\n").map(String.init)
        let rationaleColumn = try #require(lines[rationale].range(of: "07700")).lowerBound.utf16Offset(in: lines[rationale]) + 1
        #expect(errors == [
            "error: \(file):\(involvement + 3):\(indent.count + 21): field 'return-involvement' of case DEMO-0101 looks like it holds a postcode",
            "error: \(file):\(workedWell + 1):\(indent.count + 5): field 'return-worked-well' of case DEMO-0101 looks like it holds an NHS number",
            "error: \(file):\(workedWell + 1):\(indent.count + 35): field 'return-worked-well' of case DEMO-0101 looks like it holds an NHS number",
            "error: \(file):\(rationale + 1):\(rationaleColumn): the rationale of grade 'recognition' of case DEMO-0102 looks like it holds a phone number",
            "error: \(file): nothing was imported: 4 likely identifiers in the return; take them out of the form, or import it with --redact to replace each with a placeholder such as [postcode]",
        ], "\(refused.stderr)")
        #expect(try SessionStore.journalPaths(in: folder) == before)
    }

    @Test("a scripted day with two agencies' returns, moderated: show has the agencies' and the agreed grades")
    func moderatedDay() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name, rest) = try Self.dayWithCases(in: sessions)
        #expect(try Self.enter("police", auditor: "Auditor B", grade: "good", sessions: sessions.path, day: name).status == 0)
        #expect(try Self.enter("health-hv-sn", auditor: "Auditor C", grade: "inadequate", sessions: sessions.path, day: name).status == 0)
        let facilitator = try runMaca(["resume", "--sessions", sessions.path, name], input: rest)
        #expect(facilitator.status == 0)
        // The moderation view: both agencies' grades, the wide spread flagged, the missing return named.
        #expect(facilitator.stdout.contains("  Police: Good. police rationale for DEMO-0101."))
        #expect(facilitator.stdout.contains("  Health visiting and school nursing: Inadequate. health-hv-sn rationale for DEMO-0101."))
        #expect(facilitator.stdout.contains("The agencies differ widely: Good (Police) against Inadequate (Health visiting and school nursing)"))
        #expect(facilitator.stdout.contains("No return yet from: Children's social care"))

        let show = try runMaca(["show", "--sessions", sessions.path, name])
        #expect(show.status == 0)
        #expect(show.stdout.contains("| Overall, how good was the multi-agency response to this child? | Requires improvement | Practice now is improving; earlier drift is recorded under impact. | Police: Good (differs) — police rationale for DEMO-0101.; Health visiting and school nursing: Inadequate (differs) — health-hv-sn rationale for DEMO-0101. |"))
        #expect(show.stdout.contains("### Agency return"))
        #expect(show.stdout.contains("No return from: Children's social care"))
        let day = try DayScripts.fold(folder)
        #expect(day.caseAudit("DEMO-0101")?.agreedGrades["overall"]?.level == "requires-improvement")
        #expect(day.caseAudit("DEMO-0101")?.answer("overall", agency: "police") == .grade(level: "good", rationale: "police rationale for DEMO-0101."))
    }

    @Test("a damaged auditor's journal is named to the facilitator, not passed over in silence")
    func damagedReturn() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name, _) = try Self.dayWithCases(in: sessions)
        #expect(try Self.enter("police", auditor: "Auditor B", grade: "good", sessions: sessions.path, day: name).status == 0)
        let path = "\(folder)/\(try ReturnJournal.writer(agency: "police", auditor: "Auditor B", origin: folder)).jsonl"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "police saw the child in March (DEMO-0101).", with: "police saw the child in April (DEMO-0101).")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try runMaca(["resume", "--sessions", sessions.path, name], input: ":quit\n")
        #expect(result.stdout.contains("\(path):2: the record's contents do not match its hash"))
        #expect(result.stdout.contains("only its records before the damage are used"))
    }

    @Test("an agency that is neither attending nor in the template is a usage error")
    func unknownAgency() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (_, name, _) = try Self.dayWithCases(in: sessions)
        let result = try runMaca(["enter", "--sessions", sessions.path, "--day", name, "--agency", "fire-service", "--auditor", "X"], input: "")
        #expect(result.status == 64)
        #expect(result.stderr.contains("'fire-service' is not a"))
    }
}

/// A person's name becomes part of their journal's file name: a very long
/// one (the argument fuzzer's 5,000 characters) got "File name too long"
/// (exit 74) instead of a journal.
extension AgencyReturnTests {
    @Test("an auditor or reporter with a very long name still gets a journal of their own", arguments: [300, 5_000])
    func longNames(length: Int) throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name, _) = try Self.dayWithCases(in: sessions)
        let long = String(repeating: "Auditor é ", count: length / 10)
        let entered = try Self.enter("police", auditor: long, grade: "good", sessions: sessions.path, day: name)
        #expect(entered.status == 0, "\(entered.stderr)")
        let other = try Self.enter("police", auditor: long + "B", grade: "good", sessions: sessions.path, day: name)
        #expect(other.status == 0, "\(other.stderr)")
        let journals = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("auditor-police-") }
        #expect(journals.count == 2, "\(journals)")
        #expect(journals.allSatisfy { $0.utf8.count < 200 })
        let noted = try runMaca(["register", "note", "--sessions", sessions.path, name, "--shared-with", "Executive board", "--by", long])
        #expect(noted.status == 0, "\(noted.stderr)")
    }
}
