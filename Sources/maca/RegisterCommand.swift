import ArgumentParser

struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "The central record of audits, and where each day's findings were shared.",
        subcommands: [RegisterShow.self, RegisterNote.self],
        defaultSubcommand: RegisterShow.self
    )
}
