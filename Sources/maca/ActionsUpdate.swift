import ArgumentParser
import MACAKit

struct ActionsUpdate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Record progress on an action point, with its evidence, in your own actions journal.",
        discussion: "An unknown id, a status not in the list, or done without evidence is refused (exit 65) and nothing is written."
    )

    @OptionGroup var sessions: SessionFolder

    @Argument(help: ArgumentHelp("The action's id, as maca actions list shows it.", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("The new status: \(ActionStatus.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "status"))
    var status: String

    @Option(name: .long, help: ArgumentHelp("What shows the change (required for done).", valueName: "text"))
    var evidence: String = ""

    @Option(name: .long, help: ArgumentHelp("Who reports it (role or name).", valueName: "name"))
    var by: String = "quality sub-group"

    func run() throws {
        try reportingErrors {
            let entry = try ActionRegister.update(sessions.store, id: id, status: status, evidence: evidence, by: by)
            print("Saved: \(entry.id) is \(entry.status.rawValue) (reported by \(by))")
        }
    }
}
