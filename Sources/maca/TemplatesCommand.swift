import ArgumentParser

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List, show and check audit templates.",
        subcommands: [TemplatesList.self, TemplatesShow.self, TemplatesCheck.self],
        defaultSubcommand: TemplatesList.self
    )
}
