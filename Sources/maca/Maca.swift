import ArgumentParser

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
        subcommands: [Init.self, Run.self, Resume.self, Enter.self, ReturnsCommand.self, Report.self, ActionsCommand.self, RegisterCommand.self, Show.self, Verify.self, TemplatesCommand.self, Paths.self]
    )
}
