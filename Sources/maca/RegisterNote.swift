import ArgumentParser
import MACAKit

struct RegisterNote: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Record where a day's findings were shared (a board, a sub-group, an agency).",
        discussion: "An archived day (DAY.age) is read in memory with the partnership's archive key or --identity, to find the day; the note goes into the register's journal in sessions/actions/, never into the archive."
    )

    @OptionGroup var arguments: DayArguments
    @OptionGroup var keys: ArchiveIdentities

    @Option(name: .long, help: ArgumentHelp("Who the findings were shared with, e.g. \"Executive board, 2027-01-12\".", valueName: "text"))
    var sharedWith: String

    @Option(name: .long, help: ArgumentHelp("Who records it.", valueName: "name"))
    var by: String = "quality sub-group"

    @Flag(name: .long, help: "Replace anything that looks like an identifier with a placeholder, rather than refusing the note.")
    var redact = false

    func run() throws {
        try reportingErrors {
            let replaced = try AuditRegister.note(
                arguments.folder.store(), day: try arguments.read(with: keys), sharedWith: sharedWith, by: by,
                privacy: try Partnership.guardSettings(), redact: redact
            )
            replaced.forEach { printWarning("maca register note: \($0.message); replaced with \($0.finding.placeholder)") }
            printText("Saved: \(arguments.day) findings shared" + (replaced.isEmpty ? " with \(sharedWith)" : ", with the identifiers replaced"))
        }
    }
}
