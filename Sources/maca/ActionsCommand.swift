import ArgumentParser

struct ActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Follow up the action points of every audit day: list, update and export them.",
        subcommands: [ActionsList.self, ActionsUpdate.self, ActionsExport.self],
        defaultSubcommand: ActionsList.self
    )
}
