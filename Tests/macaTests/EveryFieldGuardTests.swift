import Foundation
import MACAKit
import MACATestSupport
import Testing

/// One guard, every path: an identifier planted in each free-text field,
/// through the command a person would use, reaches no file of the day, no
/// report, CSV, `show` output or record.md, and the commands that are not at
/// a keyboard refuse it (exit 65, nothing written) unless told to replace it.
@Suite("The identifier guard on every field")
struct EveryFieldGuardTests {
    static let nhs = "943 476 5919"
    static let planted = "NHS number \(nhs)"

    /// Replaces `line` (a whole line, once) of `script` with `lines`.
    static func replacing(_ script: String, _ line: String, with lines: [String]) -> String {
        let whole = "\n\(line)\n"
        precondition(script.components(separatedBy: whole).count == 2, "'\(line)' must stand once")
        return script.replacingOccurrences(of: whole, with: "\n" + lines.joined(separator: "\n") + "\n")
    }

    /// The demo day with the identifier planted in a case's reason for
    /// selection, an answer, a grade's rationale, an action point, an
    /// immediate concern and its acknowledgement, each replaced at the
    /// guard's prompt with "r".
    static func plantedDay() throws -> String {
        var script = try DayScripts.demo()
        script = replacing(script, "Third child protection plan in four years; youngest age band in the sample.",
                           with: ["Third child protection plan; \(planted) on the referral.", "r"])
        script = replacing(script, "Breakfast at nursery most days; no routine at home for bedtime.",
                           with: ["Breakfast at nursery; \(planted) on the nursery form.", "r"])
        script = replacing(script, "Concerns recognised by health, but the pattern across three plans was not.",
                           with: ["Recognised by health (\(planted)), but not the pattern.", "r"])
        script = replacing(script, "Repeat the Graded Care Profile before any step-down from a plan for neglect.",
                           with: ["Repeat the Graded Care Profile before step-down for \(planted)."])
        // The action point is guarded whole, after its last field.
        script = replacing(script, "2027-03-31", with: ["2027-03-31", "r"])
        script = replacing(script, "Records show no adult at home overnight last week; needs checking today.",
                           with: ["No adult at home overnight for \(planted); needs checking today."])
        script = script.replacingOccurrences(of: "\nFacilitator\n2026-11-20\n", with: "\nFacilitator\n2026-11-20\nr\n")
        script = replacing(script, "Children's social care duty manager", with: ["Duty manager, \(planted)", "r"])
        return script
    }

    @Test("planted in six fields of a day and in every command's free text, the identifier is in no file, report, CSV or output")
    func everyField() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (ran, dayFolder) = try DayScripts.run(try Self.plantedDay(), sessions: sessions.path)
        #expect(ran.status == 0, "\(ran.stderr)")
        let folder = try #require(dayFolder)
        let name = (folder as NSString).lastPathComponent
        // Each field was stopped at the guard's prompt, and a choice journaled for each, without the identifier.
        let fields = ["reason the case was chosen", "answer to 'What did the records show about the child's…'", "recognition rationale", "action point (action)", "immediate concern (concern)", "who acknowledged the concern"]
        for field in fields {
            #expect(ran.stdout.contains("This looks like it holds an NHS number (in the \(field))"), "\(field) was not guarded")
        }
        let records = try SessionStore.readDay(folder).flatMap(\.records)
        let choices = records.filter { if case .identifierChoice(let choice) = $0.event { choice.replaced } else { false } }
        // The case's reason-selected answer defaults to its reason, already replaced.
        #expect(choices.count == fields.count)
        let day = DayFold.fold(try SessionStore.readDay(folder))
        #expect(day.isClosed)

        // The commands that are not at a keyboard: refused, nothing written; replaced with --redact.
        let list = try runMaca(["actions", "list", "--sessions", sessions.path])
        let id = try #require(list.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }.first { $0.hasPrefix("neglect-") })
        let refusedUpdate = try runMaca(["actions", "update", id, "--status", "done", "--evidence", "Audit found \(Self.planted) in the file.", "--sessions", sessions.path])
        #expect(refusedUpdate.status == 65, "\(refusedUpdate.stderr)")
        #expect(refusedUpdate.stderr.contains("maca actions update \(id): evidence of progress: looks like it holds an NHS number"), "\(refusedUpdate.stderr)")
        #expect(!FileManager.default.fileExists(atPath: sessions.file("actions")), "a refused update wrote its journal")
        let update = try runMaca(["actions", "update", id, "--status", "done", "--evidence", "Audit found \(Self.planted) in the file.", "--redact", "--sessions", sessions.path])
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stderr.contains("replaced with [NHS number]"))
        let refusedNote = try runMaca(["register", "note", "--sessions", sessions.path, name, "--shared-with", "Board; \(Self.planted)"])
        #expect(refusedNote.status == 65)
        #expect(try runMaca(["register", "note", "--sessions", sessions.path, name, "--shared-with", "Board; \(Self.planted)", "--redact"]).status == 0)

        // Everything a person or a board reads.
        let out = sessions.file("reports")
        let report = try runMaca(["report", "--theme", "neglect", "--sessions", sessions.path, "--out", out, "--date", "2026-11-22"])
        #expect(report.status == 0, "\(report.stderr)")
        let export = sessions.file("actions.csv")
        #expect(try runMaca(["actions", "export", "--sessions", sessions.path, "--out", export]).status == 0)
        var readable: [(String, String)] = [
            ("show", try runMaca(["show", "--sessions", sessions.path, name]).stdout),
            ("register", try runMaca(["register", "show", "--sessions", sessions.path, "--format", "csv"]).stdout),
            ("actions list", try runMaca(["actions", "list", "--sessions", sessions.path]).stdout),
            ("actions export", try String(contentsOfFile: export, encoding: .utf8)),
        ]
        for file in try FileManager.default.subpathsOfDirectory(atPath: sessions.path) {
            var isFolder: ObjCBool = false
            let path = sessions.file(file)
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue, !file.hasSuffix(".csv") || file.hasPrefix("reports") else { continue }
            readable.append((file, try String(contentsOfFile: path, encoding: .utf8)))
        }
        #expect(readable.contains { $0.0.hasSuffix("record.md") })
        #expect(readable.contains { $0.0.hasPrefix("reports/") && $0.0.hasSuffix(".html") })
        for (what, text) in readable {
            #expect(!text.contains(Self.nhs), "\(what) holds the planted identifier")
            #expect(!text.contains("9434765919"))
        }
    }

    @Test("a reopen's reason is guarded: refused, nothing written; replaced with --redact")
    func reopenReason() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (_, dayFolder) = try DayScripts.run(try DayScripts.demo(), sessions: sessions.path)
        let folder = try #require(dayFolder)
        let name = (folder as NSString).lastPathComponent
        let before = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/facilitator.jsonl"))
        let refused = try runMaca(["reopen", "--sessions", sessions.path, name, "--reason", "Late return for \(Self.planted)"])
        #expect(refused.status == 65, "\(refused.stderr)")
        #expect(refused.stderr.contains("maca reopen: reason the day was reopened: looks like it holds an NHS number"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/facilitator.jsonl")) == before)
        #expect(try runMaca(["reopen", "--sessions", sessions.path, name, "--reason", "Late return for \(Self.planted)", "--redact"]).status == 0)
        #expect(!(try String(contentsOfFile: "\(folder)/facilitator.jsonl", encoding: .utf8)).contains(Self.nhs))
    }

    @Test("at the guard's prompt only e, r or k choose; anything else asks again, and :skip or the end of input saves nothing raw",
          arguments: [["replace", "ok", "yes", "r"], ["k", "", "Quoted in the chronology for the audit."], [":skip"], []])
    func promptKeys(typed: [String]) throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let answer = "Breakfast at nursery; \(Self.planted) on the nursery form."
        let (before, _) = try DayScripts.demoSplit(after: "A toddler in a cold flat, often hungry by the afternoon; nappy rash noted at three visits.")
        let (result, dayFolder) = try DayScripts.run(before + answer + "\n" + typed.joined(separator: "\n") + (typed.isEmpty ? "" : "\n") + ":quit\n", sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        let folder = try #require(dayFolder)
        let journal = try String(contentsOfFile: "\(folder)/facilitator.jsonl", encoding: .utf8)
        let saved = DayFold.fold(try SessionStore.readDay(folder)).caseAudit("DEMO-0101")?.answer("daily-care")
        switch typed.first {
        case "replace":
            // "replace", "ok" and "yes" each asked again; only "r" replaced it.
            #expect(result.stdout.components(separatedBy: "type e to edit it, r to replace it").count == 4)
            #expect(saved == .text("Breakfast at nursery; NHS number [NHS number] on the nursery form.") || saved == .text("Breakfast at nursery; [NHS number] on the nursery form."))
            #expect(!journal.contains(Self.nhs))
        case "k":
            // An empty reason is asked again; kept, with its reason, the identifier is saved as typed.
            #expect(result.stdout.contains("say why it must be kept"))
            #expect(saved == .text(answer))
            #expect(journal.contains("\"reason\":\"Quoted in the chronology for the audit.\""))
        default:
            #expect(saved == nil)
            #expect(!journal.contains(Self.nhs), "leaving the guard's prompt saved the raw text")
        }
    }

    @Test("a reporter's name holding a number or an address is refused before it names a file")
    func reporterName() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (_, dayFolder) = try DayScripts.run(try DayScripts.demo(), sessions: sessions.path)
        let name = ((try #require(dayFolder)) as NSString).lastPathComponent
        let list = try runMaca(["actions", "list", "--sessions", sessions.path])
        let id = try #require(list.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }.first { $0.hasPrefix("neglect-") })
        let update = try runMaca(["actions", "update", id, "--status", "in-progress", "--evidence", "Started.", "--by", "Jane Smith \(Self.nhs)", "--sessions", sessions.path])
        #expect(update.status == 65, "\(update.stderr)")
        #expect(update.stderr.contains("who reports it (--by): looks like it holds an NHS number"))
        let note = try runMaca(["register", "note", "--sessions", sessions.path, name, "--shared-with", "Board", "--by", "mum@example.com"])
        #expect(note.status == 65)
        #expect(!FileManager.default.fileExists(atPath: sessions.file("actions")), "a refused command wrote a journal")
    }

    @Test("the day's area and a case reference are guarded at set-up, before anything else is asked")
    func setUpGuarded() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        var script = try DayScripts.demo()
        script = Self.replacing(script, "Exampleshire Safeguarding Children Partnership (invented)",
                                with: ["Flat 3, SW1A 1AA", "Exampleshire Safeguarding Children Partnership (invented)"])
        script = Self.replacing(script, "DEMO-0101", with: ["9434765919", "DEMO-0101"])
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("name the partnership or area, never a child's address or details"))
        #expect(result.stdout.contains("add the case by the case system's reference, never by an identifier"))
        #expect(!result.stdout.contains("Why was 9434765919"))
        let journal = try String(contentsOfFile: "\(try #require(folder))/facilitator.jsonl", encoding: .utf8)
        #expect(!journal.contains("SW1A") && !journal.contains("9434765919"))
        #expect(DayFold.fold(try SessionStore.readDay(folder!)).isClosed)
    }
}
