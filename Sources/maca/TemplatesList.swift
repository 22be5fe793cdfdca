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
            let rows = templates.map { ($0.id, "v\($0.version)", $0.title, $0.scale.name) }
            let widths = (rows.map(\.0.count).max() ?? 0, rows.map(\.1.count).max() ?? 0)
            for row in rows {
                print(row.0.padding(toLength: widths.0, withPad: " ", startingAt: 0), row.1.padding(toLength: widths.1, withPad: " ", startingAt: 0), row.2, "(\(row.3))", separator: "  ")
            }
        }
    }
}
