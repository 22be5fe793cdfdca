import ArgumentParser
import MACAKit

struct TemplatesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the audit templates in the templates folder."
    )

    @OptionGroup var folder: TemplateFolder

    func run() throws {
        try reportingErrors {
            let templates = try folder.library().all()
            // Neutralised before the columns are measured, so they line up as shown.
            let shown = TerminalText.neutralised
            let rows = templates.map { (shown($0.id), "v\($0.version)", shown($0.title), shown($0.scale.name)) }
            let widths = (rows.map(\.0.count).max() ?? 0, rows.map(\.1.count).max() ?? 0)
            for row in rows {
                printText([row.0.padding(toLength: widths.0, withPad: " ", startingAt: 0), row.1.padding(toLength: widths.1, withPad: " ", startingAt: 0), row.2, "(\(row.3))"].joined(separator: "  "))
            }
        }
    }
}
