import ArgumentParser
import Foundation
import MACAKit

struct ActionsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the action points of every audit day, with their status; overdue ones marked."
    )

    @OptionGroup var sessions: SessionFolder

    @Option(name: .long, help: ArgumentHelp("Only this theme (template id).", valueName: "id"), completion: Completions.templates)
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("Only actions owned by this agency (its name, or part of it).", valueName: "agency"), completion: Completions.agencies)
    var agency: String?

    @Option(
        name: .long, help: ArgumentHelp("Only this status: \(ActionStatus.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "status"),
        completion: .list(ActionStatus.allCases.map(\.rawValue))
    )
    var status: String?

    @Flag(name: .long, help: "Only actions past their due date and not closed.")
    var overdue = false

    @Option(name: .long, help: ArgumentHelp("The date overdue is judged on (default: today).", valueName: "date"))
    var today: String?

    func validate() throws {
        if let status, ActionStatus(rawValue: status) == nil { throw ValidationError(ActionError.badStatus(status).description) }
        try validateDates(today)
    }

    func run() throws {
        try reportingErrors {
            let store = try sessions.existingStore()
            let today = self.today ?? Timestamp.localDay(Date())
            let entries = try ActionRegister.load(store).entries.filter { entry in
                (theme.map { entry.theme == $0 } ?? true)
                    && (agency.map { entry.agency.lowercased().contains($0.lowercased()) } ?? true)
                    && (status.map { entry.status.rawValue == $0 } ?? true)
                    && (!overdue || entry.isOverdue(today: today))
            }
            if entries.isEmpty {
                let filtered = theme != nil || agency != nil || status != nil || overdue
                printText("No action points\(filtered ? " match" : "") in \(store.described).")
            }
            for entry in entries {
                let flag = entry.isOverdue(today: today) ? "  OVERDUE" : ""
                printText("\(entry.id)  \(entry.status.rawValue)\(flag)  due \(entry.due.isEmpty ? "not set" : entry.due)  \(entry.agency)")
                printText("    \(entry.action)")
                if !entry.latestEvidence.isEmpty { printText("    evidence: \(entry.latestEvidence)") }
            }
        }
    }
}
