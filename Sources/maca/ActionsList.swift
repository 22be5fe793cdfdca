import ArgumentParser
import Foundation
import MACAKit

struct ActionsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the action points of every audit day, with their status; overdue ones marked.",
        discussion: """
            Archived days (DAY.age) are read too, in memory, with the partnership's archive key or --identity. \
            A day that cannot be read (an archive no identity here opens, a damaged day) is named on standard \
            error after the list, and the exit status is then 66 (no identity) or 65 (damaged). Anything in an \
            action point that looks like an identifier (one kept at the guard's prompt) is listed as its \
            placeholder, and a warning says so: 'maca show DAY' shows the day as it was recorded.
            """
    )

    @OptionGroup var sessions: SessionFolder
    @OptionGroup var keys: ArchiveIdentities

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
            var register = try ActionRegister.load(store, identities: try keys.identities(for: store))
            // A listing is read off a screen in meetings and pasted into emails: an identifier kept in an
            // action point is shown as its placeholder, and said so (issue 15). 'maca show' gives the day as recorded.
            let privacy: GuardSettings
            do {
                privacy = try Partnership.guardSettings(for: Array(register.days.values))
            } catch {
                // A listing is not refused for want of the key: it says what it could not check.
                printWarning("\(error); registered names are not looked for in this listing")
                privacy = GuardSettings()
            }
            let found = register.identifierFindings(privacy: privacy)
            if !found.isEmpty {
                register = register.redacted(privacy: privacy)
                let days = found.map(\.day).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                printWarning("\(found.count) likely identifier\(found.count == 1 ? " is" : "s are") shown as \(found.count == 1 ? "its placeholder" : "placeholders"); 'maca show \(days[0])' shows the day as it was recorded, and 'maca redact' takes an identifier out for good")
            }
            let entries = register.entries.filter { entry in
                (theme.map { entry.theme == $0 } ?? true)
                    && (agency.map { entry.agency.lowercased().contains($0.lowercased()) } ?? true)
                    && (status.map { entry.status.rawValue == $0 } ?? true)
                    && (!overdue || entry.isOverdue(today: today))
            }
            if entries.isEmpty {
                let filtered = theme != nil || agency != nil || status != nil || overdue
                let read = register.unread.isEmpty ? "" : " the days that could be read in"
                printText("No action points\(filtered ? " match" : "") in\(read) \(store.described).")
            }
            for entry in entries {
                let flag = entry.isOverdue(today: today) ? "  OVERDUE" : ""
                printText("\(entry.id)  \(entry.status.rawValue)\(flag)  due \(entry.due.isEmpty ? "not set" : entry.due)  \(entry.agency)")
                printText("    \(entry.action)")
                if !entry.latestEvidence.isEmpty { printText("    evidence: \(entry.latestEvidence)") }
            }
            try failUnread(register.unread, store: store, leftOut: "its action points are not listed")
        }
    }
}
