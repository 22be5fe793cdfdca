import Foundation
import MACAKit
import MACATestSupport
import Testing

/// `maca run --candidates`: a filtered, seeded sample becomes the day's cases.
@Suite("Choosing cases from a candidate list")
struct CandidateRunTests {
    static let candidates = "\(packageRoot)/examples/candidates.csv"

    /// Set-up, the filter, the sample size, keep it, accept each suggested reason, then stop adding.
    static func script(filter: String, count: Int) -> String {
        (["2026-11-20", "Exampleshire (invented)", "Demo Facilitator", "csc, police, health-hv-sn, education", "",
          filter, "\(count)", "yes"] + Array(repeating: "", count: count) + ["", ":quit"]).joined(separator: "\n") + "\n"
    }

    @Test("the same filter and seed draw the same cases, recorded with the seed in each reason")
    func seededSample() throws {
        let template = try TemplateLibrary(directory: "\(packageRoot)/audit-templates").template(id: "neglect")
        let list = try CandidateList.load(path: Self.candidates, template: template)
        let filter = try CandidateFilter.parse("plan=child-protection,child-in-need", template: template)
        let expected = CaseSample.draw(3, from: list.filtered(by: filter), seed: 42).map(\.ref)

        var days: [AuditDay] = []
        for _ in 0..<2 {
            let sessions = try TemporaryFolder()
            defer { sessions.remove() }
            let (result, folder) = try DayScripts.run(
                Self.script(filter: "plan=child-protection,child-in-need", count: 3), sessions: sessions.path,
                extra: ["--candidates", Self.candidates, "--seed", "42"]
            )
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.contains("✗"))
            days.append(try DayScripts.fold(try #require(folder)))
        }
        #expect(days[0].cases.map(\.ref) == expected)
        #expect(days[1].cases.map(\.ref) == expected)
        #expect(days[0].cases.allSatisfy { $0.reasonSelected.contains("seed 42") })
    }

    @Test("the candidate list's age band and plan become the case profile's defaults")
    func profileDefaults() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        // Draw one, then accept the first two profile questions' defaults.
        var lines = Self.script(filter: "", count: 1).components(separatedBy: "\n")
        lines.removeLast(2)  // ":quit" and the final empty
        lines += ["", "", ":quit"]
        let (_, folder) = try DayScripts.run(lines.joined(separator: "\n") + "\n", sessions: sessions.path,
                                             extra: ["--candidates", Self.candidates, "--seed", "7"])
        let day = try DayScripts.fold(try #require(folder))
        let audit = try #require(day.cases.first)
        let template = try TemplateLibrary(directory: "\(packageRoot)/audit-templates").template(id: "neglect")
        let candidate = try #require(try CandidateList.load(path: Self.candidates, template: template).candidate(audit.ref))
        #expect(audit.answer("age-band") == candidate.ageBand.map(AnswerValue.choice))
        #expect(audit.answer("plan-type") == candidate.planType.map(AnswerValue.choice))
    }

    @Test("a filter naming an unknown plan type is refused with the valid ones, and asked again")
    func badFilter() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = Self.script(filter: "plan=custody\nplan=child-protection", count: 2)
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path, extra: ["--candidates", Self.candidates, "--seed", "3"])
        #expect(result.stdout.contains("custody"))
        #expect(result.stdout.contains("child-protection"))
        #expect(try DayScripts.fold(try #require(folder)).cases.count == 2)
    }

    @Test("a candidate list with a problem stops the run before anything is written, exit 65")
    func brokenList() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let csv = sessions.file("broken.csv")
        try "Age,Plan type\n3,Child Protection\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let (result, folder) = try DayScripts.run("", sessions: sessions.path, extra: ["--candidates", csv])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("error: \(csv):1:"))
        #expect(folder == nil)
    }
}
