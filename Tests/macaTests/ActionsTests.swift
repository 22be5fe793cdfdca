import Foundation
import MACAKit
import MACATestSupport
import Testing

/// maca actions: the tracker of every day's action points.
@Suite("Following up action points")
struct ActionsTests {
    static func demoSessions(_ root: TemporaryFolder) throws -> String {
        let sessions = root.file("sessions")
        let (result, _) = try DayScripts.run(try DayScripts.demo(), sessions: sessions)
        #expect(result.status == 0)
        return sessions
    }

    @Test("an update with evidence is journaled with who and when; list and export show it; overdue is computed from due dates")
    func updateListExport() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let sessions = try Self.demoSessions(root)
        let listed = try runMaca(["actions", "list", "--sessions", sessions, "--today", "2027-02-15"])
        #expect(listed.stdout.contains("neglect-2026-11-20-A1  not-started  due 2027-03-31"))
        #expect(listed.stdout.contains("neglect-2026-11-20-A2  not-started  OVERDUE  due 2027-01-31"))

        let done = try runMaca(["actions", "update", "--sessions", sessions, "neglect-2026-11-20-A2", "--status", "done",
                                "--evidence", "Audit of 20 cases: attendance shared within 5 days in 18.", "--by", "DSL lead"])
        #expect(done.status == 0, "\(done.stderr)")
        let overdue = try runMaca(["actions", "list", "--sessions", sessions, "--overdue", "--today", "2027-02-15"])
        #expect(!overdue.stdout.contains("neglect-2026-11-20-A2"))
        let closed = try runMaca(["actions", "list", "--sessions", sessions, "--status", "done"])
        #expect(closed.stdout.contains("neglect-2026-11-20-A2  done"))
        #expect(closed.stdout.contains("evidence: Audit of 20 cases: attendance shared within 5 days in 18."))

        let journals = try SessionStore.journalPaths(in: "\(sessions)/actions")
        #expect(journals.map { ($0 as NSString).lastPathComponent } == ["actions-dsl-lead.jsonl"])
        let record = try #require(try JournalReader.read(path: journals[0]).records.last)
        #expect(record.author == "DSL lead")
        #expect(record.event == .actionUpdated(ActionUpdated(id: "neglect-2026-11-20-A2", status: .done, evidence: "Audit of 20 cases: attendance shared within 5 days in 18.", by: "DSL lead")))

        let export = try runMaca(["actions", "export", "--sessions", sessions, "--today", "2027-02-15"])
        #expect(export.stdout.contains("\"neglect-2026-11-20-A2\",\"neglect\",\"2026-11-20\""))
        #expect(export.stdout.contains("\"done\",\"no\",\"Audit of 20 cases"))
        #expect(export.stdout.contains("\"not-started\",\"no\""))
        // The theme report's action plan shows the tracked status.
        let report = try runMaca(["report", "--theme", "neglect", "--sessions", sessions, "--out", root.file("r"), "--format", "md"])
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try String(contentsOfFile: root.file("r/neglect-report-2026-11-20-to-2026-11-20.md"), encoding: .utf8)
        #expect(markdown.contains("| 2027-01-31 | Audit of 20 early help cases shows attendance shared within 5 days. | done |"))
        // The actions folder is not an audit day.
        #expect(try SessionStore(directory: sessions).dayFolders().allSatisfy { $0 != "actions" })
    }

    @Test("a status not in the list is a usage error (64); an unknown id or done without evidence is refused (65); nothing changes", arguments: [
        (["neglect-2099-01-01-A9", "--status", "done", "--evidence", "x"], "no action point has the id 'neglect-2099-01-01-A9'", Int32(65)),
        (["neglect-2026-11-20-A1", "--status", "finished"], "'finished' is not a status: use not-started, in-progress, done, not-achieved, dropped", 64),
        (["neglect-2026-11-20-A1", "--status", "done"], "cannot be marked done without evidence", 65),
        (["neglect-2026-11-20-A1", "--status", "done", "--evidence", "  "], "cannot be marked done without evidence", 65),
    ])
    func refused(arguments: [String], message: String, status: Int32) throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let sessions = try Self.demoSessions(root)
        let result = try runMaca(["actions", "update", "--sessions", sessions] + arguments)
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(sessions)/actions"))
    }
}

extension ActionsTests {
    @Test("two audits of a theme months apart: the first day's actions followed up, then the re-audit report and the register")
    func reAudit() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let sessions = root.file("sessions")
        // The first audit, in May; the re-audit in November.
        let may = try DayScripts.demo().replacingOccurrences(of: "\n2026-11-20\n", with: "\n2026-05-12\n")
        #expect(try DayScripts.run(may, sessions: sessions).result.status == 0)
        #expect(try DayScripts.run(try DayScripts.demo(), sessions: sessions).result.status == 0)

        let done = try runMaca(["actions", "update", "--sessions", sessions, "neglect-2026-05-12-A2", "--status", "done",
                                "--evidence", "Attendance now shared within 5 days in 18 of 20 cases.", "--by", "Education lead"])
        #expect(done.status == 0, "\(done.stderr)")
        let overdue = try runMaca(["actions", "list", "--sessions", sessions, "--overdue", "--today", "2027-04-15"])
        #expect(overdue.stdout.contains("neglect-2026-05-12-A1  not-started  OVERDUE"))
        #expect(!overdue.stdout.contains("neglect-2026-05-12-A2"))

        let report = try runMaca(["report", "--theme", "neglect", "--sessions", sessions, "--from", "2026-11-01", "--out", root.file("r"), "--format", "md", "--date", "2027-04-15"])
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try String(contentsOfFile: root.file("r/neglect-report-2026-11-01-to-2026-11-20.md"), encoding: .utf8)
        #expect(markdown.contains("Compared with the previous audit of this theme (2026-05-12 to 2026-05-12"))
        #expect(markdown.contains("| neglect-2026-05-12-A1: Repeat the Graded Care Profile before any step-down from a plan for neglect. | 2027-03-31 | not started |  |"))
        #expect(markdown.contains("| neglect-2026-05-12-A2: Share attendance concerns with early help within 5 school days. | 2027-01-31 | done | Attendance now shared within 5 days in 18 of 20 cases. |"))
        #expect(markdown.contains("| delay | <5 | <5 | still needing development: tagged in as many cases or more |"))

        let note = try runMaca(["register", "note", "--sessions", sessions, "2026-05-12-neglect", "--shared-with", "Executive board, 2026-07-01"])
        #expect(note.status == 0, "\(note.stderr)")
        let register = try runMaca(["register", "--sessions", sessions, "--today", "2027-04-15"])
        #expect(register.status == 0)
        #expect(register.stdout.contains("| 2026-05-12-neglect | neglect | 2026-05-12 | 2 |"))
        #expect(register.stdout.contains("| Executive board, 2026-07-01 | 2 | 1 | 1 | neglect-2026-05-12-A2: Attendance now shared within 5 days in 18 of 20 cases. |"))
        let csv = try runMaca(["register", "--sessions", sessions, "--format", "csv"])
        #expect(csv.stdout.contains("\"2026-11-20-neglect\",\"neglect\",\"2026-11-20\""))
    }
}
