import ArgumentParser
import Foundation
import MACAKit

struct RecommendAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a partnership recommendation for a theme, checked as SMART.",
        discussion: """
            Refused (exit 65), with nothing written, when it is not SMART: a recommendation of fewer than three \
            words or a vague one ('ongoing', 'continue to…'), no owner, a due date not after today or more \
            than \(Recommendations.dueWithinMonths) months away, no measure of success, or no resources ('none needed' \
            says none are). Each field passes the identifier guard: refused (65) unless --redact replaces what \
            it finds. Its id is THEME-Rn.
            """
    )

    @OptionGroup var sessions: SessionFolder

    @Option(name: .long, help: ArgumentHelp("The theme it answers (template id).", valueName: "id"), completion: Completions.templates)
    var theme: String

    @Option(name: .long, help: ArgumentHelp("What the partnership will do.", valueName: "text"))
    var text: String

    @Option(name: .long, help: ArgumentHelp("The role or group who answers for it to the board.", valueName: "role"))
    var owner: String

    @Option(name: .long, help: ArgumentHelp("When it is to be done: yyyy-mm-dd.", valueName: "date"))
    var due: String

    @Option(name: .long, help: ArgumentHelp("How the board will know it made a difference.", valueName: "text"))
    var measure: String

    @Option(name: .long, help: ArgumentHelp("What it needs; 'none needed' when nothing.", valueName: "text"))
    var resources: String

    @Option(
        name: .long, help: ArgumentHelp("Its RAG status now: \(RAGStatus.allCases.map(\.rawValue).joined(separator: ", ")); amber when not given.", valueName: "status"),
        completion: .list(RAGStatus.allCases.map(\.rawValue))
    )
    var status: String = RAGStatus.amber.rawValue

    @Option(name: .long, help: ArgumentHelp("Who records it (role or name).", valueName: "name"))
    var by: String = "quality sub-group"

    @Option(name: .long, help: ArgumentHelp("The date it is made on, yyyy-mm-dd (today when not given).", valueName: "date"))
    var today: String?

    @Flag(name: .long, help: "Replace anything that looks like an identifier with a placeholder, rather than refusing.")
    var redact = false

    func validate() throws {
        if RAGStatus(rawValue: status) == nil {
            throw ValidationError("'\(status)' is not a RAG status: use \(RAGStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let today, case .failure = AnswerParser.date(today, today: today) { throw ValidationError("--today is a date, yyyy-mm-dd: '\(today)' is not") }
    }

    func run() throws {
        try reportingErrors {
            let today = self.today ?? Timestamp.localDay(Date())
            let (entry, replaced) = try Recommendations.add(
                sessions.store(), theme: theme, text: text, owner: owner, due: due, measure: measure, resources: resources,
                status: RAGStatus(rawValue: status) ?? .amber, by: by, today: today, privacy: try Partnership.guardSettings(), redact: redact
            )
            replaced.forEach { printWarning("maca recommend add: \($0.message); replaced with \($0.finding.placeholder)") }
            printText("Saved: \(entry.made.id), \(entry.status.rawValue), due \(entry.made.due), owned by \(entry.made.owner)")
        }
    }
}
