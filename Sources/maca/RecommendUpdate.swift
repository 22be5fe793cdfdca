import ArgumentParser
import MACAKit

struct RecommendUpdate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Record a recommendation's new RAG status, with its evidence.",
        discussion: "An unknown id, complete without evidence, or evidence that looks like it holds an identifier is refused (exit 65), and nothing is written; with --redact, identifiers are replaced with placeholders instead."
    )

    @OptionGroup var sessions: SessionFolder

    @Argument(help: ArgumentHelp("The recommendation's id, as maca recommend list shows it.", valueName: "id"))
    var id: String

    @Option(
        name: .long, help: ArgumentHelp("The new status: \(RAGStatus.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "status"),
        completion: .list(RAGStatus.allCases.map(\.rawValue))
    )
    var status: String

    @Option(name: .long, help: ArgumentHelp("What shows it (required for complete).", valueName: "text"))
    var evidence: String = ""

    @Option(name: .long, help: ArgumentHelp("Who reports it (role or name).", valueName: "name"))
    var by: String = "quality sub-group"

    @Flag(name: .long, help: "Replace anything in the evidence that looks like an identifier with a placeholder, rather than refusing.")
    var redact = false

    func validate() throws {
        if RAGStatus(rawValue: status) == nil {
            throw ValidationError("'\(status)' is not a RAG status: use \(RAGStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        try reportingErrors {
            let (entry, replaced) = try Recommendations.update(
                sessions.existingStore(), id: id, status: RAGStatus(rawValue: status) ?? .amber, evidence: evidence, by: by,
                privacy: try Partnership.guardSettings(), redact: redact
            )
            replaced.forEach { printWarning("maca recommend update \(id): \($0.message); replaced with \($0.finding.placeholder)") }
            printText("Saved: \(entry.made.id) is \(entry.status.rawValue) (reported by \(by))")
        }
    }
}
