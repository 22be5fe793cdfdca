import Foundation
import MACAKit
import MACATestSupport
import Testing

/// Everything maca creates is owner-only, whatever the umask.
@Suite("File modes")
struct FileModeTests {
    private func mode(_ path: String) throws -> Int {
        ((try FileManager.default.attributesOfItem(atPath: path))[.posixPermissions] as? Int ?? -1) & 0o777
    }

    /// Runs maca under `umask 000` through a shell.
    private func underUmask000(_ arguments: [String], input: String = "") throws -> CommandResult {
        let quoted = ([macaBinary] + arguments).map { "'\($0.replacingOccurrences(of: "'", with: "'\\''"))'" }.joined(separator: " ")
        return try run("/bin/sh", ["-c", "umask 000; exec \(quoted)"], input: input, in: packageRoot)
    }

    @Test("a day, an agency return, a form and a report made under umask 000 are 0600 and 0700; --shareable reports 0644")
    func everyModeUnderUmask000() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let sessions = root.file("sessions")
        let (first, rest) = try DayScripts.demoSplit(after: "Adolescent neglect known only to early help and school.")
        #expect(try underUmask000(["run", "--template", "neglect", "--sessions", sessions], input: first + "\n:quit\n").status == 0)
        let day = try #require(try SessionStore(directory: sessions).dayFolders().first)
        let enter = try underUmask000(["enter", "--sessions", sessions, "--day", day, "--agency", "police", "--auditor", "Auditor B"], input: "")
        #expect(enter.status == 0, "\(enter.stderr)")
        #expect(try underUmask000(["returns", "form", "--sessions", sessions, "--day", day, "--agency", "education", "--out", root.file("forms/education.yaml")]).status == 0)
        #expect(try underUmask000(["resume", "--sessions", sessions, day], input: rest).status == 0)
        let reports = root.file("reports"), shared = root.file("shared")
        let report = try underUmask000(["report", "--theme", "neglect", "--sessions", sessions, "--out", reports])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(try underUmask000(["report", "--theme", "neglect", "--sessions", sessions, "--out", shared, "--shareable"]).status == 0)

        let folder = "\(sessions)/\(day)"
        var checked = 0
        for path in [sessions, folder, root.file("forms"), reports] {
            #expect(try mode(path) == 0o700, "\(path)")
            checked += 1
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).map { "\(folder)/\($0)" }
            + [root.file("forms/education.yaml")]
            + (try FileManager.default.contentsOfDirectory(atPath: reports).map { "\(reports)/\($0)" })
        #expect(files.contains { $0.hasSuffix("record.md") })
        #expect(files.contains { $0.contains("auditor-police") })
        #expect(files.filter { $0.hasPrefix(reports) }.count == 3)
        for file in files {
            #expect(try mode(file) == 0o600, "\(file)")
            checked += 1
        }
        // Nothing else was left behind, such as a temporary file; the report's digest (0600, checked above) is kept on purpose.
        #expect(!files.contains { ($0 as NSString).lastPathComponent.hasPrefix(".") && ($0 as NSString).lastPathComponent != ReportDigests.fileName })
        #expect(try mode(shared) == 0o755)
        for file in try FileManager.default.contentsOfDirectory(atPath: shared) {
            #expect(try mode("\(shared)/\(file)") == 0o644, "\(file)")
        }
        #expect(checked >= 10)
    }
}
