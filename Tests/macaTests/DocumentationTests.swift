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

    @Test("no committed text file holds a merge's conflict markers, and every relative link in the documentation leads to a file")
    func noConflictMarkersOrBrokenLinks() throws {
        let listed = try run("/usr/bin/git", ["-C", packageRoot, "ls-files", "-z"])
        try #require(listed.status == 0, "\(listed.stderr)")
        let files = listed.stdout.split(separator: "\0").map(String.init)
            .filter { [".md", ".swift", ".yaml", ".mdoc", ".txt"].contains(where: $0.hasSuffix) || $0 == "Makefile" || $0.hasPrefix("Scripts/") || $0.hasPrefix(".ci/") }
        #expect(files.count > 50)
        let link = try NSRegularExpression(pattern: #"\]\(([^)#:\s]+)(#[^)]*)?\)"#)
        for file in files {
            guard let text = try? String(contentsOfFile: "\(packageRoot)/\(file)", encoding: .utf8) else { continue }
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(!(line.hasPrefix("<<<<<<< ") || line.hasPrefix(">>>>>>> ") || line == "======="), "\(file): a conflict marker")
            }
            guard file.hasSuffix(".md"), !file.hasPrefix("Tests/") else { continue }
            let folder = (file as NSString).deletingLastPathComponent
            for match in link.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let target = String(text[Range(match.range(at: 1), in: text)!])
                let path = ((folder.isEmpty ? packageRoot : "\(packageRoot)/\(folder)") as NSString).appendingPathComponent(target)
                #expect(FileManager.default.fileExists(atPath: path), "\(file): the link to \(target) leads nowhere")
            }
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
    // MARK: - The manual page's hand-written sections

    @Test("the manual page has its sections in the standard order, and the hand-written ones as written")
    func manualSections() throws {
        let page = try ManualPage()
        #expect(page.sections.map(\.name) == [
            "NAME", "SYNOPSIS", "DESCRIPTION", "REPL COMMANDS", "ENVIRONMENT", "FILES",
            "EXIT STATUS", "EXAMPLES", "SEE ALSO", "AUTHORS",
        ])
        // Edited in Documentation/manual/sections.mdoc but not spliced in by make manual.
        let fragment = try String(contentsOfFile: "\(packageRoot)/Documentation/manual/sections.mdoc", encoding: .utf8)
        #expect(page.text.contains(fragment), "maca.1 is not up to date with sections.mdoc: run make manual")
    }

    @Test("EXIT STATUS gives each status maca exits with, and what it means")
    func exitStatuses() throws {
        let lines = try #require(ManualPage().section("EXIT STATUS"))
        #expect(!lines.contains(".Ex -std"))
        for status in [0, 64, 65, 66, 74] {
            let item = lines.firstIndex(of: ".It \(status)")
            #expect(item != nil, "EXIT STATUS lacks '.It \(status)'")
            guard let item, item + 1 < lines.count else { continue }
            let meaning = lines[item + 1]
            #expect(!meaning.hasPrefix(".") && meaning.split(separator: " ").count >= 1,
                    "EXIT STATUS gives \(status) no meaning")
        }
    }

    /// Source folders whose environment variables are not the installed
    /// tool's: the tests' support (MACA_BINARY, MACA_RECORD) and the benchmarks.
    static let notTheTool = ["MACATestSupport", "maca-bench"]

    /// Every environment variable a Swift source of the tool reads, by name.
    static func environmentVariablesRead() throws -> Set<String> {
        let patterns = try [
            #"environment\[\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\]"#,
            #"\benv\[\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\]"#,
            #"getenv\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)"#,
            // Names kept as constants (`templatesVariable = "MACA_TEMPLATES"`) or looked up by a helper (`xdg("XDG_DATA_HOME"`).
            #"Variable\s*=\s*"([A-Z_][A-Z0-9_]*)""#,
            #"\bxdg\(\s*"([A-Z_][A-Z0-9_]*)""#,
            #"variables\[\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\]"#,
        ].map { try NSRegularExpression(pattern: $0) }
        let sources = "\(packageRoot)/Sources"
        let files = try FileManager.default.subpathsOfDirectory(atPath: sources).filter { path in
            path.hasSuffix(".swift") && !notTheTool.contains { path.hasPrefix($0 + "/") }
        }
        var names: Set<String> = []
        for file in files {
            let text = try String(contentsOfFile: "\(sources)/\(file)", encoding: .utf8)
            for pattern in patterns {
                for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    if let range = Range(match.range(at: 1), in: text) { names.insert(String(text[range])) }
                }
            }
        }
        return names
    }

    @Test("ENVIRONMENT names every environment variable the sources read")
    func environment() throws {
        let read = try Self.environmentVariablesRead()
        // The search itself works: these are read today.
        #expect(read.isSuperset(of: ["MACA_SESSIONS", "MACA_TEMPLATES", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "HOME", "EDITOR", "NO_COLOR", "SAP_SHELL"]))
        #expect(!read.contains("MACA_BINARY"))
        let heads = try ManualPage().itemHeads("ENVIRONMENT")
        let named = Set(heads.flatMap { head in
            let words = head.split(separator: " ").map(String.init)
            return zip(words, words.dropFirst()).filter { $0.0 == "Ev" }.map(\.1)
        })
        for name in read.sorted() {
            #expect(named.contains(name), "maca.1's ENVIRONMENT lacks '.It Ev \(name)'")
        }
    }

    /// A program the lint tests need, or an error saying how to install it.
    static func tool(_ name: String, package: String) throws -> String {
        try installedTool(name, package: package)
    }

    @Test("groff -mandoc -ww and mandoc -T lint find nothing to warn of in the manual page")
    func manualLints() throws {
        let groff = try run(Self.tool("groff", package: "groff-base"), ["-mandoc", "-ww", "-z", ManualPage.path])
        #expect(groff.status == 0 && groff.stdout.isEmpty && groff.stderr.isEmpty, "groff: \(groff.stderr)")
        // Warnings and worse; mandoc's style notes depend on which pages this machine has for .Xr.
        let mandoc = try run(Self.tool("mandoc", package: "mandoc"), ["-T", "lint", "-W", "warning", ManualPage.path])
        #expect(mandoc.status == 0 && mandoc.stdout.isEmpty, "mandoc: \(mandoc.stdout)\(mandoc.stderr)")
    }

    @Test("make-manual replaces the generated EXIT STATUS and SEE ALSO, and places every section")
    func splice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let generated = """
            .Dd December 3, 2026
            .Dt MACA 1
            .Os
            .Sh NAME
            .Nm maca
            .Nd "Run audit days."
            .Sh SYNOPSIS
            .Nm
            .Sh DESCRIPTION
            One sentence. Another sentence.
            .Sh "SEE ALSO"
            .Xr generated 1
            .Sh "EXIT STATUS"
            .Ex -std
            .Sh AUTHORS
            maca developers

            """
        try Data(generated.utf8).write(to: URL(fileURLWithPath: "\(folder.path)/maca.1"))
        let result = try run("\(packageRoot)/Scripts/make-manual", ["--splice", "\(folder.path)/maca.1"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = ManualPage(text: result.stdout)
        #expect(page.sections.map(\.name) == [
            "NAME", "SYNOPSIS", "DESCRIPTION", "REPL COMMANDS", "ENVIRONMENT", "FILES",
            "EXIT STATUS", "EXAMPLES", "SEE ALSO", "AUTHORS",
        ])
        #expect(!result.stdout.contains(".Ex -std") && !result.stdout.contains(".Xr generated 1"))
        #expect(page.section("NAME")?.contains(".Nd \\&Run audit days") == true)
        #expect(page.section("DESCRIPTION")?.starts(with: ["One sentence.", "Another sentence."]) == true)

        try Data((generated + ".Sh BUGS\nNone.\n").utf8).write(to: URL(fileURLWithPath: "\(folder.path)/maca.1"))
        let unplaced = try run("\(packageRoot)/Scripts/make-manual", ["--splice", "\(folder.path)/maca.1"])
        #expect(unplaced.status != 0 && unplaced.stderr.contains("BUGS"))
    }
}
