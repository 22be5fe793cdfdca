import ArgumentParser
import Foundation
import MACAKit
import MACARepl

struct Enter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enter",
        abstract: "Enter one agency's own return for each case of an audit day.",
        discussion: """
            Each auditor writes their own journal in the day's folder, so any number of auditors can \
            enter findings while the facilitator runs the day, from separate terminals or machines \
            sharing the folder. Running the same command again carries on where it stopped. \
            Cases whose profile does not list the agency as involved are passed over; answering \
            'not involved' at a case's first question records that the agency had no part in it.
            """
    )

    @OptionGroup var templates: TemplateFolder
    @OptionGroup var sessions: SessionFolder

    @Option(name: .long, help: ArgumentHelp("The day: its folder name in the sessions folder, or a path.", valueName: "day"), completion: Completions.days)
    var day: String

    @Option(name: .long, help: ArgumentHelp("Your agency's id, as the day lists it (e.g. police).", valueName: "agency"), completion: Completions.agencies)
    var agency: String

    @Option(name: .long, help: ArgumentHelp("Your name or role, as your agency records it.", valueName: "name"))
    var auditor: String

    func run() throws {
        try reportingErrors {
            // The day's answers are in this process's memory: never in a core dump.
            OwnerOnlyFiles.disableCoreDumps()
            let store = try sessions.store()
            let folder = try store.folder(of: day, toWrite: .returns)
            let (template, auditDay) = try ReturnJournal.day(in: folder, signer: store.signer, witness: store.witness)
            let agency = try ReturnJournal.agency(self.agency, of: auditDay, template: template)
            let privacy = try Partnership.guardSettings(for: [auditDay])
            // The auditor's name names their journal's file and shows in the record: never a child's name.
            try IdentifierGuard(for: auditDay, privacy: privacy).checkedPersonName(auditor, field: "the auditor (--auditor)", origin: "maca enter")
            let (journal, recovery) = try ReturnJournal.open(in: folder, day: auditDay, agency: agency, auditor: auditor, signer: store.signer)
            let console = Console()
            if let aside = recovery.tornRecordMovedTo {
                console.warn("The last record was cut off by a crash and never saved; its bytes are kept in \(aside).")
            }
            if let mode = recovery.tightenedFrom {
                console.warn("\(journal.path) could be read by others (mode \(String(mode, radix: 8))); it is owner-only (600) again.")
            }
            try templates.noteDifference(from: template, console: console)
            console.heading("maca · \(template.title) · \(auditDay.date ?? "") · \(agency.name) return by \(auditor)")
            let carryOn = "maca enter \(try sessions.optionForHints())--day \(shellWord((folder as NSString).lastPathComponent)) --agency \(agency.id) --auditor \(shellWord(auditor))"
            let session = FacilitatorSession(
                template: template, journal: journal, reader: makeLineReader(), console: console, returnAgency: agency.id, carryOn: carryOn,
                privacy: privacy,
                nameRegistry: try Partnership.nameRegistry(), keysFolder: Partnership.environment.keysFolder
            )
            try session.run()
        }
    }
}
