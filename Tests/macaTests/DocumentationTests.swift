import Foundation
import MACATestSupport
import Testing

/// Keeps the manual page and the README in step with the command line.
@Suite("Documentation covers the command line")
struct DocumentationTests {
    /// Every subcommand path, from the command line's own description of itself.
    static func commandPaths() throws -> [String] {
        let result = try runMaca(["--experimental-dump-help"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        var paths: [String] = []
        func walk(_ command: [String: Any], prefix: [String]) {
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                guard let name = sub["commandName"] as? String, name != "help" else { continue }
                paths.append((prefix + [name]).joined(separator: " "))
                walk(sub, prefix: prefix + [name])
            }
        }
        walk(object?["command"] as? [String: Any] ?? [:], prefix: [])
        return paths
    }

    @Test("every subcommand is in the README and the manual page (make manual regenerates it)")
    func everySubcommandDocumented() throws {
        let paths = try Self.commandPaths()
        #expect(paths.contains("templates check"))
        #expect(paths.contains("verify"))
        let readme = try String(contentsOfFile: "\(packageRoot)/README.md", encoding: .utf8)
        let manual = try String(contentsOfFile: "\(packageRoot)/Documentation/maca.1", encoding: .utf8)
        for path in paths {
            #expect(readme.contains("maca \(path)"), "README lacks 'maca \(path)'")
            let last = path.split(separator: " ").last.map(String.init) ?? path
            #expect(manual.contains(".It Em \(last)\n"), "maca.1 lacks '\(path)'")
        }
    }

    @Test("the README's two set-up commands are the Makefile's and CI runs the test one")
    func setUpCommands() throws {
        let readme = try String(contentsOfFile: "\(packageRoot)/README.md", encoding: .utf8)
        let makefile = try String(contentsOfFile: "\(packageRoot)/Makefile", encoding: .utf8)
        let ci = try String(contentsOfFile: "\(packageRoot)/.ci/run", encoding: .utf8)
        #expect(readme.contains("```\nmake demo\n```"))
        #expect(readme.contains("```\nmake test\n```"))
        #expect(makefile.contains("\ndemo: "))
        #expect(makefile.contains("\ntest: "))
        #expect(ci.contains("make test"))
    }
}
