import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("maca templates")
struct TemplatesCommandTests {
    @Test("list shows every shipped template with its version and scale")
    func list() throws {
        let result = try runMaca(["templates", "list"])
        #expect(result.status == 0)
        for id in ["neglect", "domestic-abuse", "child-exploitation", "children-missing"] {
            #expect(result.stdout.contains(id))
        }
        #expect(result.stdout.contains("Ofsted four-point scale"))
    }

    @Test("check passes every shipped template")
    func checkShipped() throws {
        let result = try runMaca(["templates", "check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count >= 4)
    }

    @Test("check reports a broken template as file:line: message on stderr, exit 65, no decoder dump")
    func checkBroken() throws {
        let path = "\(packageRoot)/Tests/MACAKitTests/Fixtures/broken-templates/unknown-question-type.yaml"
        let result = try runMaca(["templates", "check", path, "\(packageRoot)/audit-templates/neglect.yaml"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: \(path):50: unknown question type 'essay'"))
        #expect(result.stdout.contains("ok  \(packageRoot)/audit-templates/neglect.yaml"))
        #expect(!result.stderr.contains("DecodingError"))
    }

    @Test("show prints the template's questions as Markdown")
    func show() throws {
        let result = try runMaca(["templates", "show", "domestic-abuse"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# "))
        #expect(result.stdout.contains("`seen-alone`"))
    }

    @Test("a template id that does not exist is missing input, exit 66")
    func unknownTemplate() throws {
        let result = try runMaca(["templates", "show", "no-such-theme"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("no template with id 'no-such-theme'"))
    }
}

extension TemplatesCommandTests {
    @Test("a template file or folder that is not there is missing input, exit 66")
    func missingPaths() throws {
        let file = try runMaca(["templates", "check", "/nonexistent/neglect.yaml"])
        #expect(file.status == 66)
        #expect(file.stderr == "error: /nonexistent/neglect.yaml: no template file there\n")
        let folder = try runMaca(["templates", "list", "--templates", "/nonexistent"])
        #expect(folder.status == 66)
        #expect(folder.stderr.contains("no templates folder"))
    }
}

/// The malformed-template corpus (MalformedTemplates) through the binary.
extension TemplatesCommandTests {
    static let malformed = (try? MalformedTemplates.corpus()) ?? []

    @Test("check refuses each malformed template with exit 65 and file:line, or passes it; show prints a bounded page", arguments: malformed)
    func malformedTemplate(_ mutant: MalformedTemplate) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file(mutant.name)
        try mutant.bytes.write(to: URL(fileURLWithPath: path))
        let check = try runMaca(["templates", "check", path], timeLimit: 10)
        let show = try runMaca(["templates", "show", "neglect", "--templates", folder.path], timeLimit: 10)
        #expect(!check.timedOut && !show.timedOut)
        switch mutant.verdict {
        case .accepted:
            #expect(check.status == 0, "\(check.stderr.prefix(1000))")
            #expect(check.stdout.hasPrefix("ok  \(path)"))
            #expect(show.status == 0, "\(show.stderr.prefix(1000))")
        case let .refused(line, saying):
            #expect(check.status == 65, "\(check.stderr.prefix(1000))")
            let lines = check.stderr.split(separator: "\n")
            #expect(lines.contains { $0.hasPrefix("error: \(path)\(line.map { ":\($0)" } ?? ""): ") && $0.contains(saying) }, "\(check.stderr.prefix(1000))")
            #expect(lines.allSatisfy { $0.hasPrefix("error: \(path)") })
            #expect(show.status == 65, "\(show.stderr.prefix(1000))")
        }
        // Whatever happens, nothing prints much more than the file holds.
        for result in [check, show] {
            #expect(result.stdout.utf8.count + result.stderr.utf8.count <= 3 * mutant.bytes.count + 16 * 1024)
        }
    }

    @Test("check reports every problem of every file in one run")
    func checkWholeCorpus() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for mutant in Self.malformed {
            try mutant.bytes.write(to: URL(fileURLWithPath: folder.file(mutant.name)))
        }
        let result = try runMaca(["templates", "check", "--templates", folder.path], timeLimit: 30)
        #expect(result.status == 65)
        for mutant in Self.malformed {
            let path = folder.file(mutant.name)
            if mutant.verdict == .accepted {
                #expect(result.stdout.contains("ok  \(path)") || result.stderr.contains("\(path): template id 'neglect' is also used by"), "\(mutant.name)")
            } else {
                #expect(result.stderr.contains("error: \(path):"), "\(mutant.name)")
            }
        }
        let three = folder.file(try #require(Self.malformed.first { $0.name.hasSuffix("three-problems-at-once.yaml") }).name)
        #expect(result.stderr.contains("error: \(three):7: field 'version' of the template must be a whole number from 1 to 9999"))
        #expect(result.stderr.contains("error: \(three):32: field 'reaudit-months' of the template must be a whole number from 1 to 120"))
        #expect(result.stderr.contains("error: \(three):37: unknown field 'required' in an agency"))
    }
}

extension TemplatesCommandTests {
    @Test("the same file named twice is checked once, not found to clash with itself")
    func sameFileTwice() throws {
        let path = "\(packageRoot)/audit-templates/neglect.yaml"
        let result = try runMaca(["templates", "check", path, "\(packageRoot)/audit-templates/../audit-templates/neglect.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "ok  \(path)  neglect v2\n")
    }
}
