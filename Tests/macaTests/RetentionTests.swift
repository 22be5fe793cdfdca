import Foundation
import MACAKit
import MACATestSupport
import Testing

/// `maca retention`, through the built binary: the days past the config's
/// retention-months, their deletion only when confirmed, the register's
/// record of each, and what is never deleted.
@Suite("Retention of audit days")
struct RetentionTests {
    /// A partnership with `retention-months` in its config (set up with
    /// `maca init --yes`, so with its keys), and a sessions folder.
    struct Partnership {
        let home: IsolatedHome
        let sessions: TemporaryFolder

        init(config: String = "retention-months: 24\n", initialised: Bool = false) throws {
            home = try IsolatedHome()
            sessions = try TemporaryFolder()
            try home.writeConfig(config)
            if initialised {
                let result = try runMaca(["init", "--yes"], input: "", environment: home.environment)
                guard result.status == 0 else { throw Failed(result: result) }
            }
        }

        func maca(_ arguments: [String], input: String = "") throws -> CommandResult {
            let result = try runMaca(arguments, input: input, environment: home.environment)
            #expect(result.signal == nil, "maca \(arguments.joined(separator: " ")) ended by signal \(result.signal ?? 0)")
            return result
        }

        func retention(_ extra: [String], input: String = "") throws -> CommandResult {
            try maca(["retention", "--sessions", sessions.path] + extra, input: input)
        }

        /// The shipped example day (2026-10-14, closed and sealed), copied in as `name`.
        @discardableResult
        func copyExampleDay(as name: String = ExampleDay.name) throws -> String {
            try FileManager.default.copyItem(atPath: "\(packageRoot)/examples/sessions/\(ExampleDay.name)", toPath: sessions.file(name))
            return sessions.file(name)
        }

        /// The demo day run under this partnership on `date`: closed, or left open after `openAfter`.
        func runDemo(date: String, openAfter line: String? = nil) throws {
            var script = try DayScripts.demo()
            if let line { script = try DayScripts.demoSplit(after: line).first + ":quit\n" }
            let result = try maca(["run", "--template", "neglect", "--sessions", sessions.path], input: script.replacingOccurrences(of: "2026-11-20", with: date))
            guard result.status == 0 else { throw Failed(result: result) }
        }

        var entries: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: sessions.path)) ?? []).sorted() }

        /// Every day-deleted record in the register's journals.
        func deletions() throws -> [DayDeleted] {
            let folder = sessions.file("actions")
            guard FileManager.default.fileExists(atPath: folder) else { return [] }
            return try SessionStore.journalPaths(in: folder).flatMap { try JournalReader.read(path: $0).records }.compactMap {
                if case let .dayDeleted(deleted) = $0.event { deleted } else { nil }
            }
        }

        func remove() {
            sessions.remove()
            home.folder.remove()
        }
    }

    struct Failed: Error, CustomStringConvertible {
        var result: CommandResult
        var description: String { "exit \(result.status): \(result.stdout)\(result.stderr)" }
    }

    @Test("the days past retention-months are listed with their date, keep-until date and how long past it; days within it are counted; nothing is deleted")
    func listing() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        try partnership.copyExampleDay()

        let within = try partnership.retention(["--today", "2028-10-14"])
        #expect(within.status == 0, "\(within.stderr)")
        #expect(within.stdout.contains("Retention period: 24 months after each day's date (retention-months in \(partnership.home.configFile)); judged on 2028-10-14"), "\(within.stdout)")
        #expect(within.stdout.contains("No day is past its retention period."))
        #expect(within.stdout.contains("Within their retention period: 1 day; the first to pass it is 2026-10-14-neglect, kept until 2028-10-14."))

        let past = try partnership.retention(["--today", "2029-01-10"])
        #expect(past.status == 0, "\(past.stderr)")
        #expect(past.stdout.contains("Past their retention period (1):\n  2026-10-14-neglect  2026-10-14  kept until 2028-10-14  past it by 2 months and 27 days\n"), "\(past.stdout)")
        #expect(past.stdout.contains("To delete it: maca retention --sessions \(partnership.sessions.path) --today 2029-01-10 --delete"))
        #expect(!past.stdout.contains("Within their retention period"))
        #expect(partnership.entries == [ExampleDay.name])
        #expect(try partnership.retention(["--today", "2028-10-15"]).stdout.contains("past it by 1 day\n"))
        #expect(try partnership.retention(["--today", "2031-11-15"]).stdout.contains("past it by 3 years, 1 month and 1 day\n"))
    }

    @Test("without retention-months, maca retention names the config key and maca init, lists nothing and exits 0; --delete deletes nothing")
    func noRetentionPeriod() throws {
        let partnership = try Partnership(config: "partnership: Testshire\n")
        defer { partnership.remove() }
        try partnership.copyExampleDay()
        for extra in [[], ["--delete", "--yes"]] {
            let result = try partnership.retention(["--today", "2040-01-01"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("No retention period is set, so no day is listed as past it: add 'retention-months: N'"), "\(result.stderr)")
            #expect(result.stderr.contains("to \(partnership.home.configFile), or run 'maca init', which asks for it."))
            #expect(partnership.entries == [ExampleDay.name])
        }
    }

    @Test("--delete with standard input piped and no --yes is refused (64) before anything is read or deleted; so are --yes alone and a bad --today")
    func usage() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        try partnership.copyExampleDay()
        let refused = try partnership.retention(["--today", "2029-01-10", "--delete"], input: "delete 1\n")
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("error: maca retention --delete asks before deleting, and standard input is not a terminal: add --yes to delete without asking"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        #expect(partnership.entries == [ExampleDay.name])
        #expect(try partnership.retention(["--yes"]).status == 64)
        let badDate = try partnership.retention(["--today", "2029-02-30"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("'2029-02-30' is not a date"))
        let missing = try partnership.maca(["retention", "--sessions", partnership.sessions.file("nowhere")])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("does not exist: no audit day has been recorded there"), "\(missing.stderr)")
    }

    @Test("--delete --yes records then deletes the closed days past retention, a folder and an archive; keeps the open one (65) and the one within; the register lists the deleted days")
    func deletion() throws {
        let partnership = try Partnership(initialised: true)
        defer { partnership.remove() }
        try partnership.copyExampleDay()
        let archived = try partnership.maca(["archive", "--sessions", partnership.sessions.path, ExampleDay.name])
        #expect(archived.status == 0, "\(archived.stderr)")
        try partnership.runDemo(date: "2026-11-20")
        try partnership.runDemo(date: "2026-11-27", openAfter: "used-once")
        try partnership.runDemo(date: "2027-01-10")
        #expect(partnership.entries == ["2026-10-14-neglect.age", "2026-11-20-neglect", "2026-11-27-neglect", "2027-01-10-neglect"])

        let listed = try partnership.retention(["--today", "2028-12-01"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("Past their retention period (3):"), "\(listed.stdout)")
        #expect(listed.stdout.contains("  2026-10-14-neglect.age  2026-10-14  kept until 2028-10-14  past it by 1 month and 17 days  (archived)\n"), "\(listed.stdout)")
        #expect(listed.stdout.contains("  2026-11-27-neglect      2026-11-27  kept until 2028-11-27  past it by 4 days\n    kept: it is open, never closed: an open day is never deleted"))
        #expect(listed.stdout.contains("Within their retention period: 1 day; the first to pass it is 2027-01-10-neglect, kept until 2029-01-10."))

        let deleted = try partnership.retention(["--today", "2028-12-01", "--delete", "--yes", "--by", "Records officer"])
        #expect(deleted.status == 65, "\(deleted.stdout)\(deleted.stderr)")
        #expect(deleted.stdout.contains("Deleted 2026-10-14-neglect.age (archived day, 2026-10-14, kept until 2028-10-14): recorded in the register, then removed"), "\(deleted.stdout)")
        #expect(deleted.stdout.contains("Deleted 2026-11-20-neglect (day folder, 2026-11-20, kept until 2028-11-20): recorded in the register, then removed"))
        #expect(deleted.stderr.contains("error: \(partnership.sessions.file("2026-11-27-neglect")): kept: it is open, never closed"), "\(deleted.stderr)")
        #expect(partnership.entries == ["2026-11-27-neglect", "2027-01-10-neglect", "actions"])

        let records = try partnership.deletions()
        #expect(records.map(\.folder) == ["2026-10-14-neglect.age", "2026-11-20-neglect"])
        #expect(records.first == DayDeleted(
            day: ExampleDay.dayID, folder: "2026-10-14-neglect.age", archived: true, date: "2026-10-14", template: "neglect", cases: 2,
            retentionMonths: 24, keepUntil: "2028-10-14", condition: DayDeleted.verified, by: "Records officer"
        ))
        #expect(records.allSatisfy { $0.by == "Records officer" && $0.reason == DayDeleted.pastRetention && $0.condition == DayDeleted.verified })

        let register = try partnership.maca(["register", "--sessions", partnership.sessions.path, "--today", "2028-12-01"])
        #expect(register.status == 0, "\(register.stderr)")
        let today = Timestamp.string(Date()).prefix(10)
        #expect(register.stdout.contains("| 2026-10-14-neglect.age | neglect | 2026-10-14 | 2 |  |  |  |  |  |  |  | 2028-10-14 | archive deleted \(today) by Records officer: past retention (24 months) |"), "\(register.stdout)")
        #expect(register.stdout.contains("| 2026-11-20-neglect | neglect | 2026-11-20 | 2 |"))
        #expect(register.stdout.contains("| deleted \(today) by Records officer: past retention (24 months) |"))
        #expect(register.stdout.contains("| 2026-11-27-neglect | neglect | 2026-11-27 |"))
        #expect(register.stdout.contains("2028-11-27 (past: due for deletion) |  |"))

        // Run again: nothing more to delete, nothing recorded twice; the open day is still refused.
        let again = try partnership.retention(["--today", "2028-12-01", "--delete", "--yes"])
        #expect(again.status == 65)
        #expect(again.stdout.contains("Nothing to delete."), "\(again.stdout)")
        #expect(try partnership.deletions().count == 2)
    }

    @Test("a day that does not verify is deleted all the same and the register says so; a link into the sessions folder is never followed (65)")
    func damagedAndLinked() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let day = try partnership.copyExampleDay()
        let police = "\(day)/auditor-police-auditor-b.jsonl"
        let text = try String(contentsOfFile: police, encoding: .utf8)
        try text.replacingOccurrences(of: "Two attendances", with: "Three attendances").write(toFile: police, atomically: true, encoding: .utf8)
        let outside = try TemporaryFolder()
        defer { outside.remove() }
        let target = outside.file("2026-10-14-neglect")
        try FileManager.default.copyItem(atPath: "\(packageRoot)/examples/sessions/\(ExampleDay.name)", toPath: target)
        try FileManager.default.createSymbolicLink(atPath: partnership.sessions.file("2026-10-15-linked"), withDestinationPath: target)

        let result = try partnership.retention(["--today", "2029-01-10", "--delete", "--yes"])
        #expect(result.status == 65, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("note: it does not verify (\(police):2: the record's contents do not match its hash"), "\(result.stdout)")
        #expect(result.stdout.contains("Deleted 2026-10-14-neglect (day folder"))
        #expect(result.stderr.contains("warning: 2026-10-14-neglect did not verify; it was deleted all the same"))
        #expect(result.stderr.contains("2026-10-15-linked: kept: a symbolic link: maca never deletes through a link"), "\(result.stderr)")
        #expect(partnership.entries == ["2026-10-15-linked", "actions"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: target).count == 4, "the link's target is untouched")
        #expect(try partnership.deletions().map(\.condition) == [DayDeleted.damaged])
        let register = try partnership.maca(["register", "--sessions", partnership.sessions.path])
        #expect(register.stdout.contains("past retention (24 months); it did not verify |"), "\(register.stdout)")
    }

    /// An information-governance trial deleted an archive it had damaged:
    /// the journal kept "not-opened", but neither the deletion's output nor
    /// the register's row said the day was never verified.
    @Test("an archive no identity here opens is deleted all the same, and the deletion and the register say it was not verified")
    func unopenedArchive() throws {
        let partnership = try Partnership(initialised: true)
        defer { partnership.remove() }
        try partnership.copyExampleDay()
        let archived = try partnership.maca(["archive", "--sessions", partnership.sessions.path, ExampleDay.name])
        #expect(archived.status == 0, "\(archived.stderr)")
        let archive = partnership.sessions.file("\(ExampleDay.name).age")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: archive))
        for index in stride(from: bytes.count / 2, to: bytes.count, by: 7) { bytes[index] ^= 0x5A }
        try bytes.write(to: URL(fileURLWithPath: archive))

        let result = try partnership.retention(["--today", "2029-01-10", "--delete", "--yes", "--by", "Records officer"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("warning: \(ExampleDay.name).age could not be opened here, so it was not verified; it was deleted all the same"), "\(result.stderr)")
        #expect(try partnership.deletions().map(\.condition) == [DayDeleted.notOpened])
        let register = try partnership.maca(["register", "--sessions", partnership.sessions.path])
        #expect(register.stdout.contains("past retention (24 months); it could not be opened here, so it was not verified |"), "\(register.stdout)")
    }

    @Test("a deletion stopped after its record is finished by the next --delete without a second record; a .deleting- folder left by a crash is removed")
    func interrupted() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        try partnership.copyExampleDay()
        #expect(try partnership.retention(["--today", "2029-01-10", "--delete", "--yes"]).status == 0)
        // The same day back in place: as if the run stopped between its record and the removal.
        try partnership.copyExampleDay()
        let listed = try partnership.retention(["--today", "2029-01-10"])
        #expect(listed.stdout.contains("(recorded as deleted by quality sub-group; not yet removed)"), "\(listed.stdout)")
        let register = try partnership.maca(["register", "--sessions", partnership.sessions.path])
        #expect(register.stdout.contains("not finished: 'maca retention --delete' finishes it |"), "\(register.stdout)")
        #expect(register.stdout.components(separatedBy: "| 2026-10-14-neglect |").count == 2, "one row for the day")
        // And a day renamed for removal, as a crash after the rename leaves it.
        try FileManager.default.copyItem(atPath: partnership.sessions.file(ExampleDay.name), toPath: partnership.sessions.file(".deleting-2026-10-01-neglect"))
        #expect(try partnership.retention(["--today", "2029-01-10"]).stdout.contains("Being deleted when a run stopped: \(partnership.sessions.file(".deleting-2026-10-01-neglect"))"))

        let finished = try partnership.retention(["--today", "2029-01-10", "--delete", "--yes"])
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(finished.stdout.contains("Finished removing \(partnership.sessions.file(".deleting-2026-10-01-neglect"))"), "\(finished.stdout)")
        #expect(finished.stdout.contains("Deleted 2026-10-14-neglect (day folder, 2026-10-14, kept until 2028-10-14): recorded in the register by an earlier run, then removed"))
        #expect(partnership.entries == ["actions"])
        #expect(try partnership.deletions().count == 1)
    }

    @Test("when the register cannot be written, nothing is deleted (74)")
    func registerUnwritable() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        try partnership.copyExampleDay()
        // A folder where the deleter's register journal would be: it cannot be opened to append to.
        let journal = partnership.sessions.file("actions/register-quality-sub-group.jsonl")
        try FileManager.default.createDirectory(atPath: journal, withIntermediateDirectories: true)
        let result = try partnership.retention(["--today", "2029-01-10", "--delete", "--yes"])
        #expect(result.status == 74, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("error: \(journal)"), "\(result.stderr)")
        #expect(!result.stdout.contains("Deleted"))
        #expect(partnership.entries == [ExampleDay.name, "actions"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: partnership.sessions.file(ExampleDay.name)).count == 4)
    }

    @Test("at a terminal, --delete lists the days and deletes only after 'delete N' is typed")
    func terminalConfirmation() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        try partnership.copyExampleDay()
        let terminal = try TmuxSession()
        defer { terminal.close() }
        let command = "env XDG_CONFIG_HOME=\(partnership.home.configHome) XDG_DATA_HOME=\(partnership.home.dataHome) \(macaBinary) retention --sessions \(partnership.sessions.path) --today 2029-01-10 --delete"
        try terminal.enter(command)
        #expect(try terminal.wait(for: "Delete this day? The register keeps a record of each; the days themselves cannot be brought back. Type 'delete 1' to confirm:"))
        #expect(try terminal.screen().contains("  2026-10-14-neglect  2026-10-14  kept until 2028-10-14  past it by 2 months and 27 days"))
        try terminal.enter("yes")
        #expect(try terminal.wait(for: "Nothing deleted."))
        #expect(partnership.entries == [ExampleDay.name])
        try terminal.enter(command)
        #expect(try terminal.wait(for: "Type 'delete 1' to confirm:", count: 2))
        try terminal.enter("delete 1")
        #expect(try terminal.wait(for: "Deleted 2026-10-14-neglect (day folder"), "\((try? terminal.screen()) ?? "")")
        #expect(partnership.entries == ["actions"])
    }
}
