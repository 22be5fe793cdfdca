import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The second cold trial of the room (issue 17, "the live day, version 2"):
/// a half-typed action point lost with its session, the grade screen
/// silent about involved agencies that had not returned, `--templates`
/// refused on resume and enter, and every agency enrolled by one tired
/// Enter at set-up.
@Suite("The room's second trial: action drafts, missing views, --templates, agencies")
struct RoomTrialTwoTests {
    /// The demo day up to DEMO-0101's action points, then `typed` (the first
    /// fields of an action point) and the end of input.
    static func atAction(_ sessions: TemporaryFolder, typed: [String]) throws -> (folder: String, name: String) {
        let (first, _) = try DayScripts.demoSplit(after: "Practice now is improving; earlier drift is recorded under impact.")
        let (result, folder) = try DayScripts.run(first + (["yes"] + typed).map { $0 + "\n" }.joined(), sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        let path = try #require(folder)
        return (path, (path as NSString).lastPathComponent)
    }

    static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    static let action = "Repeat the Graded Care Profile before any step-down from a plan for neglect."

    @Test("an action point's accepted fields are kept owner-only as typed, identifiers replaced; offered on resuming, and gone once saved")
    func draftKeptAndTakenUp() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        // Four fields accepted, the input ends at the measure (as a closed terminal does).
        let (folder, name) = try Self.atAction(sessions, typed: [Self.action, "Service manager, safeguarding", "csc", "Room booked on 07700 900123"])
        let draftPath = ActionDraft.path(in: folder)
        #expect(FileManager.default.fileExists(atPath: draftPath))
        #expect(try Self.mode(draftPath) == 0o600)
        let text = try String(contentsOfFile: draftPath, encoding: .utf8)
        #expect(text.contains("Repeat the Graded Care Profile"))
        #expect(!text.contains("07700"), "the draft is written only after the identifier guard: \(text)")
        let draft = try #require(ActionDraft.read(in: folder))
        #expect(draft.ref == "DEMO-0101")
        #expect(draft.fields.count == 4)
        // Not a journal: the day verifies, and nothing of the draft is in the day yet.
        #expect(try DayScripts.fold(folder).caseAudit("DEMO-0101")?.actions.isEmpty == true)

        // Resumed: shown, taken up with Enter, asked from the measure on.
        let resumed = try runMaca(["resume", "--sessions", sessions.path, name],
                                  input: "\nDip sample of 10 step-downs shows a GCP within 3 months before each.\n2027-03-31\nno\n:quit\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("An action point for DEMO-0101 was being typed when the last session ended, and was kept:"))
        #expect(resumed.stdout.contains("Who will lead it (role, not name)? Service manager, safeguarding"))
        #expect(resumed.stdout.contains("saved: action neglect-2026-11-20-A1"), "\(resumed.stdout)")
        #expect(!FileManager.default.fileExists(atPath: draftPath))
        let saved = try #require(try DayScripts.fold(folder).caseAudit("DEMO-0101")?.actions.first)
        #expect(saved.fields["action"] == .text(Self.action))
        #expect(saved.fields["lead-agency"] == .choice("csc"))
        #expect(saved.fields["outcome-measure"] == .text("Dip sample of 10 step-downs shows a GCP within 3 months before each."))
        let journal = try String(contentsOfFile: "\(folder)/facilitator.jsonl", encoding: .utf8)
        #expect(!journal.contains("07700"))
    }

    @Test("an optional field passed over before the session ended is not asked again when the kept action point is taken up")
    func draftKeepsPassedOver() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        // Resources passed over with Enter, then the input ends at the measure.
        let (folder, name) = try Self.atAction(sessions, typed: [Self.action, "Service manager, safeguarding", "csc", ""])
        let draft = try #require(ActionDraft.read(in: folder))
        #expect(draft.fields.count == 3)
        #expect(draft.passed == ["resources"])
        let measure = "Dip sample of 10 step-downs shows a GCP within 3 months before each."
        let resumed = try runMaca(["resume", "--sessions", sessions.path, name], input: "\n\(measure)\n2027-03-31\nno\n:quit\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("What resources does it need? (passed over)"), "\(resumed.stdout)")
        let saved = try #require(try DayScripts.fold(folder).caseAudit("DEMO-0101")?.actions.first, "\(resumed.stdout)")
        #expect(saved.fields["outcome-measure"] == .text(measure))
        #expect(saved.fields["resources"] == nil)
        #expect(!FileManager.default.fileExists(atPath: ActionDraft.path(in: folder)))
    }

    @Test("a kept action point said no to is dropped; one left by :back at its first field is removed; the leave message names it")
    func draftDropped() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name) = try Self.atAction(sessions, typed: [Self.action, "Service manager, safeguarding"])
        let draftPath = ActionDraft.path(in: folder)
        #expect(FileManager.default.fileExists(atPath: draftPath))
        let dropped = try runMaca(["resume", "--sessions", sessions.path, name], input: "n\n:quit\n")
        #expect(dropped.stdout.contains("The kept action point was dropped; nothing of it was saved."))
        #expect(!FileManager.default.fileExists(atPath: draftPath))

        // Typed again, left at :quit mid-way: kept, and the leaving line says so.
        let quit = try runMaca(["resume", "--sessions", sessions.path, name], input: "\(Self.action)\nService manager, safeguarding\n:quit\n")
        #expect(quit.stdout.contains("The action point being typed for DEMO-0101 is kept as a draft, and offered again at its action points."), "\(quit.stdout)")
        #expect(FileManager.default.fileExists(atPath: draftPath))
        // Taken up, then :back to its first field and :back once more: abandoned, and removed.
        let left = try runMaca(["resume", "--sessions", sessions.path, name], input: "y\n:back\n:back\n:back\n:quit\n")
        #expect(left.stdout.contains("Left the action point at its first field: nothing of it was saved."), "\(left.stdout)")
        #expect(!FileManager.default.fileExists(atPath: draftPath))
    }

    @Test("in a terminal, kill -9 half-way through an action point loses none of its accepted fields")
    func draftSurvivesKill() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name) = try Self.atAction(sessions, typed: [])
        let terminal = try TmuxSession()
        defer { terminal.close() }
        try terminal.enter("\(macaBinary) resume --sessions \(sessions.path) \(name)")
        #expect(try terminal.wait(for: "Action point 1 for DEMO-0101"))
        try terminal.enter(Self.action)
        #expect(try terminal.wait(for: "Who will lead it"))
        try terminal.enter("Service manager, safeguarding")
        #expect(try terminal.wait(for: "Which agency owns the action?"))
        let pid = try #require(try terminal.foregroundPID())
        #expect(kill(pid, SIGKILL) == 0)
        #expect(try terminal.wait(for: "Killed"))
        #expect(ActionDraft.read(in: folder)?.fields.count == 2)

        let again = try TmuxSession()
        defer { again.close() }
        try again.enter("\(macaBinary) resume --sessions \(sessions.path) \(name)")
        #expect(try again.wait(for: "Carry it on from where it stopped? (y/n) [y]"))
        try again.press("Enter")
        #expect(try again.wait(for: "Which agency owns the action?"))
        for answer in ["csc", "Within existing resources", "Dip sample of 10 step-downs shows a GCP within 3 months before each.", "2027-03-31"] {
            try again.enter(answer)
            usleep(200_000)
        }
        let screen = (try? again.screen()) ?? ""
        #expect(try again.wait(for: "saved: action neglect-2026-11-20-A1"), "\(screen)")
        #expect(ActionDraft.read(in: folder) == nil)
        try again.enter(":quit")
        #expect(try again.wait(for: "To carry on"))
    }

    @Test("the grade screen names every agency involved without a return, with an auditor on the day or not")
    func gradeScreenMissingViews() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        // DEMO-0101 involves csc, health visiting, the GP and police; the GP has no auditor on the day.
        let (first, _) = try DayScripts.demoSplit(after: "None for this case.")
        let (result, _) = try DayScripts.run(first + "\n\n:quit\n", sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("No return yet from: Children's social care, Police, Health visiting and school nursing, GP practice"),
                "\(result.stdout.components(separatedBy: "\n").filter { $0.contains("No return") })")
    }

    @Test("a day with no auditors listed still says whose view is missing at its grades")
    func gradeScreenNoAuditors() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let template = try TemplateLibrary(directory: "\(packageRoot)/audit-templates").template(id: "domestic-abuse")
        let (result, _) = try DayScripts.run(DayScripts.generated(for: template), template: "domestic-abuse", sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("No return yet from: "), "a day whose agencies all sit in the room still shows the views missing")
    }

    @Test("--templates is accepted by resume and enter: the day carries on with its own template, a different version there is noted")
    func templatesOnResumeAndEnter() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let custom = try TemporaryFolder("maca-templates")
        defer { custom.remove() }
        let neglect = try String(contentsOfFile: "\(packageRoot)/audit-templates/neglect.yaml", encoding: .utf8)
        try neglect.write(toFile: custom.file("neglect.yaml"), atomically: true, encoding: .utf8)
        let (first, _) = try DayScripts.demoSplit(after: "Adolescent neglect known only to early help and school.")
        let (started, folder) = try DayScripts.run(first + "\n", sessions: sessions.path, extra: ["--templates", custom.path])
        #expect(started.status == 0, "\(started.stderr)")
        let name = (try #require(folder) as NSString).lastPathComponent

        let resumed = try runMaca(["resume", "--templates", custom.path, "--sessions", sessions.path, name], input: ":quit\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Resuming \(name)"))
        #expect(!resumed.stdout.contains("carries on with v"))
        let entered = try runMaca(["enter", "--templates", custom.path, "--sessions", sessions.path, "--day", name, "--agency", "police", "--auditor", "Auditor B"], input: "")
        #expect(entered.status == 0, "\(entered.stderr)")

        // The folder now holds a later version: noted, never used.
        try neglect.replacingOccurrences(of: "\nversion: 2\n", with: "\nversion: 3\n").write(toFile: custom.file("neglect.yaml"), atomically: true, encoding: .utf8)
        let later = try runMaca(["resume", "--templates", custom.path, "--sessions", sessions.path, name], input: ":quit\n")
        #expect(later.status == 0, "\(later.stderr)")
        #expect(later.stdout.contains("\(custom.path) holds neglect v3; this day carries on with v2, the version it began with."), "\(later.stdout)")
        let laterEnter = try runMaca(["enter", "--templates", custom.path, "--sessions", sessions.path, "--day", name, "--agency", "police", "--auditor", "Auditor B"], input: "")
        #expect(laterEnter.stdout.contains("this day carries on with v2"))

        // A folder that is not there is missing input, as on run.
        let missing = try runMaca(["resume", "--templates", custom.file("nowhere"), "--sessions", sessions.path, name], input: ":quit\n")
        #expect(missing.status == 66, "\(missing.stderr)")
        #expect(missing.stderr.contains("nowhere"))
    }

    @Test("set-up's agencies attending have no default: Enter is refused, all and partnership name whole lists")
    func agenciesNoDefault() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let template = try TemplateLibrary(directory: "\(packageRoot)/audit-templates").template(id: "children-missing")
        let result = try runMaca(["run", "--template", "children-missing", "--sessions", sessions.path],
                                 input: "2026-11-20\nTestshire (invented)\nTest Facilitator\n\nALL\n\n:quit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("✗ type the agencies attending (numbers or ids, as 1,3,4 or 2-5), or all: there is no default"), "\(result.stdout)")
        #expect(!result.stdout.contains("Agencies attending ["))
        #expect(result.stdout.contains("saved: \(template.agencies.count) agencies attending"))

        // With the partnership's own list in its config, `partnership` takes that list.
        let home = try IsolatedHome()
        defer { home.folder.remove() }
        try home.writeConfig("""
            partnership: Northshire Safeguarding Children Partnership
            agencies:
              - id: police
                name: Northshire Police
              - id: csc
                name: Children's social care
            """)
        let invited = try runMaca(["run", "--template", "neglect", "--templates", "\(packageRoot)/audit-templates", "--sessions", sessions.path],
                                  input: "2026-11-21\n\nTest Facilitator\n\npartnership\n\n:quit\n",
                                  environment: home.environment.merging(["MACA_SESSIONS": sessions.path]) { _, new in new })
        #expect(invited.status == 0, "\(invited.stderr)")
        #expect(invited.stdout.contains("or partnership (its 2), or all: there is no default"), "\(invited.stdout)")
        #expect(invited.stdout.contains("saved: 2 agencies attending"))
        let day = try DayScripts.fold("\(sessions.path)/2026-11-21-neglect")
        #expect(day.agencies.map(\.id) == ["police", "csc"])
    }

    @Test("on a narrow projector terminal :help puts each command on its own line, its words indented under it; wide, two columns as before")
    func narrowHelp() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (first, _) = try DayScripts.demoSplit(after: "Adolescent neglect known only to early help and school.")
        let (_, folder) = try DayScripts.run(first + "\n", sessions: sessions.path)
        let name = (try #require(folder) as NSString).lastPathComponent
        let terminal = try TmuxSession(width: 50, height: 120)
        defer { terminal.close() }
        try terminal.enter("\(macaBinary) resume --sessions \(sessions.path) \(name)")
        #expect(try terminal.wait(for: "How old was the child"))
        try terminal.enter(":help")
        #expect(try terminal.wait(for: "guidance for this question"))
        let rows = try terminal.rows()
        let edit = try #require(rows.firstIndex(of: "  :edit QUESTION [AGENCY]"), "\(rows.joined(separator: "\n"))")
        #expect(rows[edit + 1].hasPrefix("      change one answer of this case"))
        #expect(rows.contains("  :quit"))
        #expect(rows.contains("  ?"))
        // No line is wider than the terminal, and no command shares its line with its words.
        #expect(rows.allSatisfy { $0.count <= 50 })
        #expect(!rows.contains { $0.hasPrefix("  :undo ") })
        try terminal.enter(":quit")

        // From a pipe (no terminal width), the two columns as before.
        let piped = try runMaca(["resume", "--sessions", sessions.path, name], input: ":help\n:quit\n")
        #expect(piped.stdout.contains("  :undo               take back the last thing this session saved"))
    }

    @Test(":undo after saving an action point offers it to mend: its fields are the defaults, so only the wrong one is typed again")
    func undoneActionMended() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = try DayScripts.demo().replacingOccurrences(
            of: "\n2027-03-31\n",
            with: "\n2027-03-31\n:undo\n\(Self.action)\n\n\n\n\n2027-02-28\n"
        )
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Action point A1, taken back with :undo, can be mended: its text is on the line, and each field's answer is its default (Enter keeps it)."), "\(result.stdout)")
        #expect(result.stdout.contains("Who will lead it (role, not name)? [Service manager, safeguarding]"))
        let day = try DayScripts.fold(try #require(folder))
        #expect(day.isClosed)
        let audit = try #require(day.caseAudit("DEMO-0101"))
        let mended = try #require(audit.actions.first)
        let withdrawn = try #require(audit.withdrawnActions.first)
        #expect(audit.actions.count == 1)
        #expect(mended.fields["due-date"] == .date("2027-02-28"))
        var expected = withdrawn.fields
        expected["due-date"] = .date("2027-02-28")
        #expect(mended.fields == expected)
    }

    @Test("in a terminal, the action point taken back with :undo is back on the line to edit")
    func undoneActionOnTheLine() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (_, name) = try Self.atAction(sessions, typed: [])
        let terminal = try TmuxSession()
        defer { terminal.close() }
        try terminal.enter("\(macaBinary) resume --sessions \(sessions.path) \(name)")
        #expect(try terminal.wait(for: "Action point 1 for DEMO-0101"))
        for answer in [Self.action, "Service manager, safeguarding", "csc", "Within existing resources",
                       "Dip sample of 10 step-downs shows a GCP within 3 months before each.", "2027-03-31"] {
            try terminal.enter(answer)
            usleep(200_000)
        }
        #expect(try terminal.wait(for: "saved: action neglect-2026-11-20-A1"))
        try terminal.enter(":undo")
        #expect(try terminal.wait(for: "can be mended"))
        #expect(try terminal.wait(for: "[Enter: none] Repeat the Graded Care Profile"))
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "Who will lead it (role, not name)? [Service manager, safeguarding]"))
        try terminal.enter(":quit")
    }
}
