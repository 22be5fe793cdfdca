import ArgumentParser
import Foundation
import MACAKit

struct RegisterShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the register of audits: each day's theme, cases, agencies, sharing, and actions done and overdue."
    )

    @OptionGroup var sessions: SessionFolder

    @Option(name: .long, help: ArgumentHelp("md or csv.", valueName: "format"), completion: .list(["md", "csv"]))
    var format: String = "md"

    @Option(name: .long, help: ArgumentHelp("The date overdue is judged on (default: today).", valueName: "date"))
    var today: String?

    func validate() throws {
        guard ["md", "csv"].contains(format) else { throw ValidationError("unknown format '\(format)': use md or csv") }
        try validateDates(today)
    }

    func run() throws {
        try reportingErrors {
            let store = try sessions.existingStore()
            let register = try AuditRegister.load(store, today: today ?? Timestamp.localDay(Date()), retentionMonths: try Partnership.config().retentionMonths)
            if register.rows.isEmpty { printNote("No audit days in \(store.described).") }
            if format == "csv" {
                writeOutput(try register.csv())
            } else {
                printText(register.markdown, terminator: "")
            }
        }
    }
}
