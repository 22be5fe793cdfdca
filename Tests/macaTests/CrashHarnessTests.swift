import Foundation
import MACAKit
import MACATestSupport
import Testing

/// "Never loses an answer", as a figure: a scripted day of more than 300
/// answers is killed with SIGKILL at seeded random points and resumed each
/// time. CI runs a short version; the full run is
///
///     MACA_CRASH_KILLS=200 swift test --filter CrashHarness
///
/// (`MACA_CRASH_SEED` picks other kill points.)
@Suite("Crash harness", .serialized)
struct CrashHarnessTests {
    @Test("SIGKILL at random points loses no acknowledged answer, duplicates none, and resumes at the next question")
    func killAndResume() throws {
        let environment = ProcessInfo.processInfo.environment
        let kills = environment["MACA_CRASH_KILLS"].flatMap { Int($0) } ?? 12
        let seed = environment["MACA_CRASH_SEED"].flatMap { UInt64($0) } ?? 20_261_122
        let harness = try CrashHarness.generatedDay(cases: 10)

        let calm = try TemporaryFolder("maca-crash-reference")
        defer { calm.remove() }
        let reference = try harness.reference(sessions: calm.path)
        let answers = reference.records.filter {
            switch $0.event {
            case .answerGiven, .answerSkipped, .gradeAgreed, .actionAdded, .caseAdded: true
            default: false
            }
        }
        #expect(answers.count >= 300, "the scripted day has only \(answers.count) answers")

        let crashed = try TemporaryFolder("maca-crash")
        defer { crashed.remove() }
        let outcome = try harness.run(kills: kills, seed: seed, sessions: crashed.path, reference: reference)
        print("crash harness: seed \(seed), \(harness.script.count) lines, \(answers.count) answers: \(outcome)")
        #expect(outcome.kills == kills)
        #expect(outcome.lost == 0)
        #expect(outcome.misplaced == 0)
        #expect(outcome.problems.isEmpty, "\(outcome.problems.prefix(5))")
        #expect(outcome.acknowledgedChecked > 0)

        // The day that was killed again and again reads as the calm one, and verifies.
        let folder = try #require(try SessionStore(directory: crashed.path).dayFolders().first)
        let verify = try runMaca(["verify", "\(crashed.path)/\(folder)"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let calmFolder = try #require(try SessionStore(directory: calm.path).dayFolders().first)
        let show = { (path: String) in try runMaca(["show", path]).stdout }
        // All but the time of the last answer.
        let timeless = { (text: String) in text.replacingOccurrences(of: #"last answer at \S+"#, with: "last answer at …", options: .regularExpression) }
        #expect(try timeless(show("\(crashed.path)/\(folder)")) == timeless(show("\(calm.path)/\(calmFolder)")))
    }
}
