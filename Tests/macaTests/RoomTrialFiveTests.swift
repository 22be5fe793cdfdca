import Foundation
import MACAKit
import MACATestSupport
import Testing

/// A fifth cold facilitator trial of `maca run` (issue 17): an agency
/// involved in a case but not at the day was shown by its id. Each test
/// fails without its fix.
@Suite("The room's fifth trial: agencies by name")
struct RoomTrialFiveTests {
    @Test("an agency involved in a case but not attending is named as the template names it, in the marker, :sections and the grades' missing returns")
    func absentAgencyByName() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        // The GP practice is involved in case 1 but not at the day.
        var script = try DayScripts.demo(replacing: "csc, police, health-hv-sn, health-gp, education, +Youth service",
                                         with: ["csc, police, health-hv-sn, education, +Youth service"])
        script = script.replacingOccurrences(of: "\n# Grades: the level (number, id or name), then its rationale.\n",
                                             with: "\n# Grades: the level (number, id or name), then its rationale.\n:sections\n")
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        let day = try DayScripts.fold(try #require(folder))
        #expect(!day.agencies.map(\.id).contains("health-gp"))
        #expect(day.caseAudit("DEMO-0101")?.answer("agencies-involved") == .choices(["csc", "health-hv-sn", "health-gp", "police"]))
        let out = result.stdout
        #expect(out.contains("› What worked well: GP practice › 1 of 4"), "\(out.prefix(20000))")
        #expect(out.contains("› Areas for improvement: GP practice ›"))
        #expect(out.contains("No return yet from: Children's social care, Police, Health visiting and school nursing, GP practice"))
        #expect(out.contains("GP practice done"))
        // The id appears only where the room typed it, in the case's profile.
        #expect(!out.contains(": health-gp"))
        #expect(!out.contains(", health-gp "))
        #expect(!out.contains("health-gp done"))
    }

    @Test(":goto to a per-agency section takes an absent agency by the template's name")
    func gotoAbsentAgencyByName() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let demo = try DayScripts.demo(replacing: "csc, police, health-hv-sn, health-gp, education, +Youth service",
                                       with: ["csc, police, health-hv-sn, education, +Youth service"])
        let cut = try #require(demo.range(of: "\n# Grades: the level (number, id or name), then its rationale.\n"))
        let (first, made) = try DayScripts.run(String(demo[..<cut.upperBound]) + ":quit\n", sessions: sessions.path)
        #expect(first.status == 0, "\(first.stderr)")
        let name = ((try #require(made)) as NSString).lastPathComponent
        let result = try runMaca(["resume", "--sessions", sessions.path, name], input: ":goto improvement GP practice\n:quit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("› Areas for improvement: GP practice › 1 of 3"), "\(result.stdout.suffix(3000))")
        #expect(!result.stdout.contains("no agency involved"))
    }

    @Test("in set-up, a slip for a command is named as in the day: :hlep, did you mean :help; :sectoins works once the day is open")
    func setUpCommandSlip() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let result = try runMaca(["run", "--template", "neglect", "--templates", "\(packageRoot)/audit-templates", "--sessions", sessions.path],
                                 input: ":hlep\n:sectoins\n:zzzzzz\n:quit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("':hlep' is not a command: did you mean :help? Nothing was done; :help lists them"), "\(result.stdout)")
        #expect(result.stdout.contains("':sectoins' is not a command: did you mean :sections? It works once the day is open; here: ?, :help, :draft, :quit"))
        #expect(result.stdout.contains("':zzzzzz' is not a command: :help lists them"))
        #expect(try SessionStore(directory: sessions.path).dayFolders().isEmpty)
    }

    @Test(":goto with a slip in a section's name names the section meant, and goes nowhere")
    func gotoSlipNamesSection() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (first, _) = try DayScripts.demoSplit(after: "used-once")
        let (made, dayFolder) = try DayScripts.run(first + ":quit\n", sessions: sessions.path)
        #expect(made.status == 0, "\(made.stderr)")
        let name = ((try #require(dayFolder)) as NSString).lastPathComponent
        let result = try runMaca(["resume", "--sessions", sessions.path, name],
                                 input: ":goto voise\n:goto wroked well\n:goto improvment\n:goto zzzz\n:quit\n")
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("DEMO-0101 has no section 'voise'"), "\(out.suffix(3000))")
        #expect(out.contains("did you mean :goto voice (The voice of the child)?"))
        #expect(out.contains("did you mean :goto worked-well (What worked well)?"))
        #expect(out.contains("did you mean :goto improvement (Areas for improvement)?"))
        #expect(out.contains("DEMO-0101 has no section 'zzzz'"))
        #expect(out.components(separatedBy: "did you mean :goto").count - 1 == 3)
        // None of them moved the day: still at the first question of the lived experience.
        #expect(!out.contains("› The voice of the child"))
    }

    @Test("agencies attending typed with spaces and no commas (1 2 5 +Youth justice service) are taken as with commas")
    func agenciesBySpaces() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let demo = try DayScripts.demo(replacing: "csc, police, health-hv-sn, health-gp, education, +Youth service",
                                       with: ["1 3 5 4 8 +Youth justice service"])
        let cut = try #require(demo.range(of: "\nDEMO-0101\n"))
        let (result, made) = try DayScripts.run(String(demo[..<cut.lowerBound]) + "\n:quit\n", sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("saved: 6 agencies attending"), "\(result.stdout.suffix(3000))")
        let day = try DayScripts.fold(try #require(made))
        #expect(day.agencies.map(\.id) == ["csc", "police", "health-hv-sn", "health-gp", "education", "youth-justice-service"])
        #expect(day.agencies.last?.name == "Youth justice service")
    }
}
