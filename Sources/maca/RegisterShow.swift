import ArgumentParser
import Foundation
import MACAKit

struct RegisterShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the register of audits: each day's theme, cases, agencies, sharing, and actions done and overdue.",
        discussion: """
            Archived days (DAY.age) are read too, in memory, with the partnership's archive key or --identity, and \
            listed by their archive's name. A day that cannot be read (an archive no identity here opens, a \
            damaged day) keeps its row, marked in a 'Not read' column, and is named on standard error; the exit \
            status is then 66 (no identity) or 65 (damaged).
            """
    )

    @OptionGroup var sessions: SessionFolder
    @OptionGroup var keys: ArchiveIdentities

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
            let register = try AuditRegister.load(
                store, today: today ?? Timestamp.localDay(Date()), retentionMonths: try Partnership.config().retentionMonths, identities: try keys.identities(for: store)
            )
            if register.rows.isEmpty { printNote("No audit days in \(store.described).") }
            if format == "csv" {
                writeOutput(try register.csv())
            } else {
                printText(register.markdown, terminator: "")
            }
            try failUnread(register.unread, store: store, leftOut: "its row holds only its name and the date in it")
        }
    }
}
