import ArgumentParser

@main
struct Maca: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "maca",
        abstract: "Run themed multi-agency case audit days and write their reports.",
        discussion: """
            maca keeps each audit day in a folder of append-only journals under the \
            sessions folder (./sessions, or MACA_SESSIONS), and reads audit templates \
            from ./audit-templates (or MACA_TEMPLATES).
            """,
        version: "0.1.0",
        subcommands: [Run.self, Resume.self, Enter.self, ReturnsCommand.self, Report.self, ActionsCommand.self, RegisterCommand.self, Show.self, Verify.self, TemplatesCommand.self]
    )
}
