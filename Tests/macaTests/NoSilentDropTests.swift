import Foundation
import MACAKit
import MACATestSupport
import Testing

/// Nothing is dropped or hidden without a word: an unreadable day stops the
/// report, a damaged day is listed by resume, a lost record.md comes back,
/// a journal others can read is made owner-only, and updates made at once
/// are all kept.
@Suite("No silent drops")
struct NoSilentDropTests {
    /// A sessions folder with the demo day, closed and sealed.
    static func demo() throws -> (TemporaryFolder, String) {
        let sessions = try TemporaryFolder()
        let (result, folder) = try DayScripts.run(try DayScripts.demo(), sessions: sessions.path)
        #expect(result.status == 0)
        return (sessions, try #require(folder))
    }

    @Test("a FIFO or folder named like a journal is never opened: verify names it, the report stops (65) or lists it with --skip-invalid", arguments: ["fifo", "folder"])
    func strayJournal(kind: String) throws {
        let (sessions, folder) = try Self.demo()
        defer { sessions.remove() }
        // A second day folder whose only "journal" is not a file at all.
        let stray = sessions.file("2026-11-21-neglect")
        try FileManager.default.createDirectory(atPath: stray, withIntermediateDirectories: true)
        let path = "\(stray)/facilitator.jsonl"
        if kind == "fifo" { #expect(mkfifo(path, 0o600) == 0) } else { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false) }
        let verify = try runMaca(["verify", "--sessions", sessions.path, "2026-11-21-neglect"])
        #expect(verify.status == 65)
        #expect(verify.stdout.contains("\(path): named like a journal but a \(kind == "fifo" ? "FIFO" : "folder"), not a file; it was not read"), "\(verify.stdout)")
        let report = try runMaca(["report", "--theme", "neglect", "--sessions", sessions.path, "--out", sessions.file("r")])
        #expect(report.status == 65, "\(report.stderr)")
        #expect(report.stderr.contains("2026-11-21-neglect"))
        let skipped = try runMaca(["report", "--theme", "neglect", "--sessions", sessions.path, "--out", sessions.file("r"), "--format", "md", "--skip-invalid"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stderr.contains("2026-11-21-neglect: left out"))
        _ = folder
    }

    @Test("a day folder no journal opens stops the report unless --skip-invalid, which lists it")
    func unopenedDay() throws {
        let (sessions, folder) = try Self.demo()
        defer { sessions.remove() }
        let orphan = sessions.file("2026-11-22-neglect")
        try FileManager.default.createDirectory(atPath: orphan, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(packageRoot)/examples/sessions/\(ExampleDay.name)/auditor-police-auditor-b.jsonl", toPath: "\(orphan)/auditor-police-auditor-b.jsonl")
        let report = try runMaca(["report", "--theme", "neglect", "--sessions", sessions.path, "--out", sessions.file("r")])
        #expect(report.status == 65)
        #expect(report.stderr.contains("2026-11-22-neglect"), "\(report.stderr)")
        let skipped = try runMaca(["report", "--theme", "neglect", "--sessions", sessions.path, "--out", sessions.file("r"), "--format", "md", "--skip-invalid"])
        #expect(skipped.status == 0)
        #expect(skipped.stderr.contains("2026-11-22-neglect: left out"), "\(skipped.stderr)")
        _ = folder
    }

    @Test("resume lists a damaged unfinished day with what is wrong, and does not offer it")
    func damagedUnfinished() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (first, _) = try DayScripts.demoSplit(after: "used-once")
        let (_, folder) = try DayScripts.run(first, sessions: sessions.path)
        let journal = "\(try #require(folder))/facilitator.jsonl"
        var text = try String(contentsOfFile: journal, encoding: .utf8)
        text = text.replacingOccurrences(of: "physical", with: "phisical")
        try text.write(toFile: journal, atomically: false, encoding: .utf8)
        let result = try runMaca(["resume", "--sessions", sessions.path], input: "")
        #expect(result.status == 65)
        #expect(result.stdout.contains("Damaged unfinished days"), "\(result.stdout)")
        #expect(result.stdout.contains("2026-11-20-neglect: \(journal):"), "\(result.stdout)")
        #expect(result.stdout.contains("No unfinished audit days that can be carried on"))
    }

    @Test("a closed day's missing record.md is written again by verify and by resume")
    func recordRestored() throws {
        let (sessions, folder) = try Self.demo()
        defer { sessions.remove() }
        let record = "\(folder)/record.md"
        let original = try String(contentsOfFile: record, encoding: .utf8)
        try FileManager.default.removeItem(atPath: record)
        let verify = try runMaca(["verify", "--sessions", sessions.path, (folder as NSString).lastPathComponent])
        #expect(verify.status == 0)
        #expect(verify.stdout.contains("record.md was missing; it was written again from the journals"))
        #expect(try String(contentsOfFile: record, encoding: .utf8) == original)
        try FileManager.default.removeItem(atPath: record)
        let resume = try runMaca(["resume", "--sessions", sessions.path, (folder as NSString).lastPathComponent], input: "")
        #expect(resume.status == 64)
        #expect(resume.stdout.contains("record.md was missing"))
        #expect(FileManager.default.fileExists(atPath: record))
        #expect((try FileManager.default.attributesOfItem(atPath: record)[.posixPermissions] as? Int) == 0o600)
    }

    @Test("a journal others can read is made owner-only, with a warning, before it is written to")
    func looseJournalTightened() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (first, rest) = try DayScripts.demoSplit(after: "used-once")
        let (_, folder) = try DayScripts.run(first, sessions: sessions.path)
        let journal = "\(try #require(folder))/facilitator.jsonl"
        #expect(chmod(journal, 0o644) == 0)
        let result = try runMaca(["resume", "--sessions", sessions.path, ((try #require(folder)) as NSString).lastPathComponent], input: rest)
        #expect(result.status == 0, "\(result.stderr)")
        #expect((result.stdout + result.stderr).contains("could be read by others (mode 644); it is owner-only (600) again"), "\(result.stdout)")
        #expect((try FileManager.default.attributesOfItem(atPath: journal)[.posixPermissions] as? Int) == 0o600)
    }

    @Test("eight action updates by one reporter at the same moment: every one is saved and reported saved (exit 0)")
    func concurrentUpdates() throws {
        let (sessions, _) = try Self.demo()
        defer { sessions.remove() }
        let script = """
            for i in 1 2 3 4 5 6 7 8; do
              ( "$MACA" actions update neglect-2026-11-20-A1 --status in-progress --evidence "Invented progress note $i" --by "DSL lead" --sessions "$SESSIONS" >/dev/null 2>"$OUT/err.$i"; echo $? > "$OUT/status.$i" ) &
            done
            wait
            """
        let out = try TemporaryFolder()
        defer { out.remove() }
        let batch = try run("/bin/bash", ["-c", script], environment: IsolatedHome.shared.environment.merging(["MACA": macaBinary, "SESSIONS": sessions.path, "OUT": out.path]) { _, new in new })
        #expect(batch.status == 0)
        for i in 1...8 {
            let status = try String(contentsOfFile: out.file("status.\(i)"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(status == "0", "update \(i) exited \(status): \((try? String(contentsOfFile: out.file("err.\(i)"), encoding: .utf8)) ?? "")")
        }
        let saved = try ActionRegister.load(SessionStore(directory: sessions.path)).entries.first { $0.id == "neglect-2026-11-20-A1" }
        #expect(saved?.updates.count == 8)
    }
}
