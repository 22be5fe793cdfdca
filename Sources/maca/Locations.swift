import ArgumentParser
import MACAKit

/// Where the audit templates are kept.
struct TemplateFolder: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of audit templates (default: $MACA_TEMPLATES or ./audit-templates).", valueName: "dir"))
    var templates: String = TemplateLibrary.defaultDirectory()

    var library: TemplateLibrary { TemplateLibrary(directory: templates) }
}

/// Where the audit days are kept.
struct SessionFolder: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder that holds audit days (default: $MACA_SESSIONS or ./sessions).", valueName: "dir"))
    var sessions: String = SessionStore.defaultDirectory()

    var store: SessionStore { SessionStore(directory: sessions) }
}

/// The audit day a command works on, and where to find it.
struct DayArguments: ParsableArguments {
    @OptionGroup var folder: SessionFolder

    @Argument(help: ArgumentHelp("The day: its folder name in the sessions folder, or a path.", valueName: "day"))
    var day: String

    func dayFolder() throws -> String {
        try folder.store.folder(of: day)
    }
}
