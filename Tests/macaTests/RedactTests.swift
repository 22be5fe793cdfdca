import Foundation
import MACAKit
import MACATestSupport
import Testing

/// `maca redact`: a stored record's text taken out of every file of the day
/// for good, with the day still verifying, and a rewrite of the redacted
/// copy named.
@Suite("Redacting a stored record")
struct RedactTests {
    static let nhs = "943 476 5919"

    /// The demo day with an NHS number kept deliberately at the guard's prompt.
    static func keptDay(in sessions: TemporaryFolder, environment: [String: String] = [:]) throws -> (folder: String, name: String) {
        let script = try DayScripts.demo(replacing: "Breakfast at nursery most days; no routine at home for bedtime.",
                                         with: ["Breakfast at nursery; NHS number \(nhs) on the form.", "k", "Quoted from the nursery form."])
        let ran = try runMaca(["run", "--template", "neglect", "--sessions", sessions.path], input: script, environment: environment)
        #expect(ran.status == 0, "\(ran.stderr)")
        let name = try #require(try SessionStore(directory: sessions.path).dayFolders().first)
        return (sessions.file(name), name)
    }

    static func everyFile(_ folder: String) throws -> [(String, Data)] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { ($0, try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\($0)"))) }
    }

    static func number(of text: String, in list: String) throws -> (file: String, record: String) {
        let line = try #require(list.split(separator: "\n").first { $0.contains(text) })
        let parts = line.split(separator: " ")
        return (String(parts[0]), String(parts[1]))
    }

    @Test("a kept identifier stops the report; redacted, it is in no file of the day, the day verifies signed and sealed, and the report is written")
    func keptThenRedacted() throws {
        let home = try IsolatedHome()
        let sessions = try TemporaryFolder()
        defer { home.folder.remove(); sessions.remove() }
        #expect(try runMaca(["init", "--yes"], input: "", environment: home.environment).status == 0)
        let (folder, name) = try Self.keptDay(in: sessions, environment: home.environment)
        let maca = { (arguments: [String]) throws -> CommandResult in try runMaca(arguments, environment: home.environment) }
        #expect(try maca(["report", "--theme", "neglect", "--sessions", sessions.path, "--out", sessions.file("r1")]).status == 65)
        let list = try maca(["redact", "--sessions", sessions.path, name, "--list"])
        #expect(list.status == 0)
        let (file, record) = try Self.number(of: Self.nhs, in: list.stdout)
        #expect(file == "facilitator.jsonl")
        let redacted = try maca(["redact", "--sessions", sessions.path, name, "--record", record, "--reason", "kept by mistake", "--by", "Quality lead"])
        #expect(redacted.status == 0, "\(redacted.stderr)")
        for (file, data) in try Self.everyFile(folder) {
            #expect(!String(decoding: data, as: UTF8.self).contains(Self.nhs), "\(file) still holds the text")
        }
        let verified = try maca(["verify", "--signed", "--sessions", sessions.path, name])
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(verified.stdout.contains("sealed at its close"))
        #expect(try maca(["show", "--sessions", sessions.path, name]).stdout.contains("&#91;redacted&#93;"))
        #expect(try String(contentsOfFile: "\(folder)/record.md", encoding: .utf8).contains("&#91;redacted&#93;"))
        let report = try maca(["report", "--theme", "neglect", "--sessions", sessions.path, "--out", sessions.file("r2")])
        #expect(report.status == 0, "\(report.stderr)")
        // Again: nothing to do, nothing changes.
        let before = try Self.everyFile(folder)
        #expect(try maca(["redact", "--sessions", sessions.path, name, "--record", record, "--reason", "again"]).stdout.contains("already redacted"))
        #expect(try Self.everyFile(folder).map(\.1) == before.map(\.1))
    }

    @Test("a redacted copy changed afterwards, or a record marked redacted without a redaction record, is named by verify")
    func rewrittenCopy() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name) = try Self.keptDay(in: sessions)
        let list = try runMaca(["redact", "--sessions", sessions.path, name, "--list"]).stdout
        let (_, record) = try Self.number(of: Self.nhs, in: list)
        #expect(try runMaca(["redact", "--sessions", sessions.path, name, "--record", record, "--reason", "kept by mistake"]).status == 0)
        let path = "\(folder)/facilitator.jsonl"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        // The copy's text changed back to something else.
        try original.replacingOccurrences(of: "[redacted]", with: "Breakfast at nursery, fine.").write(toFile: path, atomically: true, encoding: .utf8)
        let changed = try runMaca(["verify", "--sessions", sessions.path, name])
        #expect(changed.status == 65)
        #expect(changed.stdout.contains("\(path): record \(record) is marked redacted, but no redaction record vouches for it as it is: it was rewritten"), "\(changed.stdout)")
        // Another record marked redacted and changed, with its hash kept: the same.
        var lines = original.split(separator: "\n").map(String.init)
        let grade = try #require(lines.firstIndex { $0.contains("\"type\":\"grade-agreed\"") && $0.contains("requires-improvement") })
        lines[grade] = lines[grade].replacingOccurrences(of: "\"requires-improvement\"", with: "\"outstanding\"").replacingOccurrences(of: ",\"prev\":", with: ",\"prev\":").replacingOccurrences(of: "\"seq\":", with: "\"redacted\":true,\"seq\":")
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let forged = try runMaca(["verify", "--sessions", sessions.path, name])
        #expect(forged.status == 65)
        #expect(forged.stdout.contains("record \(grade + 1) is marked redacted, but no redaction record vouches for it"), "\(forged.stdout)")
    }

    @Test("an unknown record, a record without text or a missing reason is refused, and nothing changes",
          arguments: [(["--record", "999", "--reason", "x"], Int32(65), "no record 999"),
                      (["--record", "UNLISTED", "--reason", "x"], 65, "holds no free text to redact"),
                      (["--record", "2"], 64, "give the reason"),
                      (["--record", "2", "--reason", "x", "--journal", "../x.jsonl"], 64, "is not a journal's name"),
                      (["--record", "2", "--reason", "x", "--journal", "auditor-csc-nobody.jsonl"], 65, "no journal named auditor-csc-nobody.jsonl")])
    func refused(arguments: [String], status: Int32, says: String) throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name) = try Self.keptDay(in: sessions)
        // A record with no text: the first number --list does not show.
        let listed = Set(try runMaca(["redact", "--sessions", sessions.path, name, "--list"]).stdout.split(separator: "\n")
            .filter { $0.hasPrefix("facilitator.jsonl ") }.compactMap { Int($0.split(separator: " ")[1]) })
        let unlisted = String((1...).first { !listed.contains($0) }!)
        let arguments = arguments.map { $0 == "UNLISTED" ? unlisted : $0 }
        let before = try Self.everyFile(folder)
        let result = try runMaca(["redact", "--sessions", sessions.path, name] + arguments)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(says), "\(result.stderr)")
        #expect(try Self.everyFile(folder).map(\.1) == before.map(\.1))
    }

    @Test("a correction that kept the redacted text as its old value is redacted with it")
    func correctionCopies() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let journal = try SampleJournals.facilitator(at: folder.file("facilitator.jsonl"), cases: 1)
        let key = AnswerKey(ref: "C-1", question: "daily-care")
        let given = try journal.append(.answerGiven(AnswerGiven(key: key, value: .text("Seen; NHS \(Self.nhs)."))), author: "F")
        try journal.append(.answerCorrected(AnswerCorrected(key: key, old: .text("Seen; NHS \(Self.nhs)."), new: .text("Seen at nursery."))), author: "F")
        journal.close()
        let done = try Redaction.redact(folder: folder.path, file: "facilitator.jsonl", sequence: given.sequence, reason: "an NHS number", by: "Q", signer: nil)
        #expect(done.count == 2)
        let text = try String(contentsOfFile: folder.file("facilitator.jsonl"), encoding: .utf8)
        #expect(!text.contains(Self.nhs))
        #expect(text.contains("Seen at nursery."))
        let verification = try DayVerification.check(folder: folder.path)
        #expect(Redaction.problems(verification.journals).isEmpty)
        #expect(verification.journals.allSatisfy { !$0.isDamaged })
    }

    @Test("an action's field corrected, or a case's reason changed, carries the old text: it is redacted with the record that held it")
    func entryCorrectionCopies() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let journal = try SampleJournals.facilitator(at: folder.file("facilitator.jsonl"), cases: 1)
        let old = "Visit weekly; NHS \(Self.nhs)."
        let added = try journal.append(.actionAdded(CaseEntry(ref: "TEST-0001", id: "t-A1", fields: ["action": .text(old)])), author: "F")
        try journal.append(.actionCorrected(EntryCorrected(ref: "TEST-0001", id: "t-A1", field: "action", old: .text(old), new: .text("Visit weekly."))), author: "F")
        let reason = try journal.append(.caseCorrected(CaseCorrected(ref: "TEST-0001", reason: "Seen with NHS \(Self.nhs).", previous: "spread of ages")), author: "F")
        try journal.append(.caseCorrected(CaseCorrected(ref: "TEST-0001", reason: "spread of ages", previous: "Seen with NHS \(Self.nhs).")), author: "F")
        journal.close()
        #expect(try Redaction.redact(folder: folder.path, file: "facilitator.jsonl", sequence: added.sequence, reason: "an NHS number", by: "Q", signer: nil).count == 2)
        #expect(try Redaction.redact(folder: folder.path, file: "facilitator.jsonl", sequence: reason.sequence, reason: "an NHS number", by: "Q", signer: nil).count == 2)
        let text = try String(contentsOfFile: folder.file("facilitator.jsonl"), encoding: .utf8)
        #expect(!text.contains(Self.nhs))
        #expect(text.contains("Visit weekly."))
        let verification = try DayVerification.check(folder: folder.path)
        #expect(Redaction.problems(verification.journals).isEmpty)
        #expect(verification.journals.allSatisfy { !$0.isDamaged })
    }

    @Test("redacting a case's record takes its reason, never its reference: the case keeps its answers")
    func caseReferenceKept() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name) = try Self.keptDay(in: sessions)
        let list = try runMaca(["redact", "--sessions", sessions.path, name, "--list"]).stdout
        let line = try #require(list.split(separator: "\n").first { $0.contains("reason the case was chosen") })
        #expect(!list.contains("case reference:"), "a reference is offered for redaction")
        let record = String(line.split(separator: " ")[1])
        let journals = try SessionStore.readDay(folder)
        let before = DayFold.fold(journals)
        let added = try #require(journals.flatMap(\.records).compactMap { record -> CaseAdded? in
            if case let .caseAdded(payload) = record.event { return payload } else { return nil }
        }.first)
        #expect(try runMaca(["redact", "--sessions", sessions.path, name, "--record", record, "--reason", "a reason"]).status == 0)
        let after = DayFold.fold(try SessionStore.readDay(folder))
        #expect(after.cases.map(\.ref) == before.cases.map(\.ref))
        #expect(after.cases.first?.answers.count == before.cases.first?.answers.count)
        #expect(after.notes.isEmpty, "\(after.notes)")
        // The reason is in no file of the day: neither the record asked for nor the
        // profile's answer to "why was it selected?", which is the same reason.
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let text = (try? String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)) ?? ""
            #expect(!text.contains(added.reason), "\(file)")
        }
        #expect(after.cases.first?.reasonSelected == Redaction.placeholder)
        #expect(try DayVerification.check(folder: folder).journals.allSatisfy { !$0.isDamaged })
    }

    @Test("the reason for a redaction is guarded, and the removed text's hash is keyed or not kept")
    func reasonAndHash() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name) = try Self.keptDay(in: sessions)
        let list = try runMaca(["redact", "--sessions", sessions.path, name, "--list"]).stdout
        let (_, record) = try Self.number(of: Self.nhs, in: list)
        let before = try Self.everyFile(folder)
        let refused = try runMaca(["redact", "--sessions", sessions.path, name, "--record", record, "--reason", "it was \(Self.nhs)"])
        #expect(refused.status == 65, "\(refused.stderr)")
        #expect(refused.stderr.contains("maca redact: reason for the redaction: looks like it holds an NHS number"))
        #expect(try Self.everyFile(folder).map(\.1) == before.map(\.1))
        #expect(try runMaca(["redact", "--sessions", sessions.path, name, "--record", record, "--reason", "kept by mistake"]).status == 0)
        let journal = try String(contentsOfFile: "\(folder)/facilitator.jsonl", encoding: .utf8)
        #expect(journal.contains("\"type\":\"record-redacted\""))
        #expect(!journal.contains("removedTextHash"), "an unkeyed hash of the removed text was kept")
    }
}
