import ArgumentParser
import MACAKit

/// Where templates and audit days are kept; shared by every subcommand.
struct Locations: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of audit templates.", valueName: "dir"))
    var templates: String = TemplateLibrary.defaultDirectory()

    @Option(name: .long, help: ArgumentHelp("The folder that holds audit days.", valueName: "dir"))
    var sessions: String = SessionStore.defaultDirectory()

    var library: TemplateLibrary { TemplateLibrary(directory: templates) }
    var store: SessionStore { SessionStore(directory: sessions) }
}
