import Foundation
import MACAKit
import MACATestSupport
import Testing

/// `maca archive` and archived days, run through the built binary, and in
/// both directions with Debian's own `age` (apt package age, which `make
/// test` installs): what maca writes, age opens; what age writes, maca reads.
@Suite("Archived days")
struct ArchiveTests {
    /// Whether `text` holds `expected`, where a "(…)" in it stands for any one number in brackets.
    static func says(_ text: String, _ expected: String) -> Bool {
        let parts = expected.components(separatedBy: "…")
        guard parts.count == 2 else { return text.contains(expected) }
        return text.components(separatedBy: parts[0]).dropFirst().contains { rest in
            guard let close = rest.firstIndex(of: ")"), rest[..<close].allSatisfy(\.isNumber), !rest[..<close].isEmpty else { return false }
            return rest[close...].hasPrefix(parts[1])
        }
    }

    /// A partnership set up with `maca init --yes` (so with its archive key),
    /// and a sessions folder holding a copy of the shipped example day.
    struct Partnership {
        let home: IsolatedHome
        let sessions: TemporaryFolder
        var day: String { sessions.file(ExampleDay.name) }
        var archive: String { day + ".age" }
        var archiveKey: String { "\(home.configHome)/maca/keys/archive.key" }

        init(initialised: Bool = true) throws {
            home = try IsolatedHome()
            sessions = try TemporaryFolder()
            if initialised {
                let result = try runMaca(["init", "--yes"], input: "", environment: home.environment)
                guard result.status == 0 else { throw Failed(result: result) }
            }
            try FileManager.default.copyItem(atPath: Self.exampleDay, toPath: day)
        }

        static let exampleDay = "\(packageRoot)/examples/sessions/\(ExampleDay.name)"

        func maca(_ arguments: [String], input: String = "") throws -> CommandResult {
            try runMaca(arguments, input: input, environment: home.environment)
        }

        func archiveDay(_ extra: [String] = []) throws -> CommandResult {
            try maca(["archive", "--sessions", sessions.path, ExampleDay.name] + extra)
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

    static func age() throws -> String { try installedTool("age", package: "age") }
    static func ageKeygen() throws -> String { try installedTool("age-keygen", package: "age") }

    /// Runs a shell pipeline (tar into age, age into tar) with `bash -o pipefail`.
    static func shell(_ script: String, in folder: String) throws -> CommandResult {
        try run("/bin/bash", ["-o", "pipefail", "-c", script], in: folder)
    }

    /// Every file of a folder, by name.
    static func files(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)"))
        }
        return files
    }

    static func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    /// A report over `days` with fixed options, its Markdown and CSV.
    static func report(_ partnership: Partnership, _ days: [String], extra: [String] = []) throws -> (result: CommandResult, markdown: String, csv: Data) {
        let out = partnership.sessions.file("report-\(UUID().uuidString)")
        let result = try partnership.maca(["report", "--theme", "neglect", "--sessions", partnership.sessions.path, "--out", out, "--date", "2026-11-22"] + extra + days)
        let markdown = (try? String(contentsOfFile: "\(out)/neglect-report-2026-10-14-to-2026-10-14.md", encoding: .utf8)) ?? ""
        let csv = (try? Data(contentsOf: URL(fileURLWithPath: "\(out)/neglect-report-2026-10-14-to-2026-10-14-actions.csv"))) ?? Data()
        return (result, markdown, csv)
    }

    // MARK: With Debian's age

    @Test("maca archive writes DAY.age (0600) that age -d -i archive.key opens to a tar of the day's files, byte for byte; the folder is gone")
    func ageOpensMacaArchive() throws {
        let age = try Self.age()
        let partnership = try Partnership()
        defer { partnership.remove() }
        let result = try partnership.archiveDay()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Wrote \(partnership.archive) (owner-only"), "\(result.stdout)")
        #expect(result.stdout.contains("every file byte-identical to the day folder's, and the day verifies from it: sealed at its close"))
        #expect(result.stdout.contains("Removed the day folder \(partnership.day)"))
        #expect(!FileManager.default.fileExists(atPath: partnership.day))
        #expect(try Self.mode(partnership.archive) == 0o600)
        #expect(try Self.mode(partnership.archiveKey) == 0o600)

        let out = try TemporaryFolder()
        defer { out.remove() }
        let listed = try Self.shell("'\(age)' -d -i '\(partnership.archiveKey)' '\(partnership.archive)' | tar -tf -", in: out.path)
        #expect(listed.status == 0, "\(listed.stderr)")
        let expected = try FileManager.default.contentsOfDirectory(atPath: Partnership.exampleDay).sorted()
        #expect(listed.stdout.split(separator: "\n").map(String.init) == ["\(ExampleDay.name)/"] + expected.map { "\(ExampleDay.name)/\($0)" })
        let extracted = try Self.shell("'\(age)' -d -i '\(partnership.archiveKey)' -o day.tar '\(partnership.archive)' && tar -xf day.tar", in: out.path)
        #expect(extracted.status == 0 && extracted.stderr.isEmpty, "\(extracted.stderr)")
        #expect(try Self.files(out.file(ExampleDay.name)) == Self.files(Partnership.exampleDay))
        // Owner-only when extracted, whatever the folder's modes were.
        #expect(try Self.mode(out.file("\(ExampleDay.name)/facilitator.jsonl")) == 0o600)
    }

    @Test("a day put into a tar and encrypted by age -r to the partnership's recipient is read by maca: archive --check, and a report identical to the folder's")
    func macaReadsAgeArchive() throws {
        let age = try Self.age()
        let partnership = try Partnership()
        defer { partnership.remove() }
        let fromFolder = try Self.report(partnership, [])
        #expect(fromFolder.result.status == 0, "\(fromFolder.result.stderr)")

        let recipient = try run(Self.ageKeygen(), ["-y", partnership.archiveKey])
        #expect(recipient.status == 0)
        let paths = try partnership.maca(["paths"])
        #expect(paths.stdout.contains("archive key  \(partnership.archiveKey)  (recipient \(recipient.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))"), "\(paths.stdout)")
        // GNU tar's own format, a second recipient, then the folder removed by hand.
        let other = partnership.sessions.file("other.key")
        #expect(try run(Self.ageKeygen(), ["-o", other]).status == 0)
        let made = try Self.shell(
            "tar -cf - '\(ExampleDay.name)' | '\(age)' -r '\(recipient.stdout.trimmingCharacters(in: .whitespacesAndNewlines))' -R <(age-keygen -y '\(other)') > '\(ExampleDay.name).age' && rm -r '\(ExampleDay.name)'",
            in: partnership.sessions.path
        )
        #expect(made.status == 0, "\(made.stderr)")

        let checked = try partnership.maca(["archive", "--check", "--sessions", partnership.sessions.path, ExampleDay.name])
        #expect(checked.status == 0, "\(checked.stderr)")
        // Four files, and the report digest the report above left beside the sealed day, which tar took along.
        #expect(checked.stdout.contains("opened with \(partnership.archiveKey); it holds the folder \(ExampleDay.name)/ of 5 files"), "\(checked.stdout)")
        #expect(checked.stdout.contains("\(partnership.archive): \(ExampleDay.name): 3 journals, 53 records, all verified"))

        let fromArchive = try Self.report(partnership, [])
        #expect(fromArchive.result.status == 0, "\(fromArchive.result.stderr)")
        #expect(!fromArchive.markdown.isEmpty && fromArchive.markdown == fromFolder.markdown)
        #expect(fromArchive.csv == fromFolder.csv)
        // Named, by file or by day.
        #expect(try Self.report(partnership, [partnership.archive]).markdown == fromFolder.markdown)
        #expect(try Self.report(partnership, [ExampleDay.name]).markdown == fromFolder.markdown)
        // And opened with the other key alone, given as --identity.
        let elsewhere = try IsolatedHome()
        defer { elsewhere.folder.remove() }
        let withOther = try runMaca(["archive", "--check", "--identity", other, partnership.archive], environment: elsewhere.environment)
        #expect(withOther.status == 0, "\(withOther.stderr)")
        #expect(withOther.stdout.contains("opened with \(other)"))
    }

    @Test("age -e -i encrypts to an identity file's own recipient; maca opens that with --identity, refuses it without one (66) and with the wrong one (65)")
    func ageEncryptsWithIdentityFile() throws {
        let age = try Self.age()
        let partnership = try Partnership(initialised: false)
        defer { partnership.remove() }
        let key = partnership.sessions.file("keys.txt")
        let wrong = partnership.sessions.file("wrong.txt")
        #expect(try run(Self.ageKeygen(), ["-o", key]).status == 0)
        #expect(try run(Self.ageKeygen(), ["-o", wrong]).status == 0)
        let made = try Self.shell("tar --format=pax -cf - '\(ExampleDay.name)' | '\(age)' -e -i '\(key)' -o day.age", in: partnership.sessions.path)
        #expect(made.status == 0, "\(made.stderr)")
        let archive = partnership.sessions.file("day.age")
        let opened = try partnership.maca(["archive", "--check", "--identity", key, archive])
        #expect(opened.status == 0, "\(opened.stdout)\(opened.stderr)")
        let none = try partnership.maca(["archive", "--check", archive])
        #expect(none.status == 66)
        #expect(none.stderr.contains("\(archive) is an archived day, and there is no identity to open it"), "\(none.stderr)")
        let refused = try partnership.maca(["archive", "--check", "--identity", wrong, archive])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("\(archive): cannot be opened: the identity given does not open it: it is encrypted to 1 other X25519 recipient (the wrong key, or another partnership's archive)"), "\(refused.stderr)")
    }

    @Test("payloads of every size around the 64 KiB chunk, to several recipients, go from maca to age and from age to maca unchanged", arguments: [
        0, 1, 65535, 65536, 65537, 131072, 131073, 200_000,
    ])
    func chunkBoundariesBothWays(size: Int) throws {
        let age = try Self.age()
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let plaintext = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) })
        try plaintext.write(to: URL(fileURLWithPath: folder.file("plain")))
        let keys = [folder.file("a.txt"), folder.file("b.txt")]
        for key in keys { #expect(try run(Self.ageKeygen(), ["-o", key]).status == 0) }
        let identities = try keys.map { try #require(AgeIdentityFile.read(path: $0).first) }

        // maca's encryption, age's decryption, with each identity alone.
        try AgeFile.encrypt(plaintext, to: identities.map(\.recipient)).write(to: URL(fileURLWithPath: folder.file("by-maca.age")))
        for key in keys {
            let opened = try run(age, ["-d", "-i", key, "-o", folder.file("out"), folder.file("by-maca.age")])
            #expect(opened.status == 0, "\(size): \(opened.stderr)")
            // age writes no file for an empty plaintext.
            #expect((FileManager.default.contents(atPath: folder.file("out")) ?? Data()) == plaintext)
            try? FileManager.default.removeItem(atPath: folder.file("out"))
        }
        // age's encryption, maca's decryption.
        let sealed = try run(age, ["-r", identities[0].recipient.description, "-r", identities[1].recipient.description, "-o", folder.file("by-age.age"), folder.file("plain")])
        #expect(sealed.status == 0, "\(sealed.stderr)")
        let file = try Data(contentsOf: URL(fileURLWithPath: folder.file("by-age.age")))
        for identity in identities { #expect(try AgeFile.decrypt(file, with: [identity]) == plaintext) }
        // age refuses what maca refuses: the file cut short by a byte.
        try file.dropLast().write(to: URL(fileURLWithPath: folder.file("cut.age")))
        #expect(try run(age, ["-d", "-i", keys[0], folder.file("cut.age")]).status != 0)
        #expect(throws: AgeError.self) { try AgeFile.decrypt(file.dropLast(), with: identities) }
    }

    // MARK: What is refused, and what is kept

    @Test("an open day is refused (64) and a damaged one (65); nothing is written or removed")
    func refusedDays() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let (first, _) = try DayScripts.demoSplit(after: "Adolescent neglect known only to early help and school.")
        let ran = try partnership.maca(["run", "--template", "neglect", "--sessions", partnership.sessions.path], input: first + "\n:quit\n")
        #expect(ran.status == 0, "\(ran.stderr)")
        let open = try #require(try SessionStore(directory: partnership.sessions.path).dayFolders().first { $0 != ExampleDay.name })
        let before = try Self.files(partnership.sessions.file(open))
        let refused = try partnership.maca(["archive", "--sessions", partnership.sessions.path, open])
        #expect(refused.status == 64)
        #expect(refused.stderr.hasPrefix("error: \(partnership.sessions.file(open)): the day is open, not closed"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("USAGE"))
        #expect(try Self.files(partnership.sessions.file(open)) == before)
        #expect(!FileManager.default.fileExists(atPath: partnership.sessions.file(open + ".age")))

        let police = "\(partnership.day)/auditor-police-auditor-b.jsonl"
        let text = try String(contentsOfFile: police, encoding: .utf8)
        try text.replacingOccurrences(of: "Two attendances", with: "Three attendances").write(toFile: police, atomically: true, encoding: .utf8)
        let damagedBefore = try Self.files(partnership.day)
        let damaged = try partnership.archiveDay()
        #expect(damaged.status == 65)
        #expect(damaged.stderr.contains("\(police):2: the record's contents do not match its hash"), "\(damaged.stderr)")
        #expect(damaged.stderr.contains("the day does not verify, so it was not archived"))
        #expect(try Self.files(partnership.day) == damagedBefore)
        #expect(!FileManager.default.fileExists(atPath: partnership.archive))
    }

    @Test("a corrupt or cut-short archive, or one for another key, stops the report with the reason (65); --skip-invalid leaves it out; nothing is deleted")
    func badArchivesInReport() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        #expect(try partnership.archiveDay(["--keep"]).status == 0)
        try FileManager.default.removeItem(atPath: partnership.day)
        let good = try Data(contentsOf: URL(fileURLWithPath: partnership.archive))
        var flipped = good
        flipped[good.count - 100] ^= 0x01
        let stranger = AgeIdentity.generate(origin: "x")
        let cases: [(String, Data, String)] = [
            // Which chunk is the last depends on the day's size; that the last fails does not.
            ("flipped", flipped, "its last chunk (…) does not authenticate as the last: the file is cut short or was changed"),
            ("cut", good.prefix(good.count - 40), "its last chunk (…) does not authenticate as the last"),
            ("header cut", good.prefix(60), "it is cut short: it ends inside its header"),
            ("another key", AgeFile.encrypt(Data("x".utf8), to: [stranger.recipient]), "the identity given does not open it: it is encrypted to 1 other X25519 recipient"),
        ]
        for (label, bytes, reason) in cases {
            try bytes.write(to: URL(fileURLWithPath: partnership.archive))
            let result = try Self.report(partnership, [])
            #expect(result.result.status == 65, "\(label): \(result.result.stderr)")
            #expect(Self.says(result.result.stderr, "error: \(partnership.archive): cannot be opened: \(reason)"), "\(label): \(result.result.stderr)")
            #expect(result.result.stderr.contains("no report was written"))
            #expect(!result.result.stderr.contains("Fatal") && result.result.signal == nil)
            #expect(try Data(contentsOf: URL(fileURLWithPath: partnership.archive)) == bytes, "\(label): the archive was changed")
            let check = try partnership.maca(["archive", "--check", "--sessions", partnership.sessions.path, ExampleDay.name])
            #expect(check.status == 65, "\(label)")
            let skipped = try Self.report(partnership, [], extra: ["--skip-invalid"])
            // The only day is left out, so there is nothing to report: missing input, and the reason said.
            #expect(skipped.result.status == 66, "\(label): \(skipped.result.stderr)")
            #expect(Self.says(skipped.result.stderr, "\(partnership.archive): left out: cannot be opened: \(reason)"), "\(label): \(skipped.result.stderr)")
        }
    }

    @Test("archives and no identity to open them stop the report (66), naming the key it looked for")
    func noIdentityForReport() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        #expect(try partnership.archiveDay().status == 0)
        try FileManager.default.removeItem(atPath: partnership.archiveKey)
        let result = try Self.report(partnership, [])
        #expect(result.result.status == 66)
        #expect(result.result.stderr.contains("\(partnership.archive) is an archived day, and there is no identity to open it: the partnership's archive key \(partnership.archiveKey) is not here"), "\(result.result.stderr)")
        #expect(FileManager.default.fileExists(atPath: partnership.archive))
    }

    @Test("without the archive key or a --recipient nothing is archived (64); a --recipient that is not one is a usage error; without an identity for it, only --keep archives")
    func recipients() throws {
        let partnership = try Partnership(initialised: false)
        defer { partnership.remove() }
        let before = try Self.files(partnership.day)
        let none = try partnership.archiveDay()
        #expect(none.status == 64)
        #expect(none.stderr.contains("no recipient to encrypt the archive to: the partnership's archive key \(partnership.archiveKey) is not here; run 'maca init'"), "\(none.stderr)")
        let bad = try partnership.archiveDay(["--recipient", "age1notarecipient"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("'age1notarecipient' is not an age recipient"), "\(bad.stderr)")
        let offline = AgeIdentity.generate(origin: "offline")
        let unchecked = try partnership.archiveDay(["--recipient", offline.recipient.description])
        #expect(unchecked.status == 64)
        #expect(unchecked.stderr.contains("so it could not be checked before the day folder is removed; give --identity FILE for one of them, or --keep"), "\(unchecked.stderr)")
        #expect(try Self.files(partnership.day) == before)
        #expect(!FileManager.default.fileExists(atPath: partnership.archive))
        let kept = try partnership.archiveDay(["--recipient", offline.recipient.description, "--keep"])
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(kept.stderr.contains("was read back from disk but not opened: no identity here is for its recipients"))
        #expect(try Self.files(partnership.day) == before)
    }

    @Test("--keep keeps the folder; archiving again checks the archive against it and removes the folder; an archive that differs is refused (65)")
    func keepAndAgain() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let before = try Self.files(partnership.day)
        let kept = try partnership.archiveDay(["--keep"])
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(kept.stdout.contains("Kept the day folder \(partnership.day) (--keep)"))
        #expect(try Self.files(partnership.day) == before)
        try Data("late note\n".utf8).write(to: URL(fileURLWithPath: "\(partnership.day)/notes.txt"))
        let differs = try partnership.archiveDay()
        #expect(differs.status == 65)
        #expect(differs.stderr.contains("\(partnership.archive): an archive is there already, and it is not the day folder as it is now (notes.txt is not in the archive)"), "\(differs.stderr)")
        try FileManager.default.removeItem(atPath: "\(partnership.day)/notes.txt")
        let again = try partnership.archiveDay()
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("was there already, holding this day folder exactly"))
        #expect(!FileManager.default.fileExists(atPath: partnership.day))
        let twice = try partnership.archiveDay()
        #expect(twice.status == 64)
        #expect(twice.stderr.contains("the day is archived already"), "\(twice.stderr)")
    }

    @Test("maca init makes the archive key once, owner-only, and running it again keeps it")
    func initKeepsArchiveKey() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let key = try Data(contentsOf: URL(fileURLWithPath: partnership.archiveKey))
        #expect(try Self.mode(partnership.archiveKey) == 0o600)
        let again = try partnership.maca(["init", "--yes"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("kept the archive key \(partnership.archiveKey) (recipient age1"), "\(again.stdout)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: partnership.archiveKey)) == key)
        #expect(chmod(partnership.archiveKey, 0o644) == 0)
        let loose = try partnership.archiveDay()
        #expect(loose.status == 74)
        #expect(loose.stderr.contains("\(partnership.archiveKey): cannot be read: others can read it (mode 644); make it owner-only with chmod 600"), "\(loose.stderr)")
        #expect(FileManager.default.fileExists(atPath: partnership.day))
    }

    @Test("a signed day is archived with every signature checked from the archive, and reported from it")
    func signedDay() throws {
        let partnership = try Partnership()
        defer { partnership.remove() }
        let ran = try partnership.maca(["run", "--template", "neglect", "--sessions", partnership.sessions.path], input: try DayScripts.demo())
        #expect(ran.status == 0, "\(ran.stderr)")
        let name = try #require(try SessionStore(directory: partnership.sessions.path).dayFolders().first { $0 != ExampleDay.name })
        let result = try partnership.maca(["archive", "--sessions", partnership.sessions.path, name])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("signed: every record's signature checked with the partnership key"), "\(result.stdout)")
        let checked = try partnership.maca(["archive", "--check", "--sessions", partnership.sessions.path, name + ".age"])
        #expect(checked.status == 0 && checked.stdout.contains("signed: every record's signature checked"), "\(checked.stdout)")
        let report = try partnership.maca(["report", "--theme", "neglect", "--sessions", partnership.sessions.path, "--out", partnership.sessions.file("r"), name])
        #expect(report.status == 0, "\(report.stderr)")
    }
}
