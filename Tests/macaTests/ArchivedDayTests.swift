import Foundation
import MACAKit
import MACATestSupport
import Testing

/// Every command that takes a day, given one that is archived (`DAY.age`):
/// those that read it open the archive in memory with the archive key or
/// `--identity`; those that write refuse it (66), saying where it is and
/// what to do; the listings (actions, register) read archived days, and
/// name any they could not open. Through the built binary.
@Suite("Commands given an archived day")
struct ArchivedDayTests {
    typealias Partnership = ArchiveTests.Partnership

    /// The example day archived, with what `show` and `actions list` said
    /// of its folder before, and a return form written for it before.
    struct Archived {
        let partnership: Partnership
        let show: String
        let actions: String
        let form: String

        init() throws {
            partnership = try Partnership()
            show = try partnership.maca(["show", "--sessions", partnership.sessions.path, ExampleDay.name]).stdout
            actions = try partnership.maca(["actions", "list", "--sessions", partnership.sessions.path, "--today", "2026-12-01"]).stdout
            form = partnership.sessions.file("police.yaml")
            // The blank a form written before the close holds: 'returns form' refuses the closed day itself.
            let (template, day) = try ReturnJournal.day(in: partnership.sessions.file(ExampleDay.name))
            let blank = ReturnForm.blank(day: day, folderName: ExampleDay.name, template: template, agency: try ReturnJournal.agency("police", of: day, template: template))
            try blank.write(toFile: form, atomically: true, encoding: .utf8)
            let archived = try partnership.archiveDay()
            guard archived.status == 0 else { throw ArchiveTests.Failed(result: archived) }
        }

        var sessions: String { partnership.sessions.path }
        var archive: String { partnership.archive }

        func maca(_ arguments: [String], input: String = "") throws -> CommandResult {
            let result = try partnership.maca(arguments, input: input)
            #expect(result.signal == nil && !result.stderr.contains("Fatal"), "maca \(arguments.joined(separator: " ")): \(result.stderr)")
            return result
        }

        /// Everything in the sessions folder, and the archive's bytes.
        func state() throws -> [String: Data] {
            var files: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(atPath: sessions)
            while let name = enumerator?.nextObject() as? String {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: "\(sessions)/\(name)", isDirectory: &isFolder), !isFolder.boolValue {
                    files[name] = try Data(contentsOf: URL(fileURLWithPath: "\(sessions)/\(name)"))
                }
            }
            return files
        }

        func remove() { partnership.remove() }
    }

    @Test("resume, enter, returns form and import, reopen and redact refuse an archived day (66), naming the archive, saying it is sealed and read-only, and what to do; nothing is written")
    func writersRefuse() throws {
        let day = try Archived()
        defer { day.remove() }
        let before = try day.state()
        let archived = "error: \(day.archive): the day \(ExampleDay.name) is archived, so it is closed, sealed and read-only, and "
        let restore = "put its folder back with 'age -d -i \(day.partnership.archiveKey) \(day.archive) | tar -x -C \(day.sessions)', "
            + "check it with 'maca verify \(ExampleDay.name)', remove \(day.archive)"
        let cases: [([String], String)] = [
            (["resume", ExampleDay.name], "there is nothing to resume; 'maca show \(ExampleDay.name)' prints its record from the archive"),
            (["resume", ExampleDay.name + ".age"], "there is nothing to resume"),
            (["enter", "--day", ExampleDay.name, "--agency", "police", "--auditor", "Auditor B"], "takes no more returns; to take a late return, \(restore), and reopen it with 'maca reopen \(ExampleDay.name) --reason …'"),
            (["returns", "form", "--day", ExampleDay.name, "--agency", "police"], "takes no more returns; to take a late return, \(restore)"),
            (["returns", "import", day.form], "takes no more returns"),
            (["reopen", ExampleDay.name, "--reason", "Police return received late"], "cannot be reopened as it is; to reopen it, \(restore), and run 'maca reopen' again"),
            (["redact", ExampleDay.name, "--list"], "its records cannot be redacted inside the archive, which holds the text too; \(restore), redact the folder, and archive it again with 'maca archive \(ExampleDay.name)'"),
            (["redact", ExampleDay.name, "--record", "3", "--reason", "a name typed by mistake"], "its records cannot be redacted inside the archive"),
        ]
        for (arguments, message) in cases {
            let result = try day.maca(arguments + ["--sessions", day.sessions])
            let command = arguments.prefix(2).joined(separator: " ")
            #expect(result.status == 66, "\(command): \(result.stdout)\(result.stderr)")
            #expect(result.stderr.hasPrefix(archived), "\(command): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(command): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(command): one sentence: \(result.stderr)")
            #expect(!result.stderr.contains("no audit day"), "\(command)")
            #expect(try day.state() == before, "\(command) wrote something")
        }
        // The way back it gives works, as written, with Debian's age and tar.
        let back = try ArchiveTests.shell("'\(try ArchiveTests.age())' -d -i '\(day.partnership.archiveKey)' '\(day.archive)' | tar -x -C '\(day.sessions)'", in: day.sessions)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(try ArchiveTests.files(day.partnership.day) == ArchiveTests.files(Partnership.exampleDay))
        try FileManager.default.removeItem(atPath: day.archive)
        #expect(try day.maca(["verify", "--sessions", day.sessions, ExampleDay.name]).status == 0)
        #expect(try day.maca(["reopen", "--sessions", day.sessions, ExampleDay.name, "--reason", "Police return received late"]).status == 0)
    }

    @Test("show and verify open an archived day in memory: the same record as from its folder, verified; nothing is written")
    func readersOpenIt() throws {
        let day = try Archived()
        defer { day.remove() }
        let before = try day.state()
        for name in [ExampleDay.name, ExampleDay.name + ".age", day.archive] {
            let show = try day.maca(["show", "--sessions", day.sessions, name])
            #expect(show.status == 0, "\(show.stderr)")
            #expect(!show.stdout.isEmpty && show.stdout == day.show, "show \(name)")
            #expect(show.stderr == "\(day.archive): an archived day, opened in memory with \(day.partnership.archiveKey); nothing was written\n")
        }
        let verify = try day.maca(["verify", "--sessions", day.sessions, ExampleDay.name])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let label = "\(day.archive): \(ExampleDay.name)"
        #expect(verify.stdout.hasPrefix("\(day.archive): opened with \(day.partnership.archiveKey); it holds the folder \(ExampleDay.name)/ of 4 files\nok       \(label)/"), "\(verify.stdout)")
        #expect(verify.stdout.contains("\(label): sealed at its close: every journal checked against the seal (3 journals)"))
        #expect(verify.stdout.hasSuffix("\(label): 3 journals, 53 records, all verified\n"))
        // The example day is not signed: --signed fails from the archive as from the folder.
        let signed = try day.maca(["verify", "--signed", "--sessions", day.sessions, ExampleDay.name])
        #expect(signed.status == 65)
        #expect(signed.stderr.contains("error: \(label): --signed was given, and the day's signatures were not checked: it is not signed"))
        #expect(try day.state() == before)
    }

    @Test("without an identity for it, show, verify and register note say so (66) and name the key; --identity opens it; a damaged archive is 65")
    func readersWithoutIdentity() throws {
        let day = try Archived()
        defer { day.remove() }
        let key = day.partnership.sessions.file("kept-elsewhere.key")
        try FileManager.default.moveItem(atPath: day.partnership.archiveKey, toPath: key)
        let missing = "error: \(day.archive) is an archived day, and there is no identity to open it: the partnership's archive key \(day.partnership.archiveKey) is not here (restore the partnership's copy: a new one from 'maca init' cannot open archives made before it); or give the key it was encrypted to with --identity FILE"
        for arguments in [["show", ExampleDay.name], ["verify", ExampleDay.name], ["register", "note", ExampleDay.name, "--shared-with", "Executive board"]] {
            let result = try day.maca(arguments + ["--sessions", day.sessions])
            #expect(result.status == 66, "\(arguments): \(result.stderr)")
            #expect(result.stderr == missing + "\n", "\(arguments): \(result.stderr)")
            let opened = try day.maca(arguments + ["--sessions", day.sessions, "--identity", key])
            #expect(opened.status == 0, "\(arguments): \(opened.stderr)")
        }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: day.archive))
        bytes[bytes.count - 100] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: day.archive))
        for arguments in [["show", ExampleDay.name], ["verify", ExampleDay.name]] {
            let result = try day.maca(arguments + ["--sessions", day.sessions, "--identity", key])
            #expect(result.status == 65, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("error: \(day.archive): cannot be opened: its last chunk ("), "\(result.stderr)")
            #expect(result.stderr.contains(") does not authenticate as the last"), "\(result.stderr)")
        }
    }

    @Test("actions list, update and export, and the register, read archived days' actions and rows; register note records where an archived day's findings were shared")
    func listingsReadArchives() throws {
        let day = try Archived()
        defer { day.remove() }
        let list = try day.maca(["actions", "list", "--sessions", day.sessions, "--today", "2026-12-01"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout == day.actions && list.stdout.contains("neglect-2026-10-14-A1  not-started"), "\(list.stdout)")
        let update = try day.maca(["actions", "update", "--sessions", day.sessions, "neglect-2026-10-14-A1", "--status", "in-progress", "--evidence", "Graded Care Profile booked.", "--by", "CSC lead"])
        #expect(update.status == 0, "\(update.stderr)")
        let note = try day.maca(["register", "note", "--sessions", day.sessions, ExampleDay.name, "--shared-with", "Executive board, 2027-01-12"])
        #expect(note.status == 0, "\(note.stderr)")
        #expect(FileManager.default.fileExists(atPath: day.partnership.sessions.file("actions/actions-csc-lead.jsonl")))
        #expect(!FileManager.default.fileExists(atPath: day.partnership.day), "nothing is written beside the archive but the tracker's journals")

        let after = try day.maca(["actions", "list", "--sessions", day.sessions, "--today", "2026-12-01"])
        #expect(after.stdout.contains("neglect-2026-10-14-A1  in-progress  due 2027-03-31  Children's social care"), "\(after.stdout)")
        let export = try day.maca(["actions", "export", "--sessions", day.sessions, "--today", "2026-12-01"])
        #expect(export.status == 0 && export.stdout.contains("Graded Care Profile booked."), "\(export.stderr)")
        let register = try day.maca(["register", "--sessions", day.sessions, "--today", "2026-12-01"])
        #expect(register.status == 0, "\(register.stderr)")
        #expect(register.stdout.contains("| \(ExampleDay.name).age | neglect | 2026-10-14 | 2 | "), "\(register.stdout)")
        #expect(register.stdout.contains("| Executive board, 2027-01-12 | 1 | 0 | 0 |"), "\(register.stdout)")
        #expect(!register.stdout.contains("Not read"))
    }

    @Test("without an identity, the listings name each archived day they could not open, keep its row in the register, and exit 66; an update of its action says why it is not found")
    func listingsWithoutIdentity() throws {
        let day = try Archived()
        defer { day.remove() }
        let key = day.partnership.sessions.file("kept-elsewhere.key")
        try FileManager.default.moveItem(atPath: day.partnership.archiveKey, toPath: key)
        let why = "it is archived, and there is no identity to open it: the partnership's archive key \(day.partnership.archiveKey) is not here (restore the partnership's copy: a new one from 'maca init' cannot open archives made before it); or give the key it was encrypted to with --identity FILE"

        let list = try day.maca(["actions", "list", "--sessions", day.sessions])
        #expect(list.status == 66)
        #expect(list.stderr == "error: \(day.archive): not read, so its action points are not listed: \(why)\n", "\(list.stderr)")
        #expect(list.stdout.hasPrefix("No action points in the days that could be read in "), "\(list.stdout)")
        let export = try day.maca(["actions", "export", "--sessions", day.sessions])
        #expect(export.status == 66)
        #expect(export.stderr.contains("error: \(day.archive): not read, so its action points are not in the CSV: \(why)"), "\(export.stderr)")
        let register = try day.maca(["register", "show", "--sessions", day.sessions])
        #expect(register.status == 66)
        #expect(register.stderr.contains("error: \(day.archive): not read, so its row holds only its name and the date in it: \(why)"), "\(register.stderr)")
        #expect(register.stdout.contains("| Not read |"), "\(register.stdout)")
        #expect(register.stdout.contains("| \(ExampleDay.name).age |  | 2026-10-14 |  |"), "\(register.stdout)")
        #expect(register.stdout.contains("| archived; not opened: no identity here for it (--identity FILE), so its cases and actions are not counted |"))
        let update = try day.maca(["actions", "update", "--sessions", day.sessions, "neglect-2026-10-14-A1", "--status", "in-progress", "--by", "CSC lead"])
        #expect(update.status == 66)
        #expect(update.stderr.contains("error: no action point of the days read has the id 'neglect-2026-10-14-A1', and it may be of the day that could not be read, so nothing was written: \(day.archive) (\(why))"), "\(update.stderr)")
        #expect(!FileManager.default.fileExists(atPath: day.partnership.sessions.file("actions")))

        // With the key given, all is read and the status is 0 again.
        #expect(try day.maca(["actions", "list", "--sessions", day.sessions, "--identity", key, "--today", "2026-12-01"]).stdout == day.actions)
        #expect(try day.maca(["register", "show", "--sessions", day.sessions, "--identity", key]).status == 0)
        // An archive that will not open is 65, and its reason named.
        try Data("age-encryption.org/v1\n".utf8).write(to: URL(fileURLWithPath: day.archive))
        let broken = try day.maca(["actions", "list", "--sessions", day.sessions, "--identity", key])
        #expect(broken.status == 65)
        #expect(broken.stderr.contains("error: \(day.archive): not read, so its action points are not listed: it is archived, and cannot be opened ("), "\(broken.stderr)")
    }

    @Test("a day kept beside its archive (--keep) is one day: listed once, and shown, from its folder")
    func keptBesideArchive() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let before = try partnership.maca(["actions", "list", "--sessions", partnership.sessions.path, "--today", "2026-12-01"]).stdout
        #expect(try partnership.archiveDay(["--keep"]).status == 0)
        let list = try partnership.maca(["actions", "list", "--sessions", partnership.sessions.path, "--today", "2026-12-01"])
        #expect(list.status == 0 && list.stdout == before, "\(list.stdout)\(list.stderr)")
        let register = try partnership.maca(["register", "show", "--sessions", partnership.sessions.path])
        #expect(register.stdout.components(separatedBy: "\n| 2026-10-14-neglect").count == 2, "one row: \(register.stdout)")
        #expect(register.stdout.contains("| \(ExampleDay.name) | neglect |") && !register.stdout.contains(".age"))
        let show = try partnership.maca(["show", "--sessions", partnership.sessions.path, ExampleDay.name])
        #expect(show.status == 0 && show.stderr.isEmpty, "read from the folder: \(show.stderr)")
    }

    @Test("a damaged day folder is named by the listings (65), not passed over")
    func damagedFolderNamed() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let police = "\(partnership.day)/auditor-police-auditor-b.jsonl"
        let text = try String(contentsOfFile: police, encoding: .utf8)
        try text.replacingOccurrences(of: "Two attendances", with: "Three attendances").write(toFile: police, atomically: true, encoding: .utf8)
        let list = try partnership.maca(["actions", "list", "--sessions", partnership.sessions.path])
        #expect(list.status == 65)
        #expect(list.stderr.contains("error: \(partnership.day): not read, so its action points are not listed: it does not verify (\(police):2: the record's contents do not match its hash"), "\(list.stderr)")
        let register = try partnership.maca(["register", "show", "--sessions", partnership.sessions.path])
        #expect(register.status == 65)
        #expect(register.stdout.contains("does not verify ('maca verify' says why), so its cases and actions are not counted"), "\(register.stdout)")
    }

    @Test("a new day on the date and theme of an archived one gets a folder of its own name, never the archived day's")
    func newDayBesideArchive() throws {
        let day = try Archived()
        defer { day.remove() }
        let script = try DayScripts.demo().replacingOccurrences(of: "2026-11-20", with: "2026-10-14")
        let ran = try day.maca(["run", "--template", "neglect", "--sessions", day.sessions], input: script)
        #expect(ran.status == 0, "\(ran.stderr)")
        #expect(try SessionStore(directory: day.sessions).dayFolders() == ["2026-10-14-neglect-2"])
        #expect(FileManager.default.fileExists(atPath: day.archive))
    }

    @Test("tab completion offers archived days, by name, to the commands that read them; their actions to actions update")
    func completion() throws {
        let day = try Archived()
        defer { day.remove() }
        // As the generated zsh script asks: the command's path, the argument, then the words typed.
        func complete(_ command: [String]) throws -> String {
            let words = ["maca"] + command + ["--sessions", day.sessions, ""]
            let arguments = ["---completion"] + command + ["--", "positional@0", "\(words.count - 1)", "0"] + words
            return try runMaca(arguments, environment: day.partnership.home.environment.merging(["SAP_SHELL": "zsh"]) { _, new in new }).stdout
        }
        #expect(try complete(["show"]).contains("\(ExampleDay.name):archived (\(ExampleDay.name).age)"))
        #expect(try complete(["verify"]).contains("\(ExampleDay.name):archived"))
        #expect(!(try complete(["resume"])).contains(ExampleDay.name))
        #expect(try complete(["actions", "update"]).contains("neglect-2026-10-14-A1:not-started"))
    }
}
