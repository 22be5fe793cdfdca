import Foundation
import MACAKit
import MACATestSupport
import Testing

/// Answers of 4 MiB, given each way maca takes text: saved whole, the day
/// verifying, and the identifier planted near the end still found. How long
/// they take is shown by `Scripts/bench` (Documentation/Performance.md),
/// never asserted here.
@Suite("Long answers")
struct LongAnswerTests {
    static let size = 4 << 20
    static let question = AnswerKey(ref: "DEMO-0101", question: "daily-care")

    /// The demo day's replaced answer is `expected`, byte for byte; the guard
    /// warned of the planted number, which was kept deliberately (so the
    /// answer is saved as typed); the day closed and verifies.
    static func expectSaved(_ expected: String, result: CommandResult, folder: String?, sessions: String) throws {
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("✗"), "a line was refused")
        #expect(result.stdout.contains("This looks like it holds an NHS number (in the answer to 'What did the records show about the child's…')"))
        let folder = try #require(folder)
        let day = try DayScripts.fold(folder)
        #expect(day.isClosed)
        guard case let .text(saved)? = day.caseAudit(question.ref)?.answer(question.question) else {
            Issue.record("no text saved for \(question.question)")
            return
        }
        #expect(saved.utf8.count == expected.utf8.count)
        #expect(saved.utf8.elementsEqual(expected.utf8), "the saved answer differs from the one given")
        let records = try JournalReader.read(path: "\(folder)/facilitator.jsonl").records
        #expect(records.contains { $0.event == .identifierChoice(IdentifierChoice(key: question, kinds: ["NHS number"], replaced: false, reason: LongAnswers.keepReason)) })
        let verify = try runMaca(["verify", "--sessions", sessions, (folder as NSString).lastPathComponent])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        try expectPlantedFound(in: saved)
    }

    /// The guard finds the planted number in the saved text, and only it, at its place.
    static func expectPlantedFound(in text: String) throws {
        let planted = try #require(text.range(of: LongAnswers.plantedNHSNumber))
        let offset = text.utf16.distance(from: text.startIndex, to: planted.lowerBound)
        let findings = IdentifierGuard(referenceYear: 2026).scan(text)
        #expect(findings.map(\.kind) == [.nhsNumber])
        #expect(findings.first?.text == LongAnswers.plantedNHSNumber)
        #expect(findings.first?.range == offset..<(offset + LongAnswers.plantedNHSNumber.utf16.count))
    }

    @Test("a 4 MiB answer on one piped line is saved byte for byte by maca run")
    func pipedLine() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let prose = LongAnswers.prose(bytes: Self.size)
        #expect(prose.utf8.count > Self.size - 200)
        let (result, folder) = try DayScripts.run(try LongAnswers.demo(typing: prose), sessions: sessions.path)
        try Self.expectSaved(prose, result: result, folder: folder, sessions: sessions.path)
    }

    @Test("a 4 MiB answer on one piped line is saved byte for byte by maca resume")
    func resumed() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (before, after) = try LongAnswers.demoAroundReplaced()
        let (_, folder) = try DayScripts.run(before, sessions: sessions.path)
        let name = (try #require(folder) as NSString).lastPathComponent
        let prose = LongAnswers.prose(bytes: Self.size)
        let result = try runMaca(["resume", "--sessions", sessions.path, name], input: prose + "\nk\n" + LongAnswers.keepReason + "\n" + after)
        #expect(result.stdout.contains("Resuming \(name) at case DEMO-0101, daily-care"))
        try Self.expectSaved(prose, result: result, folder: folder, sessions: sessions.path)
    }

    @Test("a 4 MiB answer typed as thousands of lines continued with a backslash is saved as those lines")
    func continued() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let lines = LongAnswers.sentences(bytes: Self.size)
        #expect(lines.count > 10_000)
        let (result, folder) = try DayScripts.run(try LongAnswers.demo(typing: LongAnswers.continued(lines)), sessions: sessions.path)
        // Every line after the first was read at the continuation prompt.
        #expect(result.stdout.components(separatedBy: "\n… Entry ").count - 1 == lines.count - 1)
        try Self.expectSaved(lines.joined(separator: "\n"), result: result, folder: folder, sessions: sessions.path)
    }

    @Test("a 4 MiB answer written by $EDITOR on a terminal is saved byte for byte, and its private file removed")
    func editor() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let prose = LongAnswers.prose(bytes: Self.size)
        let written = sessions.file("written-in-the-editor.txt")
        try Data(prose.utf8).write(to: URL(fileURLWithPath: written))
        let script = try DayScripts.demo(replacing: LongAnswers.replacedAnswer, with: [":editor", "k", LongAnswers.keepReason])
        // :editor needs a terminal: the day is typed into one, line by line.
        let result = try PseudoTerminalProcess.runMaca(
            ["run", "--template", "neglect", "--sessions", sessions.path], lines: script.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init),
            environment: ["EDITOR": "cp '\(written)'", "VISUAL": "", "NO_COLOR": "1"]
        )
        let folder = try SessionStore(directory: sessions.path).dayFolders().last.map { "\(sessions.path)/\($0)" }
        try Self.expectSaved(prose, result: result, folder: folder, sessions: sessions.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: try #require(folder)).filter { $0.hasPrefix(".editing") }.isEmpty)
    }

    @Test("a return form with a 4 MiB field is refused for its planted number, then imported with --redact, every other byte kept")
    func returnsImport() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (before, _) = try LongAnswers.demoAroundReplaced()
        let (_, made) = try DayScripts.run(before, sessions: sessions.path)
        let folder = try #require(made)
        let name = (folder as NSString).lastPathComponent
        let blank = try runMaca(["returns", "form", "--sessions", sessions.path, "--day", name, "--agency", "police"])
        #expect(blank.status == 0, "\(blank.stderr)")
        let lines = LongAnswers.sentences(bytes: Self.size)
        let form = sessions.file("police-return.yaml")
        try Data(LongAnswers.returnForm(blank.stdout, auditor: "Auditor B", involvement: lines).utf8).write(to: URL(fileURLWithPath: form))

        let refused = try runMaca(["returns", "import", "--sessions", sessions.path, form])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("field 'return-involvement' of case DEMO-0101 looks like it holds an NHS number"), "\(refused.stderr)")
        #expect(try SessionStore.journalPaths(in: folder).count == 1)

        let imported = try runMaca(["returns", "import", "--sessions", sessions.path, "--redact", form])
        #expect(imported.status == 0, "\(imported.stderr)")
        let expected = lines.joined(separator: "\n").replacingOccurrences(of: LongAnswers.plantedNHSNumber, with: "[NHS number]")
        guard case let .text(saved)? = try DayScripts.fold(folder).caseAudit("DEMO-0101")?.answer("return-involvement", agency: "police") else {
            Issue.record("no return-involvement imported")
            return
        }
        #expect(saved.utf8.elementsEqual(expected.utf8), "the imported answer differs from the form's")
        #expect(IdentifierGuard(referenceYear: 2026).scan(saved).isEmpty)
        let verify = try runMaca(["verify", "--sessions", sessions.path, name])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }
}
