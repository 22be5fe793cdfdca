import ArgumentParser
import MACAKit

struct ActionsUpdate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Record progress on an action point, with its evidence, in your own actions journal.",
        discussion: "A status not in the list is refused (exit 64); an unknown id, done without evidence, or evidence that looks like it holds an identifier (an NHS number, a name, a postcode…) is refused (exit 65). Nothing is written then. With --redact, identifiers are replaced with placeholders instead. The action of an archived day (DAY.age) is found with the partnership's archive key or --identity; the update goes into your actions journal in sessions/actions/, never into the archive."
    )

    @OptionGroup var sessions: SessionFolder
    @OptionGroup var keys: ArchiveIdentities

    @Argument(help: ArgumentHelp("The action's id, as maca actions list shows it.", valueName: "id"), completion: Completions.actions)
    var id: String

    @Option(
        name: .long, help: ArgumentHelp("The new status: \(ActionStatus.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "status"),
        completion: .list(ActionStatus.allCases.map(\.rawValue))
    )
    var status: String

    @Option(name: .long, help: ArgumentHelp("What shows the change (required for done).", valueName: "text"))
    var evidence: String = ""

    @Option(name: .long, help: ArgumentHelp("Who reports it (role or name).", valueName: "name"))
    var by: String = "quality sub-group"

    @Flag(name: .long, help: "Replace anything in the evidence that looks like an identifier with a placeholder, rather than refusing the update.")
    var redact = false

    func validate() throws {
        if ActionStatus(rawValue: status) == nil { throw ValidationError(ActionError.badStatus(status).description) }
    }

    func run() throws {
        try reportingErrors {
            let store = try sessions.existingStore()
            let (entry, replaced) = try ActionRegister.update(
                store, id: id, status: status, evidence: evidence, by: by,
                privacy: try Partnership.guardSettings(), redact: redact, identities: try keys.identities(for: store)
            )
            replaced.forEach { printWarning("maca actions update \(id): \($0.message); replaced with \($0.finding.placeholder)") }
            printText("Saved: \(entry.id) is \(entry.status.rawValue) (reported by \(by))")
        }
    }
}
