import Foundation
import MACAKit
import MACATestSupport
import Testing

/// A closed day is sealed: verify proves it whole, nothing written after the
/// close counts, returns are refused until the facilitator reopens it.
@Suite("The day seal")
struct DaySealTests {
    /// A copy of the invented example day: closed and sealed with two agencies' returns.
    struct SealedDay {
        let sessions: TemporaryFolder
        var folder: String { sessions.file(ExampleDay.name) }
        var police: String { "\(folder)/auditor-police-auditor-b.jsonl" }
        var health: String { "\(folder)/auditor-health-hv-sn-auditor-c.jsonl" }
        var facilitator: String { "\(folder)/facilitator.jsonl" }

        init() throws {
            sessions = try TemporaryFolder()
            try FileManager.default.copyItem(atPath: "\(packageRoot)/examples/sessions/\(ExampleDay.name)", toPath: folder)
        }

        func verify() throws -> CommandResult {
            try runMaca(["verify", "--sessions", sessions.path, ExampleDay.name])
        }

        func overallGrades() throws -> [String] {
            DayFold.fold(try SessionStore.readDay(folder)).cases.compactMap { $0.agreedGrades["overall"]?.level }
        }
    }

    @Test("the example day is sealed, and verifies whole against its seal")
    func sealedWhole() throws {
        let day = try SealedDay()
        defer { day.sessions.remove() }
        let result = try day.verify()
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("sealed at its close: every journal checked against the seal (3 journals)"))
    }

    @Test("a journal added after the seal, with a valid chain of its own that re-grades a case, is named and changes nothing")
    func addedJournal() throws {
        let day = try SealedDay()
        defer { day.sessions.remove() }
        let before = try day.overallGrades()
        let dayID = try #require(DayFold.fold(try SessionStore.readDay(day.folder)).id)
        let forged = try JournalWriter.create(
            path: "\(day.folder)/auditor-csc-x.jsonl", day: dayID, writer: "auditor-csc-x",
            first: .writerJoined(WriterJoined(name: "X", agency: "csc")), author: "X"
        )
        try forged.append(.gradeAgreed(GradeAgreed(ref: "DEMO-0001", domain: "overall", level: "outstanding", rationale: "Forged.")), author: "X")
        forged.close()
        let result = try day.verify()
        #expect(result.status == 65)
        #expect(result.stdout.contains("\(day.folder)/auditor-csc-x.jsonl: a journal added after the day was sealed (2 records)"), "\(result.stdout)")
        #expect(try day.overallGrades() == before, "the forged grade reached the fold")
        // Nothing is shown or reported from a day that fails its seal.
        #expect(try runMaca(["show", "--sessions", day.sessions.path, ExampleDay.name]).status == 65)
        let report = try runMaca(["report", "--theme", "neglect", "--sessions", day.sessions.path, "--out", day.sessions.file("r")])
        #expect(report.status == 65)
        #expect(report.stderr.contains("auditor-csc-x.jsonl"))
    }

    @Test("a journal whose tail records were cut off is named, with how many are missing")
    func cutTail() throws {
        let day = try SealedDay()
        defer { day.sessions.remove() }
        try Tamper.cut(day.police, keeping: 4)
        let result = try day.verify()
        #expect(result.status == 65)
        #expect(result.stdout.contains("\(day.police): shorter than sealed: 4 records where the close sealed 6"), "\(result.stdout)")
    }

    @Test("a journal edited and re-hashed from the edit onwards verifies alone, but not against the seal")
    func editedAndRehashed() throws {
        let day = try SealedDay()
        defer { day.sessions.remove() }
        try Tamper.rechain(day.police) { line, body in
            line == 6 ? body.replacingOccurrences(of: "\"good\"", with: "\"outstanding\"") : body
        }
        // The forgery is good enough that the chain alone passes.
        #expect(try JournalReader.read(path: day.police).isDamaged == false)
        #expect(try String(contentsOfFile: day.police, encoding: .utf8).contains("\"outstanding\""))
        let result = try day.verify()
        #expect(result.status == 65)
        #expect(result.stdout.contains("\(day.police): record 6 is not the one sealed at the close (its hash differs): the journal was edited and re-hashed"), "\(result.stdout)")
    }

    @Test("an auditor's journal emptied is named, as empty and as shorter than sealed")
    func emptied() throws {
        let day = try SealedDay()
        defer { day.sessions.remove() }
        try Data().write(to: URL(fileURLWithPath: day.health))
        let result = try day.verify()
        #expect(result.status == 65)
        #expect(result.stdout.contains("\(day.health): empty: a journal always begins with its first record"), "\(result.stdout)")
        #expect(result.stdout.contains("\(day.health): shorter than sealed: 0 records where the close sealed 6"))
    }

    @Test("a sealed journal removed, and records written to the facilitator's after the close, are named")
    func removedAndGrown() throws {
        let day = try SealedDay()
        defer { day.sessions.remove() }
        try FileManager.default.removeItem(atPath: day.health)
        let (journal, _) = try JournalWriter.open(path: day.facilitator)
        try journal.append(.gradeAgreed(GradeAgreed(ref: "DEMO-0002", domain: "overall", level: "inadequate", rationale: "After the close.")), author: "X")
        journal.close()
        let result = try day.verify()
        #expect(result.status == 65)
        #expect(result.stdout.contains("\(day.health): sealed at the close with 6 records, and now missing"), "\(result.stdout)")
        #expect(result.stdout.contains("\(day.facilitator): 1 record written after the day was sealed"))
        #expect(try day.overallGrades().last == "good", "a grade written after the seal reached the fold")
    }

    @Test("a record written to the sealed day is still named after the day is reopened: reopening does not make it part of the day")
    func strayRecordSurvivesReopen() throws {
        let day = try SealedDay()
        defer { day.sessions.remove() }
        let (journal, _) = try JournalWriter.open(path: day.facilitator)
        try journal.append(.answerGiven(AnswerGiven(key: AnswerKey(ref: "DEMO-0002", question: "age-band", agency: nil), value: .choice("0-4"))), author: "X")
        journal.close()
        let reopen = try runMaca(["reopen", "--sessions", day.sessions.path, ExampleDay.name, "--reason", "Late police return", "--by", "Quality lead"])
        #expect(reopen.status == 0, "\(reopen.stderr)")
        let result = try day.verify()
        #expect(result.status == 65, "\(result.stdout)")
        #expect(result.stdout.contains("\(day.facilitator): 1 record written while the day was sealed, before it was reopened"), "\(result.stdout)")
    }

    @Test("returns to a closed day are refused, naming how to reopen; reopened, they count, and the report says so")
    func reopenForLateReturns() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (ran, dayFolder) = try DayScripts.run(try DayScripts.demo(), sessions: sessions.path)
        #expect(ran.status == 0)
        let folder = try #require(dayFolder)
        let name = (folder as NSString).lastPathComponent
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        // Each way in refuses as bad data for the day as it stands (65), naming the day and 'maca reopen', and writes nothing (issue 13).
        let refusal = "error: \(folder): the day is closed and sealed, so it takes no more returns; the facilitator can reopen it with 'maca reopen \(name) --reason …'"
        let enter = try runMaca(["enter", "--sessions", sessions.path, "--day", name, "--agency", "police", "--auditor", "Auditor B"], input: "Invented late involvement.\n:quit\n")
        #expect(enter.status == 65, "\(enter.stderr)")
        #expect(enter.stderr.hasPrefix(refusal), "\(enter.stderr)")
        let formFile = sessions.file("education.yaml")
        let form = try runMaca(["returns", "form", "--sessions", sessions.path, "--day", name, "--agency", "education", "--out", formFile])
        #expect(form.status == 65, "\(form.stdout)\(form.stderr)")
        #expect(form.stderr.hasPrefix(refusal), "\(form.stderr)")
        #expect(!FileManager.default.fileExists(atPath: formFile), "a refused form was written")
        #expect(try runMaca(["returns", "form", "--sessions", sessions.path, "--day", name, "--agency", "education"]).stdout.isEmpty)
        // A form filled in before the close, imported after it.
        let (template, auditDay) = try ReturnJournal.day(in: folder)
        let blank = ReturnForm.blank(day: auditDay, folderName: name, template: template, agency: try ReturnJournal.agency("education", of: auditDay, template: template))
        try blank.replacingOccurrences(of: "auditor: \"\"", with: "auditor: \"Auditor D\"").write(toFile: formFile, atomically: true, encoding: .utf8)
        let imported = try runMaca(["returns", "import", "--sessions", sessions.path, formFile])
        #expect(imported.status == 65, "\(imported.stderr)")
        #expect(imported.stderr.hasPrefix(refusal), "\(imported.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == files, "a refused return left a file")

        // Reopened: the reason is recorded, the return goes in, and a resume closes and seals it again.
        #expect(try runMaca(["reopen", "--sessions", sessions.path, name, "--reason", ""]).status == 64)
        let reopen = try runMaca(["reopen", "--sessions", sessions.path, name, "--reason", "Police return arrived after the day", "--by", "Quality lead"])
        #expect(reopen.status == 0, "\(reopen.stderr)")
        #expect(try runMaca(["reopen", "--sessions", sessions.path, name, "--reason", "again"]).status == 64)
        let open = try runMaca(["verify", "--sessions", sessions.path, name])
        #expect(open.status == 0)
        #expect(open.stdout.contains("reopened after closing (Police return arrived after the day), so not sealed now"))
        let late = try runMaca(["enter", "--sessions", sessions.path, "--day", name, "--agency", "police", "--auditor", "Auditor B"], input: "Invented late involvement: two attendances.\n:quit\n")
        #expect(late.status == 0, "\(late.stderr)")
        let closed = try runMaca(["resume", "--sessions", sessions.path, name], input: "yes\n")
        #expect(closed.stdout.contains("saved: the day is closed and sealed"), "\(closed.stdout)")
        let sealedAgain = try runMaca(["verify", "--sessions", sessions.path, name])
        #expect(sealedAgain.status == 0, "\(sealedAgain.stdout)")
        #expect(sealedAgain.stdout.contains("sealed at its close: every journal checked against the seal (2 journals)"))
        let report = try runMaca(["report", "--theme", "neglect", "--sessions", sessions.path, "--out", sessions.file("r"), "--format", "md"])
        #expect(report.status == 0, "\(report.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: sessions.file("r"))
        let markdown = try String(contentsOfFile: sessions.file("r/\(try #require(written.first))"), encoding: .utf8)
        #expect(markdown.contains("Days reopened after closing: Day 1, 1 late return"), "\(markdown)")
    }

    @Test("a close waits for no one: while an auditor's maca has its journal open, the day is not sealed")
    func closeRefusedWhileReturnOpen() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        // The demo day up to its close, then an auditor's journal held open, then the close.
        let (beforeClose, rest) = try DayScripts.demoSplit(after: "Adolescent neglect known only to early help and school.")
        let (started, folder) = try DayScripts.run(beforeClose + ":quit\n", sessions: sessions.path)
        #expect(started.status == 0)
        let dayFolder = try #require(folder)
        let (template, auditDay) = try ReturnJournal.day(in: dayFolder)
        let (held, _) = try ReturnJournal.open(in: dayFolder, day: auditDay, agency: try ReturnJournal.agency("police", of: auditDay, template: template), auditor: "Auditor B")
        let resumed = try runMaca(["resume", "--sessions", sessions.path, (dayFolder as NSString).lastPathComponent], input: rest)
        #expect(resumed.stdout.contains("a return is still being written to this day"), "\(resumed.stdout)")
        #expect(!DayFold.fold(try SessionStore.readDay(dayFolder)).isClosed)
        held.close()
        let closed = try runMaca(["resume", "--sessions", sessions.path, (dayFolder as NSString).lastPathComponent], input: "yes\n")
        #expect(closed.stdout.contains("saved: the day is closed and sealed"), "\(closed.stdout)")
    }

    @Test("a forged seal with nonsense counts (negative, huge) is named by verify and never crashes the fold")
    func nonsenseSeal() throws {
        let day = try SealedDay()
        defer { day.sessions.remove() }
        for records in ["-5", "9223372036854775807", "0"] {
            try Tamper.rechain(day.facilitator) { _, body in
                body.replacingOccurrences(of: #"(\"file\":\"auditor-police-auditor-b.jsonl\",\"head\":\"[0-9a-f]{64}\",\"records\":)-?[0-9]+"#, with: "$1\(records)", options: .regularExpression)
            }
            let result = try day.verify()
            #expect(result.status == 65, "\(records): \(result.stdout)")
            #expect(result.stdout.contains("auditor-police-auditor-b.jsonl: "), "\(records): \(result.stdout)")
            #expect(!result.stderr.contains("Fatal"), "\(records)")
            _ = DayFold.fold(try SessionStore.readDay(day.folder))
        }
    }
}

