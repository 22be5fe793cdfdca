import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The shipped example day, read by the README's demo, through the binary.
@Suite("The example audit day", .serialized)
struct ExampleDayTests {
    static let sessions = "\(packageRoot)/examples/sessions"
    static let templates = "\(packageRoot)/audit-templates"
    static var journal: String { "\(sessions)/\(ExampleDay.name)/facilitator.jsonl" }

    @Test("the committed example is exactly what the generator writes (MACA_RECORD=1 rewrites it)")
    func exampleIsReproducible() throws {
        if ProcessInfo.processInfo.environment["MACA_RECORD"] == "1" {
            try? FileManager.default.removeItem(atPath: "\(Self.sessions)/\(ExampleDay.name)")
            try ExampleDay.write(into: Self.sessions, templates: Self.templates)
        }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fresh = (try ExampleDay.write(into: folder.path, templates: Self.templates) as NSString).deletingLastPathComponent
        let committed = (Self.journal as NSString).deletingLastPathComponent
        let names = try SessionStore.journalPaths(in: fresh).map { ($0 as NSString).lastPathComponent }
        #expect(names == (try SessionStore.journalPaths(in: committed).map { ($0 as NSString).lastPathComponent }))
        #expect(names.count == 3)
        for name in names {
            #expect(try Data(contentsOf: URL(fileURLWithPath: "\(fresh)/\(name)")) == Data(contentsOf: URL(fileURLWithPath: "\(committed)/\(name)")), "\(name)")
        }
    }

    @Test("verify reads the example's chain and exits 0")
    func verify() throws {
        let result = try runMaca(["verify", "--sessions", Self.sessions, ExampleDay.name])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ok "))
        #expect(result.stdout.contains("all verified"))
    }

    @Test("show prints the day's record as in the golden file")
    func show() throws {
        let result = try runMaca(["show", "--sessions", Self.sessions, ExampleDay.name])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try matchesGolden(result.stdout, path: "\(packageRoot)/Tests/macaTests/Golden/show-example-day.md"))
    }

    @Test("a changed byte in the example is reported with file and line, exit 65, and show refuses")
    func damagedCopy() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let day = folder.file(ExampleDay.name)
        try FileManager.default.createDirectory(atPath: day, withIntermediateDirectories: true)
        var text = try String(contentsOfFile: Self.journal, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"choice\":\"child-protection\"", with: "\"choice\":\"child-in-need\"")
        try text.write(toFile: "\(day)/facilitator.jsonl", atomically: true, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").firstIndex { $0.contains("\"choice\":\"child-in-need\"") }) + 1

        let verify = try runMaca(["verify", "--sessions", folder.path, ExampleDay.name])
        #expect(verify.status == 65)
        #expect(verify.stdout.contains("\(day)/facilitator.jsonl:\(line): the record's contents do not match its hash"))
        let show = try runMaca(["show", "--sessions", folder.path, ExampleDay.name])
        #expect(show.status == 65)
        #expect(show.stdout.isEmpty)
        #expect(show.stderr.contains("error: \(day)/facilitator.jsonl:\(line):"))
    }

    @Test("a torn last record is reported by verify and left out by show, exit 0")
    func tornCopy() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let day = folder.file(ExampleDay.name)
        // The whole day, as its seal lists it, with a torn record after the close.
        try FileManager.default.copyItem(atPath: "\(Self.sessions)/\(ExampleDay.name)", toPath: day)
        var data = try Data(contentsOf: URL(fileURLWithPath: Self.journal))
        data.append(Data("{\"author\":\"Sam".utf8))
        try data.write(to: URL(fileURLWithPath: "\(day)/facilitator.jsonl"))
        let verify = try runMaca(["verify", "--sessions", folder.path, ExampleDay.name])
        #expect(verify.status == 0)
        #expect(verify.stdout.contains("the last record is incomplete"))
        let show = try runMaca(["show", "--sessions", folder.path, ExampleDay.name])
        #expect(show.status == 0)
        #expect(show.stderr.contains("warning:"))
        #expect(show.stdout.contains("## Case DEMO-0002"))
    }

    @Test("an unknown day is missing input, exit 66, naming the sessions folder and why it was used")
    func unknownDay() throws {
        let result = try runMaca(["show", "--sessions", Self.sessions, "2099-01-01-nothing"])
        #expect(result.status == 66)
        #expect(result.stderr.hasPrefix("error: no audit day '2099-01-01-nothing' in \(Self.sessions) (from --sessions)"), "\(result.stderr)")
    }
}
