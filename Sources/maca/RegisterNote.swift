import ArgumentParser
import MACAKit

struct RegisterNote: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Record where a day's findings were shared (a board, a sub-group, an agency)."
    )

    @OptionGroup var arguments: DayArguments

    @Option(name: .long, help: ArgumentHelp("Who the findings were shared with, e.g. \"Executive board, 2027-01-12\".", valueName: "text"))
    var sharedWith: String

    @Option(name: .long, help: ArgumentHelp("Who records it.", valueName: "name"))
    var by: String = "quality sub-group"

    @Flag(name: .long, help: "Replace anything that looks like an identifier with a placeholder, rather than refusing the note.")
    var redact = false

    func run() throws {
        try reportingErrors {
            let replaced = try AuditRegister.note(
                arguments.folder.store(), dayFolder: try arguments.dayFolder(), sharedWith: sharedWith, by: by,
                privacy: try Partnership.guardSettings(), redact: redact
            )
            replaced.forEach { printWarning("maca register note: \($0.message); replaced with \($0.finding.placeholder)") }
            printText("Saved: \(arguments.day) findings shared" + (replaced.isEmpty ? " with \(sharedWith)" : ", with the identifiers replaced"))
        }
    }
}
