import ArgumentParser
import Foundation
import MACAKit

struct ActionsExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every action point with its status and latest evidence as CSV, for spreadsheets.",
        discussion: """
            Archived days (DAY.age) are read too, in memory, with the partnership's archive key or --identity. \
            A day that cannot be read is named on standard error after the CSV is written, and the exit status \
            is then 66 (no identity) or 65 (damaged).
            """
    )

    @OptionGroup var sessions: SessionFolder
    @OptionGroup var keys: ArchiveIdentities

    @Option(name: .long, help: ArgumentHelp("Where to write the CSV (default: standard output). Written owner-only.", valueName: "file"), completion: .file(extensions: ["csv"]))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("The date overdue is judged on (default: today).", valueName: "date"))
    var today: String?

    func validate() throws {
        try validateDates(today)
        if out?.isEmpty == true { throw ValidationError("--out needs a file (or leave it out for standard output)") }
    }

    func run() throws {
        try reportingErrors {
            let store = try sessions.existingStore()
            let register = try ActionRegister.load(store, identities: try keys.identities(for: store))
            if register.entries.isEmpty {
                printNote("No action points in\(register.unread.isEmpty ? "" : " the days that could be read in") \(store.described); the CSV has its header only.")
            }
            let csv = try ActionRegisterCSV.csv(register, today: today ?? Timestamp.localDay(Date()))
            if let out {
                try OwnerOnlyFiles.writeAtomically(csv, to: out)
                printText("Wrote \(Plural.of(register.entries.count, "action point")) to \(out)")
            } else {
                writeOutput(csv)
            }
            try failUnread(register.unread, store: store, leftOut: "its action points are not in the CSV")
        }
    }
}
