import Foundation
import MACAKit
import MACATestSupport
import Testing

/// What a cold facilitator trial of the REPL found (issue 17, "live day v2"):
/// a sentence typed at a tags prompt saved as a tag, refused answers lost or
/// joined to the next, a list of ids where a range was wanted, long prompts
/// cut mid-word on a projector, and questions not yet reached called skipped.
@Suite("The room's trial: tags, refusals, ranges, prompts and sections")
struct RoomTrialTests {
    static let neglect = try! TemplateLibrary(directory: "\(packageRoot)/audit-templates").template(id: "neglect")

    @Test("at a tags prompt a sentence is refused with the rule, a new tag is asked about (n the default), and numbers and names need no question")
    func tagsPrompt() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = try DayScripts.demo(replacing: "timely-response, child-seen", with: [
            "mum said she was scared of him",
            "weekend cover", "",
            "1, weekend cover", "y",
        ])
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("✗ 'mum said she was scared of him' is not a tag: a new tag is a short phrase of up to 4 words, not a sentence"))
        #expect(result.stdout.contains("'weekend-cover' is not one of the template's tags: add it as a new tag? (y/n) [n]"),
                "\(result.stdout.components(separatedBy: "\n").filter { $0.contains("weekend") })")
        #expect(result.stdout.contains("No new tag added: pick the tags shown by number (1,4,7 or 2-4) or name."))
        let day = try DayScripts.fold(try #require(folder))
        #expect(day.isClosed)
        let audit = try #require(day.caseAudit("DEMO-0101"))
        #expect(audit.answer("worked-well-tags", agency: "police") == .tags(["timely-response", "weekend-cover"]))
        // The tags typed by number or name elsewhere in the demo were asked about nothing.
        #expect(result.stdout.components(separatedBy: "add it as a new tag?").count - 1 == 2)
        let journal = try String(contentsOfFile: "\(try #require(folder))/facilitator.jsonl", encoding: .utf8)
        #expect(!journal.contains("scared"))
    }

    @Test("a number outside the list states the range and the forms accepted: set-up's agencies, a choice, a grade")
    func outOfRange() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        var script = try DayScripts.demo(replacing: "csc, police, health-hv-sn, health-gp, education, +Youth service",
                                         with: ["2, 99", "csc, police, health-hv-sn, health-gp, education, +Youth service"])
        let ageBand = "agencies involved (by number or id).\n1\n"
        #expect(script.components(separatedBy: ageBand).count == 2)
        script = script.replacingOccurrences(of: ageBand, with: "agencies involved (by number or id).\n9\n1\n")
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        let agencies = Self.neglect.agencies.count
        #expect(agencies < 99)
        #expect(result.stdout.contains("✗ '99' is not one of the numbers shown: choose numbers from 1 to \(agencies) (as 1,4,7 or 2-4), or ids, or +Name to add an agency"),
                "\(result.stdout.components(separatedBy: "\n").filter { $0.contains("✗") })")
        let ages = try #require(Self.neglect.question("age-band")).choices.count
        #expect(result.stdout.contains("✗ '9' is not one of the numbers shown: choose a number from 1 to \(ages), or a name"))
        #expect(try DayScripts.fold(try #require(folder)).isClosed)
        // The grade's refusal, from the parser every grade prompt uses.
        let overall = try #require(Self.neglect.question("overall"))
        let context = AnswerContext(template: Self.neglect, attending: [], today: "2026-11-20")
        #expect(AnswerParser.parse("7", for: overall, context: context)
            == .failure(AnswerProblem("'7' is not one of the numbers shown: choose a number from 1 to 4, or a level's name")))
    }

    @Test(":sections calls skipped only what the room skipped: a question not reached yet is still to do")
    func sectionsSkipped() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (first, _) = try DayScripts.demoSplit(after: "Adolescent neglect known only to early help and school.")
        let (_, folder) = try DayScripts.run(first + "\n", sessions: sessions.path)
        let name = (try #require(folder) as NSString).lastPathComponent
        let resumed = try runMaca(["resume", "--sessions", sessions.path, name], input: ":skip\nchild-protection\n:sections\n:quit\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let listed = try #require(resumed.stdout.components(separatedBy: "Sections of DEMO-0101").last)
        let lines = listed.components(separatedBy: "\n").filter { $0.range(of: #"^  .[ \d]\d\. "#, options: .regularExpression) != nil }
        let profile = try #require(lines.first { $0.contains("Case profile (profile): ") }, "\(resumed.stdout)")
        let asked = Self.neglect.sections[0].questions.count
        #expect(profile.hasSuffix("Case profile (profile): partly (2 of \(asked)), 1 required skipped"), "\(profile)")
        // Every other section is not reached: none of it is skipped.
        #expect(lines.count == 8)
        for line in lines where line != profile {
            #expect(line.contains("not started") && !line.contains("skipped"), "\(line)")
        }
    }

    /// The demo day with its set-up answered, in a terminal of `width` columns, at "Agencies attending".
    func atAgencies(_ sessions: TemporaryFolder, width: Int = 120) throws -> TmuxSession {
        let terminal = try TmuxSession(width: width)
        try terminal.enter("\(macaBinary) run --template neglect --templates \(packageRoot)/audit-templates --sessions \(sessions.path)")
        #expect(try terminal.wait(for: "Date of the audit day"))
        try terminal.enter("2026-11-20")
        #expect(try terminal.wait(for: "Partnership or area"))
        try terminal.enter("Exampleshire (invented)")
        #expect(try terminal.wait(for: "Facilitator"))
        try terminal.enter("Demo Facilitator")
        #expect(try terminal.wait(for: "Agencies attending "))
        return terminal
    }

    @Test("in a terminal, a refused list of agencies is put back to mend; a refused short answer is not, so the next is typed whole")
    func putBackAtSetUp() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let terminal = try atAgencies(sessions)
        defer { terminal.close() }
        // A short refused answer: typed again whole, never joined to the refused one ("9" then "3" is not "93").
        try terminal.enter("99")
        #expect(try terminal.wait(for: "'99' is not one of the numbers shown: choose numbers from 1 to"))
        #expect(try terminal.wait(for: "Agencies attending ", count: 2))
        // A longer one comes back on the line: Backspace mends its end.
        try terminal.enter("csc, police, health-gp, fire")
        #expect(try terminal.wait(for: "'fire' is not an agency listed above"))
        #expect(try terminal.wait(for: "Agencies attending csc, police, health-gp, fire", count: 2))
        for _ in 0..<", fire".count { try terminal.press("BSpace") }
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "saved: 3 agencies attending"))
        // At the auditors, a refused line is put back too, and a refused short one is not.
        try terminal.enter("x")
        #expect(try terminal.wait(for: "write the auditor as: name, agency"))
        try terminal.enter("A. Auditor, police")
        #expect(try terminal.wait(for: "saved: A. Auditor (Police)"))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
        let name = try #require(try SessionStore(directory: sessions.path).dayFolders().first)
        let day = try DayScripts.fold("\(sessions.path)/\(name)")
        #expect(day.agencies.map(\.id) == ["csc", "police", "health-gp"])
        #expect(day.auditors.map(\.name) == ["A. Auditor"])
    }

    @Test("in maca enter, a sentence at the tags and a refused grade line are put back to mend; a new tag is asked about first")
    func putBackInEnter() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name, _) = try AgencyReturnTests.dayWithCases(in: sessions)
        let terminal = try TmuxSession()
        defer { terminal.close() }
        try terminal.enter("\(macaBinary) enter --sessions \(sessions.path) --day \(name) --agency police --auditor 'Auditor B'")
        #expect(try terminal.wait(for: "What was your agency's involvement with the child and family"))
        for (number, answer) in ["Police attended twice in March.", "Officers shared the report the same day.", "Officers could have spoken to the child."].enumerated() {
            try terminal.enter(answer)
            #expect(try terminal.wait(for: "✓ saved", count: number + 1))
        }
        #expect(try terminal.wait(for: "Tag the main themes of your findings"))
        let sentence = "mum said she was scared of him"
        try terminal.enter(sentence)
        #expect(try terminal.wait(for: "is not a tag: a new tag is a short phrase of up to 4 words"))
        #expect(try terminal.wait(for: sentence, count: 3), "\((try? terminal.screen()) ?? "")")  // typed, in the refusal, and put back
        try terminal.press("C-u")
        try terminal.enter("weekend cover")
        #expect(try terminal.wait(for: "'weekend-cover' is not one of the template's tags: add it as a new tag? (y/n) [n]"))
        try terminal.enter("n")
        #expect(try terminal.wait(for: "No new tag added"))
        try terminal.press("C-u")
        try terminal.enter("information-sharing, delay")
        #expect(try terminal.wait(for: "What does your agency recommend"))
        try terminal.enter("Joint visits with social care.")
        #expect(try terminal.wait(for: "Your agency's grade:"))
        // Refused grades: a short one is typed again; a line with a rationale comes back to mend.
        try terminal.enter("9")
        #expect(try terminal.wait(for: "'9' is not one of the numbers shown: choose a number from 1 to 4, or a level's name"))
        let line = "very good, seen weekly by the team"
        try terminal.enter(line)
        #expect(try terminal.wait(for: "is not a level of"))
        #expect(try terminal.wait(for: line, count: 3), "\((try? terminal.screen()) ?? "")")
        try terminal.press("C-a")
        for _ in 0..<"very good,".count { try terminal.press("DC") }
        try terminal.type("2")
        try terminal.press("Enter")
        // The next domain's grade is asked: this one was saved.
        #expect(try terminal.wait(for: "Your agency's grade:", count: 4), "\((try? terminal.screen()) ?? "")")
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on:"))
        let audit = try #require(try DayScripts.fold(folder).caseAudit("DEMO-0101"))
        #expect(audit.answer("return-tags", agency: "police") == .tags(["information-sharing", "delay"]))
        let firstDomain = try #require(Self.neglect.section(.gradedDomains)?.questions.first?.id)
        #expect(audit.answer(firstDomain, agency: "police") == .grade(level: "good", rationale: "seen weekly by the team"))
    }

    @Test("on a 60-column terminal a long prompt is broken between words, never inside one, and its answer is saved")
    func longPromptWrapped() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let folder = try TerminalTests().preparedDay(after: "Breakfast at nursery most days; no routine at home for bedtime.", in: sessions)
        let terminal = try TmuxSession(width: 60)
        defer { terminal.close() }
        try terminal.enter("\(macaBinary) resume --sessions \(sessions.path) \((folder as NSString).lastPathComponent)")
        let prompt = try #require(Self.neglect.question("cumulative-harm")).prompt + " (yes/partly/no, or y/p/n)"
        #expect(try terminal.wait(for: "or y/p/n)"))
        // Given whole to readline, the terminal itself would cut a word at its edge.
        let shown = Array(prompt)
        #expect(stride(from: 60, to: shown.count, by: 60).contains { shown[$0 - 1] != " " && shown[$0] != " " })
        let rows = try terminal.rows()
        for word in prompt.split(separator: " ") {
            #expect(rows.contains { $0.contains(word) }, "'\(word)' is cut across two rows: \(rows)")
        }
        try terminal.enter("yes: judged as a whole")
        #expect(try terminal.wait(for: "saved"))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
        #expect(try DayScripts.fold(folder).caseAudit("DEMO-0101")?.answer("cumulative-harm") == .yesPartlyNo(.yes, evidence: "judged as a whole"))
    }
}
