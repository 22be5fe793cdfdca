import ArgumentParser

/// A command line that only asks for a command's help: `maca --help`,
/// `maca report -h`, `maca help actions list`. maca answers it with
/// ArgumentParser's own help text for that command, without first parsing
/// the line: parsing reflects over ArgumentParser's completion-script
/// commands and the root, and then the help was rendered twice (once to
/// learn the exit code, once to print), which was most of `maca --help`'s
/// start-up (Documentation/Performance.md, "Start-up").
///
/// Only a line of nothing but subcommand names, each spelled as its
/// `commandName`, then `--help` or `-h` (or `help` then the names) is taken
/// here; anything else (an option, an alias, a word that is not a
/// subcommand) is left to ArgumentParser, which says what it says today.
/// `HelpRequestTests` holds the text equal to ArgumentParser's for every
/// command, every form and several widths.
enum HelpRequest {
    /// The command whose help `arguments` (without the program's name) ask
    /// for, or nil when they are anything more than a help request.
    static func command(for arguments: [String]) -> (any ParsableCommand.Type)? {
        var names = arguments
        if names.first == "help" {
            names.removeFirst()
        } else if let last = names.last, last == "--help" || last == "-h" {
            names.removeLast()
        } else {
            return nil
        }
        var command: any ParsableCommand.Type = Maca.self
        for name in names {
            guard let subcommand = command.configuration.subcommands.first(where: { $0.configuration.commandName == name }) else {
                return nil
            }
            command = subcommand
        }
        return command
    }

    /// The help ArgumentParser prints for `command`, wrapped to `columns`
    /// (nil: the terminal's width, or `COLUMNS`, as ArgumentParser finds it).
    static func text(for command: any ParsableCommand.Type, columns: Int? = nil) -> String {
        Maca.helpMessage(for: command, includeHidden: false, columns: columns)
    }
}
