import Foundation
import MACAKit
import MACATestSupport
import Testing

/// `maca recommend`: partnership recommendations, SMART, guarded, tracked.
@Suite("Partnership recommendations")
struct RecommendTests {
    static let good = [
        "--theme", "neglect", "--text", "Audit the use of the Graded Care Profile in early help",
        "--owner", "Quality sub-group chair", "--due", "2027-06-30",
        "--measure", "re-audit shows GCP2 used in 8 of 10 neglect cases", "--resources", "none needed", "--today", "2026-12-03",
    ]

    /// `good` with one option's value replaced.
    static func with(_ option: String, _ value: String) -> [String] {
        var arguments = good
        arguments[arguments.firstIndex(of: option)! + 1] = value
        return arguments
    }

    @Test("a SMART recommendation is saved as THEME-R1, then R2; listed with its status; updated with evidence; complete needs evidence")
    func addUpdateList() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let folder = ["--sessions", sessions.path]
        let first = try runMaca(["recommend", "add"] + Self.good + folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Saved: neglect-R1, amber, due 2027-06-30, owned by Quality sub-group chair"))
        #expect(try runMaca(["recommend", "add"] + Self.with("--theme", "domestic-abuse") + folder).stdout.contains("domestic-abuse-R1"))
        #expect(try runMaca(["recommend", "add"] + Self.with("--due", "30/09/2027") + folder).stdout.contains("neglect-R2, amber, due 2027-09-30"))
        let incomplete = try runMaca(["recommend", "update", "neglect-R1", "--status", "complete"] + folder)
        #expect(incomplete.status == 65)
        #expect(incomplete.stderr.contains("complete only with the evidence that its measure was met"))
        #expect(try runMaca(["recommend", "update", "neglect-R1", "--status", "green", "--evidence", "GCP2 used in 6 of 10"] + folder).status == 0)
        let list = try runMaca(["recommend", "list", "--theme", "neglect", "--today", "2027-08-01"] + folder)
        #expect(list.stdout.contains("neglect-R1  green  OVERDUE  due 2027-06-30  Quality sub-group chair"), "\(list.stdout)")
        #expect(list.stdout.contains("evidence: GCP2 used in 6 of 10"))
        #expect(list.stdout.contains("neglect-R2  amber  due 2027-09-30"))
        #expect(!list.stdout.contains("domestic-abuse"))
        let unknown = try runMaca(["recommend", "update", "neglect-R9", "--status", "red"] + folder)
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("no recommendation has the id 'neglect-R9' (for example: neglect-R1"))
        #expect(try runMaca(["recommend", "update", "neglect-R1", "--status", "purple"] + folder).status == 64)
    }

    @Test("what is not SMART is refused (65), each field named, and nothing is written", arguments: [
        ("--text", "ongoing", "the recommendation (--text)"),
        ("--text", "Continue to monitor neglect cases closely", "Specific: the recommendation (--text) 'Continue to monitor neglect cases closely' opens with 'continue'"),
        ("--text", "Be aware of the guidance", "Specific: the recommendation (--text) 'Be aware of the guidance' opens with 'be aware'"),
        ("--owner", " ", "Assignable: the owner (--owner) is missing"),
        ("--owner", "all agencies", "Assignable: the owner (--owner) 'all agencies' is not one role"),
        ("--due", "2026-12-03", "is not after today (2026-12-03)"),
        ("--due", "2029-01-01", "more than 24 months away"),
        ("--due", "soon", "the due date (--due): 'soon' is not a date"),
        ("--measure", "In progress.", "Measurable: the measure of success (--measure) 'In progress.' is a state of work, not evidence"),
        ("--measure", "Staff more aware", "Measurable: the measure of success (--measure) 'Staff more aware' names no evidence"),
        ("--resources", "", "Realistic: the resources (--resources) are not stated, and are stated even when none are needed"),
        ("--resources", "tbc", "Realistic: the resources (--resources) 'tbc' do not say what it needs"),
    ])
    func notSmart(option: String, value: String, saying: String) throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let result = try runMaca(["recommend", "add", "--sessions", sessions.path] + Self.with(option, value))
        #expect(result.status == 65)
        #expect(result.stderr.contains("the recommendation is not SMART, so nothing was saved"))
        #expect(result.stderr.contains(saying), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(sessions.path)/actions"))
    }

    @Test("'none needed' and its like are resources stated; blank is not")
    func resourcesStated() {
        for stated in ["none", "None needed", "None required.", "within existing resources", "No additional resources", "two training days"] {
            #expect(Recommendations.problems(text: "Audit early help neglect cases", owner: "Chair", due: "2027-01-31", measure: "a re-audit", resources: stated, today: "2026-12-03").isEmpty, "\(stated)")
        }
    }

    @Test("an identifier in any field is refused (65, nothing written), and replaced with --redact so that no list shows it",
          arguments: ["--text", "--owner", "--measure", "--resources"])
    func identifierInAField(option: String) throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let planted = "Review the plan of NHS 943 476 5919 and others"
        let arguments = ["recommend", "add", "--sessions", sessions.path] + Self.with(option, planted)
        let refused = try runMaca(arguments)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("looks like it holds an NHS number"))
        #expect(!FileManager.default.fileExists(atPath: "\(sessions.path)/actions"))
        let redacted = try runMaca(arguments + ["--redact"])
        #expect(redacted.status == 0)
        #expect(redacted.stderr.contains("replaced with [NHS number]"))
        let update = try runMaca(["recommend", "update", "neglect-R1", "--status", "green", "--evidence", "seen for 943 476 5919", "--sessions", sessions.path])
        #expect(update.status == 65)
        let files = try FileManager.default.contentsOfDirectory(atPath: "\(sessions.path)/actions")
        for file in files {
            #expect(try !String(contentsOfFile: "\(sessions.path)/actions/\(file)", encoding: .utf8).contains("5919"))
        }
        #expect(try !runMaca(["recommend", "list", "--sessions", sessions.path]).stdout.contains("5919"))
    }

    @Test("eight recommendations added at once get eight different ids")
    func concurrentIDs() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        // Eight processes at once, each its own reporter's journal, all under the tracker's one lock.
        let path = sessions.path
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            _ = try? runMaca(["recommend", "add", "--sessions", path, "--by", "member \(index)"] + Self.good)
        }
        let list = try runMaca(["recommend", "list", "--sessions", sessions.path]).stdout
        #expect(Set((1...8).filter { list.contains("neglect-R\($0) ") }).count == 8, "\(list)")
    }
}
