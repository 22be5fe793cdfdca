import Foundation
import MACAKit
import MACATestSupport
import Testing

/// Tab completion that knows the partnership's data, asked of bash, fish and
/// zsh through maca's own generated scripts.
@Suite("Completions that know the data", .serialized)
struct CompletionTests {
    /// A partnership with a closed day (the demo), an unfinished day, a
    /// config listing its agencies, and candidate lists in the working folder.
    final class Partnership {
        let home: IsolatedHome
        let work: TemporaryFolder
        let shells: ShellCompletion
        let closed: String
        let unfinished: String

        init() throws {
            home = try IsolatedHome()
            work = try TemporaryFolder("maca-work")
            let sessions = work.file("days")
            try home.writeConfig("""
                sessions: \(sessions)
                agencies:
                  - id: yjs
                    name: Youth justice service
                """)
            let environment = home.environment.merging(["MACA_TEMPLATES": "\(packageRoot)/audit-templates"]) { _, new in new }
            let (done, closedFolder) = try DayScripts.run(try DayScripts.demo(), sessions: sessions)
            guard done.status == 0, let closedFolder else { throw CocoaError(.fileNoSuchFile) }
            closed = (closedFolder as NSString).lastPathComponent
            // The same demo on another date, left part way through.
            let (first, _) = try DayScripts.demoSplit(after: "Grandmother collects the child from nursery twice a week.")
            let left = try runMaca(["run", "--template", "neglect", "--sessions", sessions], input: first.replacingOccurrences(of: "2026-11-20", with: "2026-11-27") + ":quit\n", environment: environment)
            guard left.status == 0 else { throw CocoaError(.fileNoSuchFile) }
            unfinished = "2026-11-27-neglect"
            for file in ["cases-march.csv", "cases-april.CSV.bak", "notes.txt"] {
                try "reference\n".write(toFile: work.file(file), atomically: true, encoding: .utf8)
            }
            shells = try ShellCompletion(environment: environment, directory: work.path)
        }

        deinit {
            shells.remove()
            home.folder.remove()
            work.remove()
        }
    }

    static let templateIDs = ["child-exploitation", "children-missing", "domestic-abuse", "neglect"]

    @Test("bash completes template ids, days by state, action ids, agency ids and candidate CSV files")
    func bash() throws {
        let partnership = try Partnership()
        let bash = partnership.shells
        #expect(try bash.bash("maca run --template ") == Self.templateIDs)
        #expect(try bash.bash("maca run --template ne") == ["neglect"])
        #expect(try bash.bash("maca report --theme child") == ["child-exploitation", "children-missing"])
        #expect(try bash.bash("maca templates show d") == ["domestic-abuse"])
        // Open days for resume and enter, closed days for show and report, every day for verify.
        #expect(try bash.bash("maca resume ") == [partnership.unfinished])
        #expect(try bash.bash("maca enter --day ") == [partnership.unfinished])
        #expect(try bash.bash("maca show ") == [partnership.closed])
        #expect(try bash.bash("maca report --theme neglect ") == [partnership.closed])
        #expect(try bash.bash("maca report --theme neglect \(partnership.closed) ") == [], "a day already typed is not offered again")
        #expect(try bash.bash("maca verify ").sorted() == [partnership.closed, partnership.unfinished].sorted())
        let actions = try bash.bash("maca actions update ")
        #expect(actions.count >= 2)
        #expect(actions.allSatisfy { $0.hasPrefix("neglect-2026-11-20-A") }, "\(actions)")
        #expect(try bash.bash("maca actions update neglect-2026-11-20-A1") == ["neglect-2026-11-20-A1"])
        // Agencies: the day's when --day names it; else the partnership's and the templates'.
        let dayAgencies = try bash.bash("maca enter --day \(partnership.unfinished) --agency ")
        #expect(dayAgencies.contains("youth-service"), "an agency added on the day: \(dayAgencies)")
        #expect(dayAgencies.contains("police"))
        let agencies = try bash.bash("maca actions list --agency ")
        #expect(agencies.first == "yjs")
        #expect(agencies.contains("csc"))
        // Candidate lists: .csv files (and folders), nothing else.
        let candidates = try bash.bash("maca run --template neglect --candidates ")
        #expect(candidates.contains("cases-march.csv"))
        #expect(!candidates.contains("notes.txt"))
        #expect(!candidates.contains("cases-april.CSV.bak"))
        // --sessions on the line is honoured: another folder, other days.
        #expect(try bash.bash("maca show --sessions \(packageRoot)/examples/sessions ") == [ExampleDay.name])
        // Statuses are a fixed list.
        #expect(try bash.bash("maca actions update neglect-2026-11-20-A1 --status n") == ["not-started", "not-achieved"])
    }

    @Test("fish, in a real terminal, lists template ids, days and actions with what each is")
    func fish() throws {
        let partnership = try Partnership()
        let shells = partnership.shells
        let templates = try shells.interactive("fish", "maca run --template ", expecting: "(Neglect)")
        for id in Self.templateIDs { #expect(templates.contains(id), "\(templates)") }
        #expect(templates.contains("(Neglect)"))
        let resume = try shells.interactive("fish", "maca resume 2026", expecting: partnership.unfinished)
        #expect(resume.contains("maca resume \(partnership.unfinished)"), "the one unfinished day completes in place: \(resume)")
        // fish's pager shortens long values on the left: "…6-11-20-A1".
        let actions = try shells.interactive("fish", "maca actions update ", expecting: "-A2")
        #expect(actions.contains("maca actions update neglect-2026-11-20-A"), "the common part completes: \(actions)")
        #expect(actions.contains("-A1 "), "\(actions)")
        #expect(actions.contains("not-started, due 2027-"), "\(actions)")
    }

    @Test("zsh, in a real terminal, lists action ids with their status, and completes a unique template id in place")
    func zsh() throws {
        let partnership = try Partnership()
        let listed = try partnership.shells.interactive("zsh", "maca actions update ", tabs: 2, expecting: "not-started, due")
        #expect(listed.contains("neglect-2026-11-20-A1"), "\(listed)")
        #expect(listed.contains("not-started, due 2027-"), "\(listed)")
        let unique = try partnership.shells.interactive("zsh", "maca run --template negl", expecting: "--template neglect ")
        #expect(unique.contains("maca run --template neglect "), "\(unique)")
        let show = try partnership.shells.interactive("zsh", "maca show ", expecting: partnership.closed)
        #expect(show.contains("maca show \(partnership.closed) "), "the one closed day completes in place: \(show)")
    }

    @Test("a completion that cannot be worked out (broken config, no sessions folder) offers nothing and never fails the shell")
    func quietWhenBroken() throws {
        let home = try IsolatedHome()
        let work = try TemporaryFolder("maca-work")
        defer {
            home.folder.remove()
            work.remove()
        }
        try home.writeConfig("sessions: [not, a, path]\n")
        let shells = try ShellCompletion(environment: home.environment, directory: work.path)
        defer { shells.remove() }
        #expect(try shells.bash("maca resume ") == [])
        #expect(try shells.bash("maca actions update ") == [])
        #expect(try shells.bash("maca run --template ") == [])
    }
}
