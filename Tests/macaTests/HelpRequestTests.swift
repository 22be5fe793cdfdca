import ArgumentParser
import Foundation
import MACATestSupport
import Testing

@testable import maca

/// `maca … --help` is answered without parsing the line (HelpRequest); these
/// hold what it prints equal to what ArgumentParser prints when it parses the
/// same line, rendered afresh here each run, for every command and form.
@Suite("help answered without parsing")
struct HelpRequestTests {
    /// Every command's path of names below `maca`, `[]` for maca itself.
    static let paths: [[String]] = {
        func below(_ command: any ParsableCommand.Type, _ path: [String]) -> [[String]] {
            [path] + command.configuration.subcommands.flatMap { sub in
                below(sub, path + [sub.configuration.commandName ?? "?"])
            }
        }
        return below(Maca.self, [])
    }()

    /// The three ways to ask for a command's help.
    static func forms(of path: [String]) -> [[String]] {
        [path + ["--help"], path + ["-h"], ["help"] + path]
    }

    /// ArgumentParser's answer to `arguments`, parsed as maca did before:
    /// the text it prints and its exit code, or nil if the line is not a help request.
    static func argumentParserHelp(_ arguments: [String], columns: Int) -> (text: String, status: Int32)? {
        do {
            var command = try Maca.parseAsRoot(arguments)
            // Only ArgumentParser's own help command may run here, never one of maca's.
            guard String(describing: type(of: command)) == "HelpCommand" else { return nil }
            try command.run()
            return nil
        } catch {
            return (Maca.fullMessage(for: error, columns: columns), Maca.exitCode(for: error).rawValue)
        }
    }

    @Test("every command's help, in every form and at several widths, is ArgumentParser's")
    func sameText() throws {
        #expect(Self.paths.count > 20)
        for path in Self.paths {
            for arguments in Self.forms(of: path) {
                let command = try #require(HelpRequest.command(for: arguments), "\(arguments) is a help request")
                for columns in [40, 80, 123] {
                    let expected = try #require(Self.argumentParserHelp(arguments, columns: columns), "\(arguments)")
                    #expect(expected.status == 0)
                    #expect(HelpRequest.text(for: command, columns: columns) == expected.text, "\(arguments) at \(columns) columns")
                }
            }
        }
    }

    @Test("the binary prints it on standard output, exits 0, at the width COLUMNS asks for")
    func binary() throws {
        for path in Self.paths {
            for arguments in Self.forms(of: path) {
                let expected = try #require(Self.argumentParserHelp(arguments, columns: 61))
                let result = try runMaca(arguments, environment: ["COLUMNS": "61"])
                #expect(result.stdout == expected.text + "\n", "\(arguments)")
                #expect(result.stderr == "", "\(arguments)")
                #expect(result.status == 0, "\(arguments)")
            }
        }
    }

    @Test("a line that is more than a help request is left to ArgumentParser")
    func notHelp() {
        for arguments in [
            [], ["report"], ["--version"], ["report", "--help", "day"], ["report", "day", "--help"],
            ["run", "--template", "--help"], ["help", "nonesuch"], ["help", "--help"], ["help", "-h"],
            ["nonesuch", "--help"], ["report", "help"], ["--help", "report"], ["-help"], ["--help=x"],
            ["actions", "list", "--status", "open", "-h"], ["help", "help"],
        ] {
            #expect(HelpRequest.command(for: arguments) == nil, "\(arguments)")
        }
    }
}
