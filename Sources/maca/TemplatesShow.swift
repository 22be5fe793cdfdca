import ArgumentParser
import MACAKit

struct TemplatesShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a template's theme, scale and questions, as Markdown."
    )

    @OptionGroup var folder: TemplateFolder

    @Argument(help: ArgumentHelp("The template's id, e.g. neglect.", valueName: "id"), completion: Completions.templates)
    var id: String

    func run() throws {
        try reportingErrors {
            printText(TemplateOutline.markdown(try folder.library().template(id: id)), terminator: "")
        }
    }
}
