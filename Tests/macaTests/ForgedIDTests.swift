import Foundation
import MACAKit
import MACATestSupport
import Testing

/// Ids that become part of a file's path are checked where they come in: a
/// forged agency id, theme or date is refused with exit 64 (typed as an
/// option) or 65 (read from a file), and never reaches the file system.
@Suite("Ids that become paths")
struct ForgedIDTests {
    /// Every file and folder under `root`, to show that a refusal wrote nothing.
    static func everything(under root: String) throws -> [String] {
        (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).sorted()
    }

    /// The demo day up to its cases, with an agency of a forged id appended
    /// to the facilitator's journal, whose chain stays valid.
    static func dayWithForgedAgency(_ id: String, in sessions: TemporaryFolder) throws -> (folder: String, name: String) {
        let (folder, name, _) = try AgencyReturnTests.dayWithCases(in: sessions)
        let (journal, _) = try JournalWriter.open(path: "\(folder)/facilitator.jsonl")
        try journal.append(.agencyAttending(AgencyAttending(agency: Agency(id: id, name: "Forged agency"))), author: "someone")
        journal.close()
        return (folder, name)
    }

    @Test("an agency id typed as an option that is no agency of the day is a usage error, 64, and nothing is written", arguments: ["../../etc/x", "police/../x", "/etc/passwd", ".."])
    func optionAgency(agency: String) throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (_, name, _) = try AgencyReturnTests.dayWithCases(in: sessions)
        let before = try Self.everything(under: sessions.path)
        let result = try runMaca(["enter", "--sessions", sessions.path, "--day", name, "--agency", agency, "--auditor", "A. Auditor"], input: "")
        #expect(result.status == 64)
        #expect(result.stderr.contains("error: '\(agency)' is not an agency of this day"), "\(result.stderr)")
        #expect(try Self.everything(under: sessions.path) == before)
    }

    @Test("a forged agency id in the day's journal is refused, 65, naming the day, and nothing is written", arguments: ["../../etc/x", "police/../x", "x/../../../../tmp/x"])
    func forgedAgency(id: String) throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name) = try Self.dayWithForgedAgency(id, in: sessions)
        let before = try Self.everything(under: sessions.path)
        for agency in [id, "Forged agency"] {
            let result = try runMaca(["enter", "--sessions", sessions.path, "--day", name, "--agency", agency, "--auditor", "A. Auditor"], input: "")
            #expect(result.status == 65)
            #expect(result.stderr.contains("error: \(folder): agency id '\(id)' is not an id (lower-case letters, digits and hyphens, at most 64), so it cannot name a file; nothing was written"), "\(result.stderr)")
        }
        #expect(try Self.everything(under: sessions.path) == before)
    }

    @Test("a return form naming a forged agency id is refused at its line, 65, and nothing is imported")
    func forgedForm() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (_, name) = try Self.dayWithForgedAgency("../../etc/x", in: sessions)
        let blank = try runMaca(["returns", "form", "--sessions", sessions.path, "--day", name, "--agency", "police"]).stdout
        let filled = try AgencyReturnTests.fill(blank, agency: "police", auditor: "Auditor B", grade: "good")
        let lines = filled.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex(of: "agency: police")) + 1
        let file = sessions.file("forged.yaml")
        try filled.replacingOccurrences(of: "\nagency: police\n", with: "\nagency: ../../etc/x\n").write(toFile: file, atomically: true, encoding: .utf8)
        let before = try Self.everything(under: sessions.path)
        let result = try runMaca(["returns", "import", "--sessions", sessions.path, file])
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: \(file):\(line): agency '../../etc/x' is not an agency id"), "\(result.stderr)")
        #expect(try Self.everything(under: sessions.path) == before)
    }

    @Test("a theme that is not an id is a usage error, 64, before anything is read")
    func theme() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let result = try runMaca(["report", "--theme", "../neglect", "--sessions", root.file("none"), "--out", root.file("r")])
        #expect(result.status == 64)
        #expect(result.stderr.contains("error: theme '../neglect' is not an id"), "\(result.stderr)")
        #expect(try Self.everything(under: root.path).isEmpty)
    }

    @Test("a day whose journal gives a forged date cannot name the report's files: 65, naming the day, and nothing is written")
    func forgedDate() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let sessions = root.file("sessions")
        let day = "\(sessions)/forged"
        try OwnerOnlyFiles.makeFolder(day)
        let template = try TemplateLoader.load(path: "\(packageRoot)/audit-templates/neglect.yaml")
        let opened = DayOpened(day: "00000000-0000-4000-8000-0000000f0e9d", template: TemplateStamp(template), date: "../../../x", area: "Testshire (invented)", facilitator: "F")
        try JournalWriter.create(path: "\(day)/facilitator.jsonl", day: opened.day, writer: "facilitator", first: .dayOpened(opened), author: "F").close()
        let result = try runMaca(["report", "--theme", "neglect", "--sessions", sessions, "--out", root.file("r"), "--include-unfinished"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: \(day): the day's date '../../../x' is not an id"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.file("r")))
    }

    @Test("a reporter's name becomes a file name of an id, never a path", arguments: [
        ("DSL lead", "actions-dsl-lead.jsonl"),
        ("../../etc/passwd", "actions-etc-passwd.jsonl"),
        ("Zoë Brown", "actions-zoe-brown-"),
        ("Анна", "actions-"),
        ("…", "actions-unnamed.jsonl"),
    ])
    func reporter(by: String, file: String) throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        #expect(try DayScripts.run(try DayScripts.demo(), sessions: sessions.path).result.status == 0)
        let result = try runMaca(["actions", "update", "--sessions", sessions.path, "neglect-2026-11-20-A1", "--status", "in-progress", "--by", by])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: "\(sessions.path)/actions")
        #expect(names.count == 1)
        let name = try #require(names.first)
        #expect(name.hasPrefix(file), "\(name)")
        #expect(FileNames.isWriter(String(name.dropLast(".jsonl".count))), "\(name)")
    }
}
