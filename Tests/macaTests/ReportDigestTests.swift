import Foundation
import MACAKit
import MACATestSupport
import Testing

/// `maca report` run again reads each sealed day's identifier scan from the
/// digest beside it (issue 18), through the real binary: the report is the
/// same byte for byte, and a digest is never trusted over the day, the
/// partnership's key or the guard's settings.
@Suite("Report digests, end to end")
struct ReportDigestTests {
    static func digest(_ folder: String) -> String { "\(folder)/\(ReportDigests.fileName)" }

    static func files(_ folder: String) throws -> [String: Data] {
        Dictionary(uniqueKeysWithValues: try FileManager.default.contentsOfDirectory(atPath: folder).map {
            ($0, try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\($0)")))
        })
    }

    @Test("run again, the report is identical and says nothing more; each sealed day has an owner-only digest; without a partnership key none is written")
    func warmIsIdentical() throws {
        let home = try IsolatedHome()
        let root = try TemporaryFolder()
        defer { home.folder.remove(); root.remove() }
        #expect(try runMaca(["init", "--yes"], input: "", environment: home.environment).status == 0)
        let sessions = root.file("days")
        try SyntheticDays.write(count: 4, into: sessions, cases: 3, templates: "\(packageRoot)/audit-templates")
        let report = { (out: String) throws -> CommandResult in
            try runMaca(
                ["report", "--theme", "neglect", "--sessions", sessions, "--out", root.file(out), "--format", "md,html,csv,briefing", "--annex", "--date", "2026-12-01"],
                environment: home.environment
            )
        }
        let cold = try report("cold")
        #expect(cold.status == 0, "\(cold.stderr)")
        let days = try SessionStore(directory: sessions).dayFolders().map { "\(sessions)/\($0)" }
        #expect(days.count == 4)
        for day in days {
            var status = stat()
            #expect(stat(Self.digest(day), &status) == 0, "\(day) has no digest")
            #expect(status.st_mode & 0o777 == 0o600)
        }
        let digestsMade = try days.map { try Data(contentsOf: URL(fileURLWithPath: Self.digest($0))) }
        let warm = try report("warm")
        #expect(warm.status == 0)
        #expect(warm.stderr == cold.stderr)
        #expect(warm.stdout.replacingOccurrences(of: "/warm/", with: "/cold/") == cold.stdout)
        #expect(try Self.files(root.file("warm")) == Self.files(root.file("cold")))
        // Read, not rewritten.
        #expect(try days.map { try Data(contentsOf: URL(fileURLWithPath: Self.digest($0))) } == digestsMade)
        for day in days {
            let verified = try runMaca(["verify", "--sessions", sessions, (day as NSString).lastPathComponent], environment: home.environment)
            #expect(verified.status == 0, "a digest beside a sealed day is no journal: \(verified.stdout)\(verified.stderr)")
        }

        // Archived, the day leaves its digest out (a cache of this build's scan), and the folder goes with it.
        let archived = (days[0] as NSString).lastPathComponent
        let archive = try runMaca(["archive", "--sessions", sessions, archived], environment: home.environment)
        #expect(archive.status == 0, "\(archive.stderr)")
        #expect(!FileManager.default.fileExists(atPath: days[0]))
        let checked = try runMaca(["archive", "--check", "--sessions", sessions, archived], environment: home.environment)
        // Its journal and the record.md that verify wrote: not the digest.
        #expect(checked.stdout.contains("it holds the folder \(archived)/ of 2 files"), "\(checked.stdout)")
        let fromArchive = try report("archived")
        #expect(fromArchive.status == 0)
        #expect(try Self.files(root.file("archived")) == Self.files(root.file("cold")))

        // Another partnership's home, with no key: no digest is read or written.
        let keyless = try IsolatedHome()
        defer { keyless.folder.remove() }
        let copy = root.file("copy")
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
        for day in days.dropFirst() {
            let target = "\(copy)/\((day as NSString).lastPathComponent)"
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
            try FileManager.default.copyItem(atPath: "\(day)/facilitator.jsonl", toPath: "\(target)/facilitator.jsonl")
        }
        let plain = try runMaca(
            ["report", "--theme", "neglect", "--sessions", copy, "--out", root.file("plain"), "--format", "md", "--date", "2026-12-01"],
            environment: keyless.environment
        )
        #expect(plain.status == 0, "\(plain.stderr)")
        for day in try FileManager.default.contentsOfDirectory(atPath: copy) {
            #expect(!FileManager.default.fileExists(atPath: Self.digest("\(copy)/\(day)")))
        }
    }

    @Test("a kept identifier stops the report run again; a digest with its finding removed by hand is refused and said; after a redaction the digest is made again")
    func forgedAndRedacted() throws {
        let home = try IsolatedHome()
        let sessions = try TemporaryFolder()
        defer { home.folder.remove(); sessions.remove() }
        #expect(try runMaca(["init", "--yes"], input: "", environment: home.environment).status == 0)
        let (folder, name) = try RedactTests.keptDay(in: sessions, environment: home.environment)
        let maca = { (arguments: [String]) throws -> CommandResult in try runMaca(arguments, environment: home.environment) }
        let report = ["report", "--theme", "neglect", "--sessions", sessions.path, "--out", sessions.file("r"), "--format", "md"]
        let first = try maca(report)
        #expect(first.status == 65)
        #expect(first.stderr.contains("looks like an NHS number"))
        let second = try maca(report)
        #expect(second.status == 65, "the digest's finding stops the report as the scan's did")
        #expect(second.stderr == first.stderr)

        // Someone empties the digest's findings, keeping its signature.
        let path = Self.digest(folder)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        #expect((object["findings"] as? [Any])?.count == 1)
        object["findings"] = [Any]()
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
        let forged = try maca(report)
        #expect(forged.status == 65)
        #expect(forged.stderr.contains("\(path): not used: its signature does not match"), "\(forged.stderr)")
        #expect(forged.stderr.contains("looks like an NHS number"))
        #expect(!forged.stderr.contains(RedactTests.nhs), "a digest never holds or prints the text it found")
        let stored = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!stored.contains(RedactTests.nhs) && !stored.contains(RedactTests.nhs.replacingOccurrences(of: " ", with: "")))

        // Redacted: the facilitator's journal gains a record, so the digest no longer matches the day.
        let list = try maca(["redact", "--sessions", sessions.path, name, "--list"])
        let (_, record) = try RedactTests.number(of: RedactTests.nhs, in: list.stdout)
        #expect(try maca(["redact", "--sessions", sessions.path, name, "--record", record, "--reason", "kept by mistake", "--by", "Quality lead"]).status == 0)
        let after = try maca(report)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stderr.contains("\(path): not used: it was made for other journals than the day has now"), "\(after.stderr)")
        let quiet = try maca(report)
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    }

    @Test("a reference pattern added to the config after a report is found on the next run; --rescan reads no digest and writes each afresh")
    func newSettingsAndRescan() throws {
        let home = try IsolatedHome()
        let sessions = try TemporaryFolder()
        defer { home.folder.remove(); sessions.remove() }
        #expect(try runMaca(["init", "--yes"], input: "", environment: home.environment).status == 0)
        let script = try DayScripts.demo(
            replacing: "Breakfast at nursery most days; no routine at home for bedtime.",
            with: ["Breakfast at nursery most days; the early help log QX-482913 records it."]
        )
        #expect(try runMaca(["run", "--template", "neglect", "--sessions", sessions.path], input: script, environment: home.environment).status == 0)
        let folder = sessions.file(try #require(try SessionStore(directory: sessions.path).dayFolders().first))
        let maca = { (arguments: [String]) throws -> CommandResult in try runMaca(arguments, environment: home.environment) }
        let report = ["report", "--theme", "neglect", "--sessions", sessions.path, "--out", sessions.file("r"), "--format", "md"]
        let before = try maca(report)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(FileManager.default.fileExists(atPath: Self.digest(folder)))
        try home.writeConfig("""
            reference-patterns:
              - name: early help log number
                pattern: '\\bQX-[0-9]{6}\\b'
            """)
        let after = try maca(report)
        #expect(after.status == 65, "a digest made under the old settings must not hide the new pattern")
        #expect(after.stderr.contains("looks like a reference number"), "\(after.stderr)")
        #expect(!after.stderr.contains("not used"), "a digest made under other settings is made again without a warning")

        // A damaged digest with --rescan: not read, so not reported; replaced by a good one.
        try Data("not a digest".utf8).write(to: URL(fileURLWithPath: Self.digest(folder)))
        let rescanned = try maca(report + ["--rescan"])
        #expect(rescanned.status == 65)
        #expect(!rescanned.stderr.contains("not used"), "\(rescanned.stderr)")
        let stored = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.digest(folder)))) as? [String: Any]
        #expect((stored?["findings"] as? [Any])?.count == 1)
        // A digest that cannot be written (a folder in its place) is said once; the report is still refused or written as before.
        try FileManager.default.removeItem(atPath: Self.digest(folder))
        try FileManager.default.createDirectory(atPath: Self.digest(folder), withIntermediateDirectories: false)
        let blocked = try maca(report + ["--redact"])
        #expect(blocked.status == 0, "\(blocked.stderr)")
        #expect(blocked.stderr.contains("1 report digest could not be written"), "\(blocked.stderr)")
        #expect(blocked.stderr.contains("not used: it is not a plain file; the day was scanned for identifiers again\n"), "no new digest was written, so none is claimed: \(blocked.stderr)")
        // Nor can the day be archived with a folder by the digest's name: refused before anything is written.
        try FileManager.default.createDirectory(atPath: "\(Self.digest(folder))/inner", withIntermediateDirectories: false)
        let archive = try maca(["archive", "--sessions", sessions.path, (folder as NSString).lastPathComponent])
        #expect(archive.status != 0)
        #expect(FileManager.default.fileExists(atPath: "\(folder)/facilitator.jsonl"))
        #expect(!FileManager.default.fileExists(atPath: "\(folder).age"))
        // A digest far larger than any maca writes is refused by its size, never read into memory.
        try FileManager.default.removeItem(atPath: Self.digest(folder))
        #expect(FileManager.default.createFile(atPath: Self.digest(folder), contents: nil))
        let large = try #require(FileHandle(forWritingAtPath: Self.digest(folder)))
        try large.truncate(atOffset: 1 << 33)
        try large.close()
        let sparse = try maca(report + ["--redact"])
        #expect(sparse.status == 0)
        #expect(sparse.stderr.contains("bytes, larger than any digest maca writes"), "\(sparse.stderr)")
    }

    @Test("a journal put back from before a redaction is named by verify and stops the report, warm or cold, until the redaction is done again (cold trial: an undone redaction matched the digest made after it)")
    func redactionUndone() throws {
        let home = try IsolatedHome()
        let sessions = try TemporaryFolder()
        defer { home.folder.remove(); sessions.remove() }
        #expect(try runMaca(["init", "--yes"], input: "", environment: home.environment).status == 0)
        let (folder, name) = try RedactTests.keptDay(in: sessions, environment: home.environment)
        let maca = { (arguments: [String]) throws -> CommandResult in try runMaca(arguments, environment: home.environment) }
        let report = ["report", "--theme", "neglect", "--sessions", sessions.path, "--out", sessions.file("r"), "--format", "md"]
        let journal = "\(folder)/facilitator.jsonl"
        let before = try Data(contentsOf: URL(fileURLWithPath: journal))
        let list = try maca(["redact", "--sessions", sessions.path, name, "--list"])
        let (_, record) = try RedactTests.number(of: RedactTests.nhs, in: list.stdout)
        #expect(try maca(["redact", "--sessions", sessions.path, name, "--record", record, "--reason", "kept by mistake", "--by", "IG lead"]).status == 0)
        #expect(try maca(report).status == 0, "redacted, the report is written and its digest made")

        // The original line put back in place of its redacted copy, as a restore from an older copy would.
        let original = String(decoding: before, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var now = String(decoding: try Data(contentsOf: URL(fileURLWithPath: journal)), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(Int(record)) - 1
        #expect(now[line] != original[line])
        now[line] = original[line]
        try Data(now.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: journal))

        let verified = try maca(["verify", "--sessions", sessions.path, name])
        #expect(verified.status == 65)
        #expect((verified.stdout + verified.stderr).contains("record \(record) was redacted, but its text is back"), "\(verified.stdout)\(verified.stderr)")
        for arguments in [report, report + ["--rescan"]] {
            let refused = try maca(arguments)
            #expect(refused.status == 65, "\(arguments): \(refused.stderr)")
            #expect(refused.stderr.contains("its text is back"), "\(refused.stderr)")
        }
        // Done again, the day verifies and the report is written, with no identifier in it.
        #expect(try maca(["redact", "--sessions", sessions.path, name, "--record", record, "--reason", "put back by a restore", "--by", "IG lead"]).status == 0)
        #expect(try maca(["verify", "--sessions", sessions.path, name]).status == 0)
        let written = try maca(report)
        #expect(written.status == 0, "\(written.stderr)")
        for file in try FileManager.default.contentsOfDirectory(atPath: sessions.file("r")) {
            #expect(!(try String(contentsOfFile: sessions.file("r/\(file)"), encoding: .utf8)).contains(RedactTests.nhs))
        }
    }
}
