import ArgumentParser
import Foundation
import MACAKit

struct RecommendList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the partnership's recommendations, with their RAG status; overdue ones marked."
    )

    @OptionGroup var sessions: SessionFolder

    @Option(name: .long, help: ArgumentHelp("Only this theme (template id).", valueName: "id"), completion: Completions.templates)
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("The date overdue is judged on, yyyy-mm-dd (today when not given).", valueName: "date"))
    var today: String?

    func run() throws {
        try reportingErrors {
            let today = self.today ?? Timestamp.localDay(Date())
            let entries = try Recommendations.load(sessions.existingStore()).entries.filter { theme == nil || $0.made.theme == theme }
            if entries.isEmpty {
                printText(theme.map { "No recommendations for \($0) yet; 'maca recommend add' makes one." } ?? "No recommendations yet; 'maca recommend add' makes one.")
                return
            }
            for entry in entries {
                let overdue = entry.isOverdue(today: today) ? "  OVERDUE" : ""
                printText("\(entry.made.id)  \(entry.status.rawValue)\(overdue)  due \(entry.made.due)  \(entry.made.owner)")
                printText("    \(entry.made.text)")
                printText("    measure: \(entry.made.measure); resources: \(entry.made.resources)")
                if !entry.evidence.isEmpty { printText("    evidence: \(entry.evidence)") }
            }
        }
    }
}
