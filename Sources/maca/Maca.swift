import ArgumentParser
import Foundation
import MACAKit

@main
struct Maca: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "maca",
        abstract: "Run themed multi-agency case audit days and write their reports.",
        discussion: """
            maca keeps each audit day in a folder of append-only journals in the sessions folder, and reads \
            audit templates from the templates folder; 'maca help paths' says where it looks for each. \
            'maca init' sets up a partnership: its config, sessions folder and key.
            """,
        version: "0.1.0",
        subcommands: [Init.self, Run.self, Resume.self, Reopen.self, Enter.self, ReturnsCommand.self, Report.self, ActionsCommand.self, RecommendCommand.self, RegisterCommand.self, Show.self, Verify.self, Redact.self, Archive.self, RetentionCommand.self, TemplatesCommand.self, Paths.self]
    )

    /// `maca` alone names no command: the help, on standard error, as a usage error.
    func run() throws {
        FileHandle.standardError.write(Data(Self.helpMessage().utf8))
        throw ExitCode(ExitStatus.usage.rawValue)
    }

    /// As ArgumentParser's, but a command line maca cannot use is said as
    /// `error: …` and where to find help, like every other error, rather than
    /// its "Error:" and the whole usage block.
    static func main() {
        // A line that only asks for help is answered without parsing it (HelpRequest).
        if let command = HelpRequest.command(for: Array(CommandLine.arguments.dropFirst())) {
            print(HelpRequest.text(for: command))
            Foundation.exit(ExitCode.success.rawValue)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            // A status a command chose, having said why: as exit(withError:) does
            // it, without first working out a usage message only to drop it.
            Foundation.exit(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            // Help and version requests, and exits a command chose, as ArgumentParser does them.
            guard status == .validationFailure, !(error is ExitCode) else { exit(withError: error) }
            printError(message(for: error).trimmingCharacters(in: .whitespacesAndNewlines))
            let words = CommandLine.arguments.dropFirst().prefix { !$0.hasPrefix("-") }
            let path = (["maca"] + words.prefix(2)).filter { word in word == "maca" || Self.isCommandWord(word) }
            FileHandle.standardError.write(Data("See '\(path.joined(separator: " ")) --help'.\n".utf8))
            Foundation.exit(status.rawValue)
        }
    }

    /// Whether a word names a subcommand, so the help hint names the command typed.
    private static func isCommandWord(_ word: String) -> Bool {
        func names(_ command: any ParsableCommand.Type) -> [String] {
            command.configuration.subcommands.flatMap { [$0.configuration.commandName ?? ""] + names($0) }
        }
        return names(Maca.self).contains(word)
    }
}
