import ArgumentParser

struct ReturnsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "returns",
        abstract: "Agency returns on paper: a blank form for an agency, and the import of a filled one.",
        subcommands: [ReturnsForm.self, ReturnsImport.self]
    )
}
