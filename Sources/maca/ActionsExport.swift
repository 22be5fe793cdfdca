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
            is then 66 (no identity) or 65 (damaged). Like 'maca report', every action point's text and latest \
            evidence is read again by the identifier guard first: anything that looks like an identifier (one \
            kept at the guard's prompt, say) stops the export (exit 65, nothing written) unless --redact \
            replaces it with its placeholder.
            """
    )

    @OptionGroup var sessions: SessionFolder
    @OptionGroup var keys: ArchiveIdentities

    @Option(name: .long, help: ArgumentHelp("Where to write the CSV (default: standard output). Written owner-only.", valueName: "file"), completion: .file(extensions: ["csv"]))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("The date overdue is judged on (default: today).", valueName: "date"))
    var today: String?

    @Flag(name: .long, help: "Replace anything that looks like an identifier with a placeholder, rather than refusing to export.")
    var redact = false

    func validate() throws {
        try validateDates(today)
        if out?.isEmpty == true { throw ValidationError("--out needs a file (or leave it out for standard output)") }
    }

    func run() throws {
        try reportingErrors {
            let store = try sessions.existingStore()
            var register = try ActionRegister.load(store, identities: try keys.identities(for: store))
            // The report's pre-flight, for a file that leaves maca just as a report does (issue 15).
            let privacy = try Partnership.guardSettings(for: Array(register.days.values))
            let findings = register.identifierFindings(privacy: privacy)
            if !findings.isEmpty {
                guard redact else {
                    findings.forEach { printError($0.description) }
                    printError("nothing was exported: \(findings.count) likely identifier\(findings.count == 1 ? "" : "s") in the action points; redact \(findings.count == 1 ? "it" : "them") in the day ('maca redact'), or export with --redact to replace each with its placeholder")
                    throw ExitCode(ExitStatus.data.rawValue)
                }
                findings.forEach { printWarning("\($0.description); replaced with its placeholder") }
                register = register.redacted(privacy: privacy)
            }
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
